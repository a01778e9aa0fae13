import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config';
import { resealCredentials } from '../../store/credentials';
import { toolAudit } from '../../store/audit-scope';
import { migrateDatabase, openDatabase } from '../../store/database';
import type { Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { readAll } from '../read-stdin';
import { loadCliConfig, masterKeyOf, MASTER_KEY_FILE, settingsSource } from '../settings';
import { auditKeyOf } from '../../crypto/derived-key';

// Re-seals every stored credential set under a new master key. The new key comes from standard
// input (never an argument), or is generated when the key file `mlc init` wrote is in use. The new
// key file is written before the database changes, so a crash in between never strands the
// credentials under a key that exists nowhere; no key is ever printed. The audit chain, keyed by a
// key derived from the master key, is verified under the old key and re-keyed in the same transaction.

export const rotateKeyCommand: Command = {
  name: 'rotate-key',
  summary: 're-seal the stored credentials under a new master key',
  help: `Usage: mlc rotate-key [--new-key-stdin]

  --new-key-stdin   read the new key (standard base64 of 32 bytes) from standard input;
                    required when MLC_MASTER_KEY is set in the environment or .env

With the key file (data/${MASTER_KEY_FILE}) in use and no --new-key-stdin, a new key is generated and
replaces the file. With MLC_MASTER_KEY set, set it to the new key before the relay restarts.
Example: openssl rand -base64 32 > new.key && mlc rotate-key --new-key-stdin < new.key`,
  options: { 'new-key-stdin': { type: 'boolean' } },
  async run(args, context) {
    const config = loadCliConfig(context);
    const current = masterKeyOf(config)!;
    const fromEnvironment = !!settingsSource(context).MLC_MASTER_KEY?.trim();
    const keyFile = path.join(config.dataDir, MASTER_KEY_FILE);
    if (!fromEnvironment && !existsSync(keyFile) && !args.values['new-key-stdin'])
      throw usageError('no master key file to replace; give the new key with --new-key-stdin.');
    if (fromEnvironment && !args.values['new-key-stdin'])
      throw usageError('MLC_MASTER_KEY is set: give the new key on standard input with --new-key-stdin.');

    const text = args.values['new-key-stdin']
      ? (await readAll(context.stdin)).trim()
      : randomBytes(32).toString('base64');
    const next = parseKey(text);
    if (next.reveal() === current.reveal()) throw usageError('the new key is the same as the current one.');

    const pending = `${keyFile}.new`;
    if (!fromEnvironment) writeFileSync(pending, `${text}\n`, { mode: 0o600 });
    const database = await openDatabase({ ...config.database, audit: toolAudit(auditKeyOf(current)) });
    try {
      await migrateDatabase(database);
      const count = await resealCredentials(database, current, next, 'cli');
      if (!fromEnvironment) renameSync(pending, keyFile);
      print(context, `Re-sealed ${count} credential set${count === 1 ? '' : 's'} under the new master key.`);
      print(
        context,
        'Re-keyed the audit chain: export a new anchor (`mlc audit anchor`); older anchors no longer match.',
      );
      print(
        context,
        fromEnvironment
          ? 'Set MLC_MASTER_KEY to the new key before the relay restarts; the old key no longer opens them.'
          : `The key file ${keyFile} now holds the new key. Restart the relay, and back the file up.`,
      );
      return EXIT.ok;
    } catch (error) {
      rmSync(pending, { force: true }); // the database kept the old seal: keep the old key file too
      throw error;
    } finally {
      database.close();
    }
  },
};

function parseKey(text: string) {
  try {
    return loadConfig({ MLC_MASTER_KEY: text }).masterKey!;
  } catch {
    throw usageError('the new key must be standard base64 of exactly 32 bytes.');
  }
}
