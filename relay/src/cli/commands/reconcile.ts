import type { ReconciliationReport } from '../../reconcile';
import { parsePeriod, PeriodError } from '../../reconcile/period';
import { BILL_COLUMNS, billRows, summaryLines } from '../../reconcile/report-rows';
import { chooseSubsidiary, type Subsidiary } from '../../reconcile/subsidiary-choice';
import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { toCsv } from '../csv';
import { EXIT, usageError } from '../errors';
import { table } from '../table';

const FORMATS = ['table', 'csv', 'json'];

/**
 * A bill that does not match, a paid status or a vendor that differs is a difference: exit 1, as
 * `diff` does. Bills skipped on purpose (not approved in NetSuite, skipped by the relay) are not.
 */
export function foundDifference(report: ReconciliationReport): boolean {
  const { counts } = report;
  const bills = counts.amount_differs + counts.only_netsuite + counts.only_procurify;
  // A relay from before payments were compared sends no paymentDrift.
  return bills > 0 || (report.paymentDrift ?? []).length > 0 || report.vendors.length > 0;
}

export const reconcileCommand: Command = {
  name: 'reconcile',
  summary: 'month-end reconciliation of bills and vendors between NetSuite and Procurify',
  help: `Usage: mlc reconcile [--period 2026-10] [--subsidiary NAME|ID] [--format table|csv|json]

  --period PERIOD    a month (2026-10) or a range (2026-10-01..2026-10-15); without it, the latest
                     month with bills (the current one once it has a bill)
  --subsidiary NAME  only this NetSuite subsidiary, by name ("Northwind Fabrication Ltd.") or internal id
  --format FORMAT    table (default), csv (one row per bill) or json (the whole report, money in cents)
${RELAY_OPTIONS_HELP}

Exit code 1 when it finds a difference (a bill on one side only, with another amount or another
paid status; a vendor missing or different in Procurify), 0 when everything matches. Bills skipped
on purpose (pending approval or rejected in NetSuite, skipped by the relay) are listed apart and are
not differences. Exit code 2 for a period or subsidiary it cannot read (the valid names are listed).`,
  options: { ...RELAY_OPTIONS, period: { type: 'string' }, subsidiary: { type: 'string' }, format: { type: 'string' } },
  async run(args, context) {
    const period = stringOption(args, 'period');
    if (period) checkPeriod(period);
    const format = stringOption(args, 'format') ?? 'table';
    if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
    const query = new URLSearchParams(period ? { period } : {});
    const client = createAdminClient(context, args);
    const subsidiary = stringOption(args, 'subsidiary')?.trim();
    if (subsidiary) {
      const { subsidiaries } = await client.request<{ subsidiaries: Subsidiary[] }>(
        'GET',
        '/v1/reconciliation/subsidiaries',
      );
      const choice = chooseSubsidiary(subsidiary, subsidiaries);
      if (!choice.ok) throw usageError(`--subsidiary: ${choice.problem}`);
      query.set('subsidiary', choice.subsidiary.id);
    }
    const report = await client.request<ReconciliationReport>('GET', `/v1/reconciliation?${query}`);

    if (format === 'json') print(context, JSON.stringify(report, null, 2));
    else if (format === 'csv') context.stdout.write(toCsv([[...BILL_COLUMNS], ...billRows(report)]));
    else {
      print(context, summaryLines(report).join('\n'));
      print(context, '');
      print(context, table([...BILL_COLUMNS], billRows(report, { grouped: true })));
    }
    return foundDifference(report) ? EXIT.failure : EXIT.ok;
  },
};

/** A period the relay would refuse is a mistake on the command line (exit 2), said before asking it. */
function checkPeriod(period: string): void {
  try {
    parsePeriod(period);
  } catch (error) {
    if (error instanceof PeriodError) throw usageError(`--period: ${error.message}`);
    throw error;
  }
}
