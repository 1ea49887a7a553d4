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

function read(file: string): DataFile | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as DataFile;
    return data.format === FORMAT ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads the database from the file, or seeds it (a missing, outdated or unreadable file, or `reset`). The large
 * seed is rebuilt on each start, as in the browser: 100,000 visits are quicker to seed than to parse, and
 * rewriting them after every write would cost more than the write; only its sessions are kept.
 */
export function loadDatabase(file: string, seedSize: SeedSize, { reset = false } = {}) {
  const saved = reset ? undefined : read(file);
  if (saved && saved.seedSize === seedSize && seedSize === 'demo') {
    restoreSnapshot(saved.snapshot);
    return 'restored' as const;
  }
  seedDatabase(seedSize);
  if (saved?.seedSize === seedSize) {
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
