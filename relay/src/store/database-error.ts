import { DatabaseMissingError } from './database-file';

// A database failure in one plain line, for startup errors, readiness and the CLI. Database errors come wrapped by drizzle in
// a "Failed query … params: …" message whose parameters may be sealed credentials: only the
// SQLite code and its own message (which never holds a parameter) are shown.

const ADVICE: Record<string, string> = {
  SQLITE_READONLY:
    'the relay cannot write its database file: check that the user running the relay owns the file, its -wal and -shm files and their directory, and that the disk is not mounted read-only',
  SQLITE_CANTOPEN: 'the relay cannot open its database file: check the path in MLC_DATABASE_URL and its permissions',
  SQLITE_FULL: 'the disk holding the database is full',
  SQLITE_CORRUPT: 'the database file is damaged: restore it from a backup (docs/backup.md)',
  SQLITE_NOTADB: 'the file at MLC_DATABASE_URL is not a database',
  SQLITE_BUSY: 'another process holds the database locked',
};

export function describeDatabaseError(error: unknown): string {
  if (error instanceof DatabaseMissingError) return error.message;
  const code = sqliteCodeOf(error);
  if (code) {
    const base = code.split('_').slice(0, 2).join('_');
    return `database error ${code}: ${ADVICE[code] ?? ADVICE[base] ?? 'the database refused the operation'}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  // Any other query failure: the statement may carry parameters, so say only that it failed.
  return message.startsWith('Failed query')
    ? 'a database query failed (the details are not shown: they may hold sealed values)'
    : message;
}

/** The SQLite result code anywhere in the error's cause chain (`SQLITE_READONLY`, …). */
function sqliteCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
