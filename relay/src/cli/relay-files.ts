import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import type { Config } from '../config';
import { embeddedFilePath } from '../store/database-file';
import { toolAudit } from '../store/audit-scope';
import { migrateDatabase, openDatabase } from '../store/database';
import { print, type CliContext } from './context';
import { PACKAGE_ROOT } from './paths';
import { ENV_FILE, MASTER_KEY_FILE } from './settings';

// What the relay needs on disk before anything else: the data directory, the master key file,
// the database and `.env` with fresh secrets. `mlc init` and `mlc setup` both make them here, and
// neither ever overwrites what exists.

export function ensureDataDir(config: Config, context: CliContext): void {
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  // The directory holds the database, the key and the trail: nobody else needs to list it.
  chmodSync(config.dataDir, 0o700);
  print(context, `Data directory: ${config.dataDir} (mode 0700)`);
}

export function ensureMasterKey(config: Config, context: CliContext): void {
  const keyFile = path.join(config.dataDir, MASTER_KEY_FILE);
  if (existsSync(keyFile)) {
    chmodSync(keyFile, 0o600);
    print(context, `Master key file: ${keyFile} (already there, kept)`);
  } else if (context.env.MLC_MASTER_KEY) {
    print(context, 'Master key: MLC_MASTER_KEY is set in the environment, so no key file was written.');
  } else {
    writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    print(context, `Master key file: ${keyFile} (created, mode 0600; back it up: sealed credentials need it)`);
  }
}

/** The embedded database, created and migrated here: production refuses to create it itself. */
export async function ensureDatabase(config: Config, context: CliContext): Promise<void> {
  const file = embeddedFilePath(config.database.url);
  if (!file) {
    print(context, 'Database: a libSQL server (MLC_DATABASE_URL); the relay migrates it when it starts.');
    return;
  }
  const existed = existsSync(file);
  const database = await openDatabase({ ...config.database, create: true, audit: toolAudit() });
  try {
    await migrateDatabase(database);
  } finally {
    database.close();
  }
  print(context, `Database: ${file} (${existed ? 'already there, kept' : 'created, mode 0600'})`);
}

export function envFilePath(context: CliContext): string {
  return path.join(context.cwd, ENV_FILE);
}

/** `./.env` from the template with fresh secrets, unless one is there (then it is kept as it is). */
export function ensureEnvFile(context: CliContext, options: { production: boolean }): void {
  const file = envFilePath(context);
  if (existsSync(file)) {
    const current = parseEnv(readFileSync(file, 'utf8')).NODE_ENV ?? 'development';
    const note =
      options.production && current !== 'production'
        ? `; it says NODE_ENV=${current}: set NODE_ENV=production there, or move it away and run this again`
        : '';
    print(context, `Settings: ${file} (already there, kept${note})`);
    return;
  }
  writeFileSync(file, envTemplate(options), { mode: 0o600, flag: 'wx' });
  const kind = options.production ? 'production settings' : 'settings';
  print(context, `Settings: ${file} (${kind} created from .env.example with a new admin token and event secret)`);
}

/** A token the production checks accept: 24 or 32 random bytes, base64url (32 or 43 characters). */
export function newToken(bytes: 24 | 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** .env.example with the two secrets the relay needs filled in (the master key stays in its own file). */
export function envTemplate(options: { production: boolean }): string {
  const example = path.join(PACKAGE_ROOT, '.env.example');
  const template = existsSync(example) ? readFileSync(example, 'utf8') : 'MLC_ADMIN_TOKEN=\nMLC_EVENT_SECRET=\n';
  const filled = template
    .replace(/^MLC_ADMIN_TOKEN=.*$/m, `MLC_ADMIN_TOKEN=${newToken(24)}`)
    .replace(/^MLC_EVENT_SECRET=.*$/m, `MLC_EVENT_SECRET=${newToken(32)}`)
    .replace(
      /^MLC_MASTER_KEY=.*$/m,
      `# MLC_MASTER_KEY is read from <data dir>/${MASTER_KEY_FILE} when empty.\nMLC_MASTER_KEY=`,
    );
  return options.production ? productionSettings(filled) : filled;
}

/**
 * Production: the relay listens on the loopback interface behind the TLS proxy, and every address
 * of another system is https (the production config refuses plain http:// but on this machine).
 */
function productionSettings(template: string): string {
  const header = [
    '# Production settings, written by `mlc init --production`. The TLS proxy in front of the relay and',
    '# the service that runs it: docs/production.md. Credentials are sealed in the database by',
    '# `mlc setup` (or `mlc credentials set`), so the connection settings below may stay empty.',
    '',
  ].join('\n');
  const httpsExample = (name: string, example: string) => (text: string) =>
    text.replace(new RegExp(`^${name}=.*$`, 'm'), `# ${name}=${example}   (https only)\n${name}=`);
  const steps = [
    (text: string) => text.replace(/^NODE_ENV=.*$/m, 'NODE_ENV=production'),
    (text: string) =>
      text.replace(/^MLC_HOST=.*$/m, '# Only the TLS proxy on this machine reaches the relay.\nMLC_HOST=127.0.0.1'),
    httpsExample('PROCURIFY_BASE_URL', 'https://acme.procurify.com'),
  ];
  return header + steps.reduce((text, step) => step(text), template);
}
