import type { Command } from '../command';
import { print } from '../context';
import { EXIT } from '../errors';
import { ensureDatabase, ensureDataDir, ensureEnvFile, ensureMasterKey } from '../relay-files';
import { loadCliConfig, MASTER_KEY_FILE } from '../settings';

export const initCommand: Command = {
  name: 'init',
  summary: 'create the data directory, a master key file (0600) and an .env from .env.example',
  help: `Usage: mlc init [--production]

Creates, when missing (nothing existing is overwritten):
  <data dir>/           MLC_DATA_DIR, default the directory of the database file (./data); mode 0700
  <data dir>/${MASTER_KEY_FILE}   32 random bytes, base64, mode 0600: seals credentials at rest
  the database          an embedded MLC_DATABASE_URL file, migrated, mode 0600 (production never
                        creates one by itself, so a lost database cannot pass for a fresh one)
  ./.env                the settings template (.env.example) with a fresh admin token and event
                        secret filled in (random, strong enough for production), mode 0600

  --production          write ./.env for production: NODE_ENV=production, the relay on 127.0.0.1
                        behind the TLS proxy (docs/production.md), https examples for the URLs
Then: \`mlc setup\` (or \`mlc credentials set\` for both systems, \`mlc doctor\`), \`mlc serve\`.`,
  options: { production: { type: 'boolean' } },
  async run(args, context) {
    const production = args.values.production === true;
    const config = loadCliConfig(context);
    ensureDataDir(config, context);
    ensureMasterKey(config, context);
    await ensureDatabase(config, context);
    ensureEnvFile(context, { production });
    print(context);
    print(context, 'Next:');
    print(context, '  mlc setup     asks for both systems’ details, checks each step and says what to paste where');
    print(context, 'or by hand:');
    print(context, '  1. mlc netsuite keygen            make the key pair and certificate for NetSuite M2M');
    print(context, '  2. mlc credentials set netsuite   and   mlc credentials set procurify');
    print(context, '  3. Put MLC_EVENT_SECRET from .env into the SuiteApp’s API secret (custsecret_mlc_event_secret)');
    print(context, '  4. mlc doctor                     check both connections and the mapping fit');
    print(context, '  5. mlc serve                      run the relay');
    return EXIT.ok;
  },
};
