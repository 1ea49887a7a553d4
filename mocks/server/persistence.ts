// The HTTP mock keeps its database in a JSON file, so a restart (or a crash) keeps what people saved and who
// is signed in, as a real backend's database would. Written shortly after each write and once more on exit;
// to a temporary file first, then renamed, so a half-written file never replaces a good one.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  onWrite,
  restoreSnapshot,
  seedDatabase,
  sessions,
  takeSnapshot,
  type SeedSize,
  type ServerSession,
  type Snapshot,
} from '../store/db';

// Bump when the seed or the record shapes change, so an old file is not loaded into new code.
const FORMAT = 'privacy-office-console/mock-db/v3';

interface DataFile {
  format: string;
  seedSize: SeedSize;
  /** The whole database (demo seed), or only its sessions (large seed: rebuilt on every start, see below). */
  snapshot: Snapshot;
}

/** Why a data file is not loaded: what someone saved must never be overwritten without their say-so. */
export class DataFileRefused extends Error {}

function read(file: string, seedSize: SeedSize): DataFile | undefined {
  if (!existsSync(file)) return undefined;
  let data: DataFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as DataFile;
  } catch (error) {
    throw new DataFileRefused(`${file} cannot be read (${String(error)}).`);
  }
  if (data.format !== FORMAT)
    throw new DataFileRefused(`${file} holds data of another version of the mock (${data.format}).`);
  if (data.seedSize !== seedSize)
    throw new DataFileRefused(`${file} holds the ${data.seedSize} seed's data, not the ${seedSize} seed's.`);
  return data;
}

/**
 * Loads the database from the file, or seeds it (no file yet, or `reset`). A file that cannot be read, or
 * holds another version's or another seed's data, is refused (DataFileRefused) rather than replaced. The
 * large seed is rebuilt on each start, as in the browser: 100,000 visits are quicker to seed than to parse,
 * and rewriting them after every write would cost more than the write; only its sessions are kept.
 */
export function loadDatabase(file: string, seedSize: SeedSize, { reset = false } = {}) {
  const saved = reset ? undefined : read(file, seedSize);
  if (saved && seedSize === 'demo') {
    restoreSnapshot(saved.snapshot);
    return 'restored' as const;
  }
  seedDatabase(seedSize);
  if (saved) {
    ((saved.snapshot.sessions ?? []) as ServerSession[]).forEach((session) => sessions.insert(session));
  }
  return 'seeded' as const;
}

/** Writes the file shortly after each write (a burst of writes is one file write); `flush` writes it now. */
export function keepDatabaseIn(file: string, seedSize: SeedSize) {
  mkdirSync(dirname(file), { recursive: true });
  const write = () => {
    const snapshot = seedSize === 'demo' ? takeSnapshot() : { sessions: [...sessions.all()] };
    const data: DataFile = { format: FORMAT, seedSize, snapshot };
    writeFileSync(`${file}.tmp`, JSON.stringify(data));
    renameSync(`${file}.tmp`, file);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onWrite(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      write();
    }, 100);
  });
  write();
  return {
    flush() {
      clearTimeout(timer);
      timer = undefined;
      write();
    },
    stop,
  };
}
