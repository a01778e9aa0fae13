import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { CliContext } from './context';

// How the CLI finds its settings: the environment first, then `.env` in the working directory.
// Kept apart from the settings schema so the admin commands can read them without loading it.

export const ENV_FILE = '.env';

/** The settings the CLI works with, as the relay would see them. */
export function settingsSource(context: CliContext): Record<string, string | undefined> {
  const file = path.join(context.cwd, ENV_FILE);
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [name, value] of Object.entries(context.env)) {
    if (value !== undefined && value !== '') merged[name] = value;
  }
  // Relative paths in settings are relative to the working directory the user ran mlc in.
  for (const name of ['MLC_DATA_DIR'] as const) {
    const value = merged[name];
    if (value && !path.isAbsolute(value)) merged[name] = path.resolve(context.cwd, value);
  }
  const url = merged.MLC_DATABASE_URL ?? 'file:./data/mlc.db';
  if (url.startsWith('file:') && !path.isAbsolute(url.slice(5))) {
    merged.MLC_DATABASE_URL = `file:${path.resolve(context.cwd, url.slice(5))}`;
  }
  return merged;
}
