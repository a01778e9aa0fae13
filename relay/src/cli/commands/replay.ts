import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { PREDICTED_FAILURES, printReplayDryRun } from './replay-dry-run';

/** What the relay answers for each record (relay/src/sync/replay.ts `ReplayedRecord`). */
interface ReplayedRecord {
  recordType: string;
  recordId: string;
  queued: boolean;
  note: string;
}

const REPLAYABLE = ['failed', 'needs_mapping', 'skipped', 'synced', 'linked'];
const TYPES = ['vendor', 'vendorbill', 'purchaseorder'];

export const replayCommand: Command = {
  name: 'replay',
  summary: 'read a record from NetSuite again and process it (one record, or every record in a state)',
  help: `Usage: mlc replay TYPE ID
       mlc replay --dry-run TYPE ID
       mlc replay --status failed [--type TYPE]

  --dry-run          show the requests a replay would send to Procurify and what they would change; send nothing
  --status STATE     replay every record in this state (${REPLAYABLE.join(', ')})
  --type TYPE        with --status: only vendor, vendorbill or purchaseorder
${RELAY_OPTIONS_HELP}

A replay reads the record from NetSuite again (a change made without a save, such as a mass update,
is seen), reads again the Procurify lists its last problem depended on (an account code just added
is seen), then processes it. When NetSuite cannot be reached the copy held since the last save is
replayed, and the line says so. Exit 1 when a record could not be replayed, or when --dry-run
predicts it would fail or still need a mapping.`,
  options: { ...RELAY_OPTIONS, status: { type: 'string' }, type: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 0, max: 2, names: 'TYPE and ID' },
  async run(args, context) {
    const status = stringOption(args, 'status');
    const type = stringOption(args, 'type');
    if (args.positionals.length === 2 && status) throw usageError('give either TYPE and ID or --status, not both.');
    if (args.positionals.length !== 2 && !status) {
      throw usageError('say what to replay: `mlc replay vendorbill 1002` or `mlc replay --status failed`.');
    }
    if (status && !REPLAYABLE.includes(status)) throw usageError(`--status must be one of ${REPLAYABLE.join(', ')}.`);
    const typeGiven = type ?? args.positionals[0];
    if (typeGiven !== undefined && !TYPES.includes(typeGiven))
      throw usageError(`the record type must be one of ${TYPES.join(', ')}; got "${typeGiven}".`);
    const client = createAdminClient(context, args);
    if (args.values['dry-run'] === true) {
      if (status) throw usageError('--dry-run previews one record: `mlc replay --dry-run vendorbill 1002`.');
      const [recordType, recordId] = args.positionals as [string, string];
      const outcome = await printReplayDryRun(client, context, { recordType, recordId });
      return PREDICTED_FAILURES.includes(outcome) ? EXIT.failure : EXIT.ok;
    }

    let keys: { recordType: string; recordId: string }[];
    if (status) {
      keys = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ status, limit: '500' });
        if (type) query.set('recordType', type);
        if (cursor) query.set('cursor', cursor);
        const page: { items: { recordType: string; recordId: string }[]; nextCursor: string | null } =
          await client.request('GET', `/v1/records?${query}`);
        keys.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
    } else {
      const [recordType, recordId] = args.positionals as [string, string];
      keys = [{ recordType, recordId }];
    }
    // The relay reads each record from NetSuite again first; each line says what was replayed.
    const replayed: ReplayedRecord[] = [];
    if (!status) {
      const [key] = keys as [{ recordType: string; recordId: string }];
      const path = `/v1/records/${encodeURIComponent(key.recordType)}/${encodeURIComponent(key.recordId)}/replay`;
      replayed.push(await client.request<ReplayedRecord>('POST', path));
    }
    for (let start = 0; status && start < keys.length; start += 500) {
      const records = keys.slice(start, start + 500);
      replayed.push(
        ...(await client.request<{ records: ReplayedRecord[] }>('POST', '/v1/records/replay', { records })).records,
      );
    }
    for (const record of replayed)
      print(
        context,
        `${record.queued ? 'queued' : 'not replayed'} ${record.recordType} ${record.recordId}: ${record.note}`,
      );
    const queued = replayed.filter((record) => record.queued).length;
    print(context, keys.length === 0 ? 'Nothing to replay.' : `${queued} record(s) queued for replay.`);
    return queued === replayed.length ? EXIT.ok : EXIT.failure;
  },
};
