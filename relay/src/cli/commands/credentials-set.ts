import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringOption, type Command, type ParsedArgs } from '../command';
import { print } from '../context';
import { CliError, EXIT, usageError } from '../errors';
import { readAll } from '../read-stdin';
import { accountIdProblem, sealCredentials, urlProblem, withDerivedUrls } from '../seal-credentials';

// Seals one system's credentials into the database. Secrets come from standard input or a file,
// never from an argument (the process list would show it), and are never printed back.

const FLAGS = {
  procurify: { 'base-url': 'baseUrl', 'token-url': 'tokenUrl', 'client-id': 'clientId' },
  netsuite: {
    'account-id': 'accountId',
    'base-url': 'baseUrl',
    'client-id': 'clientId',
    'certificate-id': 'certificateId',
  },
} as const;

export const credentialsSetCommand: Command = {
  name: 'credentials set',
  summary: 'seal Procurify or NetSuite credentials into the database (secrets from stdin or a file)',
  help: `Usage: mlc credentials set procurify [--base-url URL] [--token-url URL] [--client-id ID] [--secret-stdin]
       mlc credentials set netsuite [--account-id ID] [--base-url URL] [--client-id ID]
                                    [--certificate-id ID] [--private-key-file FILE | --secret-stdin]

  --secret-stdin         read the secret from standard input: the Procurify client secret, or the
                         NetSuite private key (PEM)
  --private-key-file F   the NetSuite private key (PKCS#8 PEM, as \`mlc netsuite keygen\` writes it)

Given values replace the stored ones; the others are kept. Restart the relay to use them.
Example: printf %s "$SECRET" | mlc credentials set procurify --client-id abc --secret-stdin`,
  options: {
    'base-url': { type: 'string' },
    'token-url': { type: 'string' },
    'client-id': { type: 'string' },
    'account-id': { type: 'string' },
    'certificate-id': { type: 'string' },
    'private-key-file': { type: 'string' },
    'secret-stdin': { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: 'the system: procurify or netsuite' },
  async run(args, context) {
    const system = args.positionals[0];
    if (system !== 'procurify' && system !== 'netsuite') throw usageError('the system must be procurify or netsuite.');
    const given = await givenValues(system, args, context);
    if (Object.keys(given).length === 0) throw usageError('give at least one value to set; see --help.');

    const { missing } = await sealCredentials(context, system, given);
    print(context, `Sealed ${system} credentials: ${Object.keys(given).sort().join(', ')} set.`);
    print(
      context,
      missing.length === 0
        ? 'Complete. Restart the relay to use them, and run `mlc doctor`.'
        : `Still missing: ${missing.join(', ')}.`,
    );
    return EXIT.ok;
  },
};

async function givenValues(system: 'procurify' | 'netsuite', args: ParsedArgs, context: Parameters<Command['run']>[1]) {
  const values: Record<string, string> = {};
  const flags: Record<string, string> = FLAGS[system];
  for (const name of Object.keys(args.values)) {
    if (['secret-stdin', 'private-key-file'].includes(name)) continue;
    const field = flags[name];
    if (!field) throw usageError(`--${name} does not apply to ${system}.`);
    const value = stringOption(args, name)!.trim();
    const problem = name.endsWith('url')
      ? urlProblem(value)
      : name === 'account-id'
        ? accountIdProblem(value)
        : undefined;
    if (problem) throw usageError(`--${name} ${problem}.`);
    values[field] = value.replace(/\/+$/, '');
  }
  withDerivedUrls(system, values);

  const keyFile = stringOption(args, 'private-key-file');
  if (keyFile !== undefined && system !== 'netsuite') throw usageError('--private-key-file is for netsuite.');
  if (keyFile !== undefined && args.values['secret-stdin']) throw usageError('give the key one way: a file or stdin.');
  let secret: string | undefined;
  if (keyFile !== undefined) {
    try {
      secret = readFileSync(path.resolve(context.cwd, keyFile), 'utf8');
    } catch {
      throw new CliError(`cannot read the private key file ${keyFile}.`);
    }
  } else if (args.values['secret-stdin']) {
    if (context.stdin.isTTY) context.stderr.write('Paste the secret, then press Ctrl-D:\n');
    secret = await readAll(context.stdin);
  }
  if (secret !== undefined) {
    secret = secret.trim();
    if (secret === '') throw usageError('the secret on standard input is empty.');
    if (system === 'netsuite') {
      if (!secret.startsWith('-----BEGIN PRIVATE KEY-----')) {
        throw usageError('the NetSuite private key must be a PKCS#8 PEM (-----BEGIN PRIVATE KEY-----).');
      }
      values.privateKey = `${secret}\n`;
    } else values.clientSecret = secret;
  }
  return values;
}
