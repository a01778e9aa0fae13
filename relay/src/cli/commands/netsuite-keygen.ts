import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { CliError, EXIT, usageError } from '../errors';
import { CERTIFICATE_FILE, KEY_FILE, keyFilesIn, writeKeyFiles } from '../netsuite-key-files';
import { loadCliConfig } from '../settings';

export const netsuiteKeygenCommand: Command = {
  name: 'netsuite keygen',
  summary: 'make the EC key pair and self-signed certificate for NetSuite OAuth 2.0 M2M',
  help: `Usage: mlc netsuite keygen [--out DIR] [--days N] [--common-name NAME] [--force]

  --out DIR            where to write ${KEY_FILE} (0600) and ${CERTIFICATE_FILE}
                       (default <data dir>/netsuite)
  --days N             certificate validity, 1 to 730 days (default 730, NetSuite's limit)
  --common-name NAME   the certificate subject (default "ml-connector relay")
  --force              replace an existing key pair`,
  options: {
    out: { type: 'string' },
    days: { type: 'string' },
    'common-name': { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, context) {
    const days = stringOption(args, 'days');
    const validityDays = days === undefined ? undefined : Number(days);
    if (validityDays !== undefined && (!Number.isInteger(validityDays) || validityDays < 1 || validityDays > 730)) {
      throw usageError('--days must be a whole number from 1 to 730.');
    }
    const given = stringOption(args, 'out');
    const dir = given ? path.resolve(context.cwd, given) : path.join(loadCliConfig(context).dataDir, 'netsuite');
    const { keyPath } = keyFilesIn(dir);
    if (existsSync(keyPath) && !args.values.force) {
      throw new CliError(`${keyPath} already exists; use --force to replace it (the old certificate stops working).`);
    }
    const files = await writeKeyFiles(dir, { validityDays, commonName: stringOption(args, 'common-name') });
    const { certificatePath, validUntil: until } = files;
    print(context, `Private key:  ${keyPath} (mode 0600; keep it secret, it never leaves this machine)`);
    print(context, `Certificate:  ${certificatePath} (valid until ${until}; EC P-256, signs ES256)`);
    print(context);
    print(context, 'Next steps:');
    print(
      context,
      '  1. In NetSuite: Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup.',
    );
    print(
      context,
      `     Create New: pick the integration record, the entity and role, and upload ${CERTIFICATE_FILE}.`,
    );
    print(context, '  2. Copy the Certificate ID NetSuite shows, then seal the credentials:');
    print(context, `       mlc credentials set netsuite --account-id <account> --client-id <integration client id> \\`);
    print(
      context,
      `         --certificate-id <certificate id> --private-key-file ${path.relative(context.cwd, keyPath) || keyPath}`,
    );
    print(context, `  3. Renew before ${until}: run this again with --force and upload the new certificate.`);
    print(context, '  4. mlc doctor   checks the token, the role’s record access and SuiteQL.');
    return EXIT.ok;
  },
};
