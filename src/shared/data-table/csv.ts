import type { ListPage } from './types';
import { translateMessage } from '@/shared/i18n/messages';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/** Spreadsheets run a cell that starts with one of these as a formula (CSV/formula injection, CWE-1236). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A value that opens a spreadsheet formula gets a leading apostrophe, as OWASP advises: the cell then shows as
 * text. It changes how "-5" looks in the file, which is the accepted price for evidence handed to others.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function stringify(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(stringify).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One RFC 4180 field: neutralised first, then quoted if it holds a comma, quote, CR or LF, quotes doubled. */
export function csvField(value: unknown): string {
  const text = neutraliseFormula(stringify(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header line, then one line per row, CRLF line ends as RFC 4180 says. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  // Headers in the active language (a header may be a message reference); values stay machine-readable.
  const lines = [columns.map((column) => csvField(translateMessage(column.header))).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const EXPORT_PAGE_SIZE = 1000;

/**
 * Every page of the current view, fetched one after another (the backend audits the export on its first page
 * and caps pages at 1000 rows). Stops early when the server runs out of items, so a shrinking list cannot loop.
 */
export async function fetchAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<ListPage<T>>,
  onProgress?: (loaded: number, total: number) => void,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    signal?.throwIfAborted();
    const answer = await fetchPage(page, EXPORT_PAGE_SIZE);
    items.push(...answer.items);
    onProgress?.(items.length, answer.total);
    if (answer.items.length === 0 || items.length >= answer.total || answer.items.length < EXPORT_PAGE_SIZE)
      break;
  }
  signal?.throwIfAborted();
  return items;
}

/** Hands the file to the browser; the byte-order mark makes Excel read UTF-8 names correctly. */
export function downloadCsv(fileName: string, csv: string) {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
