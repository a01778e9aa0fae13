import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';

// The embedded database on disk: where it is, created owner-only, and which file it is (so a file
// deleted or replaced under a running relay is noticed).

/** The file behind a `file:` URL, or undefined for a libSQL server or an in-memory database. */
export function embeddedFilePath(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const file = url.slice('file:'.length).replace(/\?.*$/, '');
  return file === ':memory:' ? undefined : path.resolve(file);
}

/** The database is missing where production expected one: only `mlc init` creates it there. */
export class DatabaseMissingError extends Error {
  constructor(readonly file: string) {
    super(
      `The database file ${file} does not exist. In production the relay never creates a fresh database ` +
        'silently (that would hide a lost or misplaced one): run `mlc init` to create it, or fix MLC_DATABASE_URL.',
    );
    this.name = 'DatabaseMissingError';
  }
}

/**
 * Makes sure the database file exists with owner-only modes: its directory 0700 and the file 0600
 * when they are created here (SQLite gives the -wal and -shm files the database file's mode).
 * With `create: false` a missing file is a DatabaseMissingError instead.
 */
export function ensureDatabaseFile(file: string, options: { create: boolean }): void {
  if (!existsSync(file)) {
    if (!options.create) throw new DatabaseMissingError(file);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'a', 0o600));
  }
  tightenDatabaseFiles(file);
}

/** Older relays left the files 0644: the database holds vendor data, sealed credentials and the audit trail. */
export function tightenDatabaseFiles(file: string): void {
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((statSync(each).mode & 0o077) !== 0) chmodSync(each, 0o600);
    } catch {
      // Absent (no WAL yet) or not ours to change: SQLite reports real problems when it opens the file.
    }
  }
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

/** Which file a path names now, or undefined when nothing is there. */
export function fileIdentity(file: string): FileIdentity | undefined {
  try {
    const stats = statSync(file);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return undefined;
  }
}

/** Whether the path still names the file that was opened: deleted, or replaced by another file. */
export function identityProblem(file: string, opened: FileIdentity): string | undefined {
  const now = fileIdentity(file);
  if (!now) return `the database file ${file} was deleted while the relay had it open`;
  if (now.dev !== opened.dev || now.ino !== opened.ino) {
    return `the database file ${file} was replaced by another file while the relay had it open`;
  }
  return undefined;
}
