import type { ReconciliationReport } from '../../reconcile';
import { BILL_COLUMNS, billRows, summaryLines } from '../../reconcile/report-rows';
import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { toCsv } from '../csv';
import { EXIT, usageError } from '../errors';
import { loadCliConfig } from '../settings';
import { table } from '../table';

const FORMATS = ['table', 'csv', 'json'];

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'month-end reconciliation of bills and vendors between NetSuite and Procurify',
  help: `Usage: mlc reconcile --period 2026-10 [--subsidiary ID] [--format table|csv|json]

  --period PERIOD    a month (2026-10) or a range (2026-10-01..2026-10-15)
  --subsidiary ID    only this NetSuite subsidiary
  --format FORMAT    table (default), csv (one row per bill) or json (the whole report, money in cents)
${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS, period: { type: 'string' }, subsidiary: { type: 'string' }, format: { type: 'string' } },
  async run(args, context) {
    const period = stringOption(args, 'period');
    if (!period) throw usageError('say which period: `mlc reconcile --period 2026-10`.');
    const format = stringOption(args, 'format') ?? 'table';
    if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const query = new URLSearchParams({ period });
    const subsidiary = stringOption(args, 'subsidiary');
    if (subsidiary) query.set('subsidiary', subsidiary);
    const client = createAdminClient(loadCliConfig(context), args);
    const report = await client.request<ReconciliationReport>('GET', `/v1/reconciliation?${query}`);

    if (format === 'json') print(context, JSON.stringify(report, null, 2));
    else if (format === 'csv') context.stdout.write(toCsv([[...BILL_COLUMNS], ...billRows(report)]));
    else {
      print(context, summaryLines(report).join('\n'));
      print(context, '');
      print(context, table([...BILL_COLUMNS], billRows(report)));
    }
    return EXIT.ok;
  },
};
