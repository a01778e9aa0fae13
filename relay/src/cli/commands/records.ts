import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';
import { isFailed, RECORD_COLUMNS, recordRow, whatToDo, type RecordItem } from '../record-rows';
import { table } from '../table';

const STATES = ['pending', 'synced', 'linked', 'needs_mapping', 'failed', 'skipped', 'deleted'];
const TYPES = ['vendor', 'vendorbill', 'purchaseorder'];

/** Exit 1 when a listed record failed, so a script or a cron job notices; 0 otherwise. */
const exitFor = (items: RecordItem[]) => (items.some(isFailed) ? EXIT.failure : EXIT.ok);

export const recordsCommand: Command = {
  name: 'records',
  summary: 'list synced records, filtered by state and type, or show one with its history',
  help: `Usage: mlc records [--status STATE] [--type TYPE] [--limit N] [--json]
       mlc records TYPE ID          one record, its issues and its history

  --status STATE     ${STATES.join(' | ')}
  --type TYPE        ${TYPES.join(' | ')}
  --limit N          at most N records (default 50)
  --json             print JSON instead of a table
${RELAY_OPTIONS_HELP}

Exit code 1 when a listed record has failed, 0 otherwise.`,
  options: {
    ...RELAY_OPTIONS,
    status: { type: 'string' },
    type: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 2, names: 'no arguments, or TYPE and ID' },
  async run(args, context) {
    const status = stringOption(args, 'status');
    const type = stringOption(args, 'type') ?? args.positionals[0];
    const limit = Number(stringOption(args, 'limit') ?? '50');
    if (status !== undefined && !STATES.includes(status))
      throw usageError(`--status must be one of ${STATES.join(', ')}.`);
    if (type !== undefined && !TYPES.includes(type))
      throw usageError(`the record type must be one of ${TYPES.join(', ')}.`);
    if (!Number.isInteger(limit) || limit < 1) throw usageError('--limit must be a whole number of at least 1.');
    if (args.positionals.length === 1) throw usageError('give both TYPE and ID, e.g. `mlc records vendorbill 1002`.');
    const client = createAdminClient(context, args);

    if (args.positionals.length === 2) {
      const [recordType, recordId] = args.positionals as [string, string];
      const record = await client.request<
        RecordItem & { issues: { code: string; message?: string }[]; history: { at?: string; action: string }[] }
      >('GET', `/v1/records/${encodeURIComponent(recordType)}/${encodeURIComponent(recordId)}`);
      if (args.values.json) print(context, JSON.stringify(record, null, 2));
      else printRecord(context, record);
      return exitFor([record]);
    }

    const items: RecordItem[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ limit: String(Math.min(500, limit - items.length)) });
      if (status) query.set('status', status);
      if (type) query.set('recordType', type);
      if (cursor) query.set('cursor', cursor);
      const page: { items: RecordItem[]; nextCursor: string | null } = await client.request(
        'GET',
        `/v1/records?${query}`,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && items.length < limit);

    if (args.values.json) print(context, JSON.stringify(items, null, 2));
    else if (items.length === 0) print(context, 'No records match.');
    else print(context, table(RECORD_COLUMNS, items.map(recordRow), 32));
    return exitFor(items);
  },
};

function printRecord(
  context: Parameters<Command['run']>[1],
  record: RecordItem & { issues: { code: string; message?: string }[]; history: { at?: string; action: string }[] },
): void {
  print(context, `${record.recordType} ${record.recordId}: ${record.status}`);
  if (record.vendor) print(context, `Vendor: ${record.vendor}`);
  if (record.invoice) print(context, `Invoice: ${record.invoice}`);
  if (record.procurifyId) print(context, `Procurify id: ${record.procurifyId}`);
  print(context, `What to do: ${whatToDo(record)}`);
  for (const issue of record.issues) print(context, `  issue ${issue.code}: ${issue.message ?? ''}`);
  if (record.history.length > 0) print(context, 'History (newest first):');
  for (const entry of record.history.slice(0, 20)) print(context, `  ${entry.at ?? ''} ${entry.action}`);
}
