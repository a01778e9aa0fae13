import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirOf } from './index';

export const MASTER_KEY_FILE = 'master.key';

/**
 * docs/architecture.md "Credentials and tokens": `MLC_MASTER_KEY` comes from the environment, or from the key file `mlc init` writes in
 * the data directory. Returns the settings with the file's key filled in when the variable is unset.
 */
export function withMasterKeyFile(source: Record<string, string | undefined>): Record<string, string | undefined> {
  if (source.MLC_MASTER_KEY?.trim()) return source;
  const file = path.join(dataDirOf(source), MASTER_KEY_FILE);
  if (!existsSync(file)) return source;
  return { ...source, MLC_MASTER_KEY: readFileSync(file, 'utf8').trim() };
}
