import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config';
import { DEV_SECRETS_FILE } from '../config/dev-secrets';
import { MASTER_KEY_FILE, withMasterKeyFile } from '../config/master-key-file';
import type { CliContext } from './context';
import { configError } from './errors';

// How the CLI finds its settings: the environment first, then `.env` in the working directory,
// then the master key file `mlc init` wrote. `npm start` reads the environment alone.

export const ENV_FILE = '.env';
export { MASTER_KEY_FILE };

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

/** Loads the config; a bad setting is a configuration error (exit 78) listing every problem. */
export function loadCliConfig(context: CliContext): Config {
  const source = settingsSource(context);
  try {
    return loadConfig(withMasterKeyFile(source));
  } catch (error) {
    if (error instanceof ConfigError) throw configError(error.message);
    throw error;
  }
}

/** The admin token: the setting, else the development one the relay generated under the data directory. */
export function adminTokenOf(config: Config): string {
  if (config.adminToken) return config.adminToken.reveal();
  const file = path.join(config.dataDir, DEV_SECRETS_FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { adminToken?: string };
    if (stored.adminToken) return stored.adminToken;
  }
  throw configError(
    'MLC_ADMIN_TOKEN is not set and the relay has generated no development token yet; set MLC_ADMIN_TOKEN (in the environment or .env).',
  );
}

/** The master key sealing credentials: the setting, the key file, or the development one. */
export function masterKeyOf(config: Config): Config['masterKey'] {
  if (config.masterKey) return config.masterKey;
  const file = path.join(config.dataDir, DEV_SECRETS_FILE);
  if (config.env !== 'production' && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { masterKey?: string };
    if (stored.masterKey) return loadConfig({ MLC_MASTER_KEY: stored.masterKey }).masterKey;
  }
  throw configError(
    `No master key: set MLC_MASTER_KEY or run \`mlc init\` to create ${path.join(config.dataDir, MASTER_KEY_FILE)}.`,
  );
}
