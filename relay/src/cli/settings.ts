import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config';
import { DEV_SECRETS_FILE } from '../config/dev-secrets';
import { MASTER_KEY_FILE, withMasterKeyFile } from '../config/master-key-file';
import type { CliContext } from './context';
import { ENV_FILE, settingsSource } from './settings-source';
import { configError } from './errors';

// How the CLI finds its settings: the environment first, then `.env` in the working directory,
// then the master key file `mlc init` wrote. `npm start` reads the environment alone.

export { ENV_FILE, settingsSource };
export { MASTER_KEY_FILE };

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
