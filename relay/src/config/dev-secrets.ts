import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './index';
import { Secret } from './secret';

export const DEV_SECRETS_FILE = 'dev-secrets.json';

interface DevSecrets {
  adminToken: string;
  eventSecret: string;
  masterKey: string;
}

/**
 * Outside production, fills the admin token, event secret and master key the environment left
 * out with values kept in `<dataDir>/dev-secrets.json` (created once, mode 0600), so a relay
 * starts with no settings at all and keeps the same values across restarts.
 * Returns the completed config and whether the file was created just now.
 */
export function withDevSecrets(config: Config): { config: Config; created: boolean; file: string } {
  const file = path.join(config.dataDir, DEV_SECRETS_FILE);
  const needed = !config.adminToken || !config.eventSecret || !config.masterKey;
  if (config.env === 'production' || !needed) return { config, created: false, file };

  let created = false;
  let stored: DevSecrets;
  if (existsSync(file)) {
    stored = JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  } else {
    stored = {
      adminToken: randomBytes(24).toString('base64url'),
      eventSecret: randomBytes(32).toString('base64url'),
      masterKey: randomBytes(32).toString('base64'),
    };
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
    created = true;
  }
  const completed: Config = Object.freeze({
    ...config,
    adminToken: config.adminToken ?? new Secret(stored.adminToken),
    eventSecret: config.eventSecret ?? new Secret(stored.eventSecret),
    masterKey: config.masterKey ?? new Secret(stored.masterKey),
  });
  return { config: completed, created, file };
}

/** Every secret value in the config, for the log scrubber. */
export function secretValues(config: Config): string[] {
  return [
    config.adminToken,
    config.eventSecret,
    config.eventSecretPrevious,
    config.masterKey,
    config.database.authToken,
    config.netsuite.privateKey,
    config.procurify.clientSecret,
  ]
    .filter((value): value is Secret => value !== undefined)
    .map((value) => value.reveal());
}
