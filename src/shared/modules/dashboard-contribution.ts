// What a module contributes to the dashboard through its module definition (`dashboard`): cards, each backed by
// one summary endpoint (GET /api/v1/dashboard/{card}), with how its figures read and where each links. The
// dashboard draws them and knows no module; the backend's summary says which list each figure counts.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import type { Permission } from '@/shared/auth/permissions';
import type { NavigationEntry } from './module-definition';

export type DashboardCardId = components['schemas']['DashboardCardId'];
export type DashboardCardSummary = components['schemas']['DashboardCard'];
export type DashboardFigure = components['schemas']['DashboardFigure'];
export type DashboardPromise = components['schemas']['DashboardPromise'];

/** A grid of figures (a heat map): a figure per cell, found by its key. */
export interface DashboardGrid {
  rows: readonly string[];
  columns: readonly string[];
  cellKey: (row: string, column: string) => string;
  /** Message references or text, called in render. */
  title: () => string;
  rowHeading: () => string;
  columnHeading: () => string;
  rowLabel: (row: string) => string;
  columnLabel: (column: string) => string;
  /** A cell's tone by its place (a heat map's bands). */
  tone?: (row: string, column: string) => 'low' | 'medium' | 'high' | 'critical';
}

export interface DashboardCardDeclaration {
  id: DashboardCardId;
  /** Shown to the roles with this permission, unless they hold `unless`. */
  permission: Permission;
  unless?: Permission;
  /** Position on the dashboard, lowest first, across modules. */
  order: number;
  /** Called in render, so it reads in the active language. */
  title: () => string;
  /** The figures listed on the card (the others feed a chart or a grid); all by default. */
  listed?: (figure: DashboardFigure) => boolean;
  /** How a figure reads, without its number: "Contracts expiring within 90 days" (the card's others at hand). */
  figureLabel: (figure: DashboardFigure, figures: readonly DashboardFigure[]) => string;
  /** The console's page of the list a figure counts, with the figure's filter in its address. */
  linkTo: (figure: DashboardFigure) => string;
  /** Figures drawn as a bar chart too (each with the list above as its text alternative). */
  bars?: { title: () => string; figures: (figure: DashboardFigure) => boolean };
  grid?: DashboardGrid;
  /** How each promise of the card reads: its title, and the sentence with its figures. */
  promise?: { title: (promise: DashboardPromise) => string; status: (promise: DashboardPromise) => string };
  /** Where the figure counted as a promise's shortfall reads (by default figureLabel). */
  shortfallLabel?: (figure: DashboardFigure, figures: readonly DashboardFigure[]) => string;
}

export interface DashboardContribution {
  cards: DashboardCardDeclaration[];
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  card: (card: DashboardCardId) => [...dashboardKeys.all, card] as const,
  badge: (card: DashboardCardId, keys: readonly string[]) =>
    [...dashboardKeys.all, card, 'badge', ...keys] as const,
};

// A card and a navigation badge asked for at once (the dashboard with the shell) share one request, and a badge
// takes a card's answer of the last half minute rather than asking again.
const inFlight = new Map<DashboardCardId, Promise<DashboardCardSummary>>();
const recent = new Map<DashboardCardId, { at: number; answer: DashboardCardSummary }>();
const RECENT_MS = 30_000;

export function fetchDashboardCard(
  card: DashboardCardId,
  { maxAgeMs = 0 } = {},
): Promise<DashboardCardSummary> {
  const known = recent.get(card);
  if (known && Date.now() - known.at <= maxAgeMs) return Promise.resolve(known.answer);
  let request = inFlight.get(card);
  if (!request) {
    request = api
      .GET('/api/v1/dashboard/{card}', { params: { path: { card } } })
      .then(unwrap)
      .then((answer) => {
        recent.set(card, { at: Date.now(), answer });
        return answer;
      })
      .finally(() => inFlight.delete(card));
    inFlight.set(card, request);
  }
  return request;
}

/** How long a badge lets the page's own requests go first: the mock answers them from one worker. */
const BADGE_DELAY_MS = 1500;

export const dashboardCardQuery = (card: DashboardCardId) =>
  queryOptions({
    queryKey: dashboardKeys.card(card),
    queryFn: () => fetchDashboardCard(card),
    staleTime: 30_000,
  });

/** The console path of a list with a figure's filter in its address (what useListState reads). */
export function listLink(path: string, figure: DashboardFigure) {
  const query = new URLSearchParams(figure.filter).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A navigation badge from a card's summary: the sum of the figures with these keys (what is overdue in the
 * module), from the same summary endpoint as the card, never a list.
 */
export function dashboardBadge(
  card: DashboardCardId,
  keys: readonly string[],
  label: (count: number) => string,
): NonNullable<NavigationEntry['badge']> {
  return {
    queryKey: dashboardKeys.badge(card, keys),
    queryFn: async () => {
      // A badge is never what the person came for: the list or record they opened is asked for first.
      await new Promise((resolve) => setTimeout(resolve, BADGE_DELAY_MS));
      return (await fetchDashboardCard(card, { maxAgeMs: RECENT_MS })).figures
        .filter((figure) => keys.includes(figure.key))
        .reduce((sum, figure) => sum + figure.count, 0);
    },
    label,
  };
}
