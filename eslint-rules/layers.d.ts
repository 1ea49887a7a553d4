// Types for layers.js, which eslint.config.js loads as plain JavaScript; its test imports it from TypeScript.
import type { Rule } from 'eslint';

export interface Zone {
  name: string;
  layer: 'main' | 'app' | 'shared' | 'feature' | 'model' | 'src' | 'mocks' | 'tests';
  feature?: string;
}
export function zoneOf(file: string): Zone | null;
export function forbidden(from: Zone, to: Zone): string | undefined;
export const layers: Rule.RuleModule;
