import path from 'node:path';

/** The data directory the settings name (MLC_DATA_DIR, else the embedded database's directory). */
export function dataDirOf(source: Record<string, string | undefined>): string {
  const given = source.MLC_DATA_DIR?.trim();
  return path.resolve(given || defaultDataDir(source.MLC_DATABASE_URL?.trim() || 'file:./data/mlc.db'));
}

export function defaultDataDir(databaseUrl: string): string {
  if (!databaseUrl.startsWith('file:')) return './data';
  return path.dirname(databaseUrl.slice('file:'.length));
}
