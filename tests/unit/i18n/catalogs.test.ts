/// <reference types="node" />
// The catalogs themselves: French has every message English has (and nothing else), with the same
// placeholders, and every message is valid ICU MessageFormat.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every catalog pair: [name, English file, French file]. */
function catalogPairs(): [string, string, string][] {
  const folders = [
    'src/app/i18n',
    'src/shared/i18n',
    ...readdirSync(path.join(root, 'src/features')).map((module) => `src/features/${module}/i18n`),
    'mocks/i18n',
  ].filter((folder) => existsSync(path.join(root, folder)));
  const pairs: [string, string, string][] = [];
  for (const folder of folders) {
    for (const file of readdirSync(path.join(root, folder))) {
      const match = file.match(/^(?:(.+)\.)?en\.json$/);
      if (!match) continue;
      const french = file.replace(/en\.json$/, 'fr.json');
      pairs.push([`${folder}/${file}`, path.join(root, folder, file), path.join(root, folder, french)]);
    }
  }
  return pairs;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;

/** The names of a message's arguments, wherever they are (inside plural and select branches too). */
function argumentNames(message: CompiledMessage, found = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    found.add(name);
    if (format && typeof format === 'object') {
      for (const branch of Object.values(format as Record<string, unknown>)) {
        if (Array.isArray(branch)) argumentNames(branch as CompiledMessage, found);
      }
    }
  }
  return found;
}

const pairs = catalogPairs();

it('finds the catalogs of the shell, the kit, every module and the mock', () => {
  const names = pairs.map(([name]) => name);
  expect(names).toEqual(expect.arrayContaining(['src/app/i18n/en.json', 'src/shared/i18n/en.json']));
  for (const module of readdirSync(path.join(root, 'src/features'))) {
    expect(names).toContain(`src/features/${module}/i18n/en.json`);
  }
});

describe.each(pairs)('%s', (_name, englishFile, frenchFile) => {
  it('has a French catalog with exactly the same keys', () => {
    expect(existsSync(frenchFile), `${frenchFile} exists`).toBe(true);
    const english = Object.keys(read(englishFile)).sort();
    const french = Object.keys(read(frenchFile)).sort();
    expect({ missingInFrench: english.filter((key) => !french.includes(key)) }).toEqual({
      missingInFrench: [],
    });
    expect({ onlyInFrench: french.filter((key) => !english.includes(key)) }).toEqual({ onlyInFrench: [] });
  });

  it('says every message in valid ICU, with the same placeholders in both languages', () => {
    const english = read(englishFile);
    const french = read(frenchFile);
    const mismatched: string[] = [];
    for (const [key, message] of Object.entries(english)) {
      if (!(key in french)) continue;
      const inEnglish = [...argumentNames(compileMessageOrThrow(message))].sort();
      const inFrench = [...argumentNames(compileMessageOrThrow(french[key]!))].sort();
      if (inEnglish.join() !== inFrench.join()) mismatched.push(`${key}: ${inEnglish} / ${inFrench}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [englishFile, frenchFile].flatMap((file) =>
      Object.entries(read(file))
        .filter(([, message]) => !message.trim())
        .map(([key]) => `${path.basename(file)}: ${key}`),
    );
    expect(empty).toEqual([]);
  });
});

it('catches a missing key and a renamed placeholder (the checks above can fail)', () => {
  expect(
    [...argumentNames(compileMessageOrThrow('{count, plural, one {# for {name}} other {# x}}'))].sort(),
  ).toEqual(['count', 'name']);
  expect(() => compileMessageOrThrow('{count, plural, one {#}')).toThrow();
});
