import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import { embeddedFilePath } from '../../store/database-file';
import { migrateDatabase, openDatabase } from '../../store/database';
import type { Command } from '../command';
import { print, type CliContext } from '../context';
import { EXIT } from '../errors';
import { PACKAGE_ROOT } from '../paths';
import { ENV_FILE, loadCliConfig, MASTER_KEY_FILE } from '../settings';

export const initCommand: Command = {
  name: 'init',
  summary: 'create the data directory, a master key file (0600) and an .env from .env.example',
  help: `Usage: mlc init

Creates, when missing (nothing existing is overwritten):
  <data dir>/           MLC_DATA_DIR, default the directory of the database file (./data); mode 0700
  <data dir>/${MASTER_KEY_FILE}   32 random bytes, base64, mode 0600: seals credentials at rest
  the database          an embedded MLC_DATABASE_URL file, migrated, mode 0600 (production never
                        creates one by itself, so a lost database cannot pass for a fresh one)
  ./.env                the settings template (.env.example) with a fresh admin token and event
                        secret filled in (random, strong enough for production), mode 0600
Then: \`mlc credentials set\` for both systems, \`mlc doctor\`, \`mlc serve\`.`,
  async run(_args, context) {
    const config = loadCliConfig(context);
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    // The directory holds the database, the key and the trail: nobody else needs to list it.
    chmodSync(config.dataDir, 0o700);
    print(context, `Data directory: ${config.dataDir} (mode 0700)`);

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

    await createDatabase(config, context);

    const envFile = path.join(context.cwd, ENV_FILE);
    if (existsSync(envFile)) {
      print(context, `Settings: ${envFile} (already there, kept)`);
    } else {
      writeFileSync(envFile, envTemplate(), { mode: 0o600, flag: 'wx' });
      print(context, `Settings: ${envFile} (created from .env.example with a new admin token and event secret)`);
    }
    print(context);
    print(context, 'Next:');
    print(context, '  1. mlc netsuite keygen            make the key pair and certificate for NetSuite M2M');
    print(context, '  2. mlc credentials set netsuite   and   mlc credentials set procurify');
    print(context, '  3. Put MLC_EVENT_SECRET from .env into the SuiteApp’s API secret (custsecret_mlc_event_secret)');
    print(context, '  4. mlc doctor                     check both connections and the mapping fit');
    print(context, '  5. mlc serve                      run the relay');
    return EXIT.ok;
  },
};

/** The embedded database, created and migrated here: production refuses to create it itself. */
async function createDatabase(config: Config, context: CliContext): Promise<void> {
  const file = embeddedFilePath(config.database.url);
  if (!file) {
    print(context, 'Database: a libSQL server (MLC_DATABASE_URL); the relay migrates it when it starts.');
    return;
  }
  const existed = existsSync(file);
  const database = await openDatabase({ ...config.database, create: true });
  try {
    await migrateDatabase(database);
  } finally {
    database.close();
  }
  print(context, `Database: ${file} (${existed ? 'already there, kept' : 'created, mode 0600'})`);
}

/** .env.example with the two secrets the relay needs filled in (the master key stays in its own file). */
function envTemplate(): string {
  const example = path.join(PACKAGE_ROOT, '.env.example');
  const template = existsSync(example) ? readFileSync(example, 'utf8') : 'MLC_ADMIN_TOKEN=\nMLC_EVENT_SECRET=\n';
  return template
    .replace(/^MLC_ADMIN_TOKEN=.*$/m, `MLC_ADMIN_TOKEN=${randomBytes(24).toString('base64url')}`)
    .replace(/^MLC_EVENT_SECRET=.*$/m, `MLC_EVENT_SECRET=${randomBytes(32).toString('base64url')}`)
    .replace(
      /^MLC_MASTER_KEY=.*$/m,
      `# MLC_MASTER_KEY is read from <data dir>/${MASTER_KEY_FILE} when empty.\nMLC_MASTER_KEY=`,
    );
}
