import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { loadCliConfig } from '../settings';
import { printReplayDryRun } from './replay-dry-run';

const REPLAYABLE = ['failed', 'needs_mapping', 'skipped', 'synced', 'linked'];

export const replayCommand: Command = {
  name: 'replay',
  summary: 'process a record again from its latest snapshot (one record, or every record in a state)',
  help: `Usage: mlc replay TYPE ID
       mlc replay --dry-run TYPE ID
       mlc replay --status failed [--type TYPE]

  --dry-run          show the requests a replay would send to Procurify and what they would change; send nothing
  --status STATE     replay every record in this state (${REPLAYABLE.join(', ')})
  --type TYPE        with --status: only vendor, vendorbill or purchaseorder
${RELAY_OPTIONS_HELP}`,
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
    const client = createAdminClient(loadCliConfig(context), args);
    if (args.values['dry-run'] === true) {
      if (status) throw usageError('--dry-run previews one record: `mlc replay --dry-run vendorbill 1002`.');
      const [recordType, recordId] = args.positionals as [string, string];
      await printReplayDryRun(client, context, { recordType, recordId });
      return EXIT.ok;
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
    for (const key of keys) {
      await client.request(
        'POST',
        `/v1/records/${encodeURIComponent(key.recordType)}/${encodeURIComponent(key.recordId)}/replay`,
      );
      print(context, `queued ${key.recordType} ${key.recordId}`);
    }
    print(context, keys.length === 0 ? 'Nothing to replay.' : `${keys.length} record(s) queued for replay.`);
    return EXIT.ok;
  },
};
