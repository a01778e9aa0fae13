import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print, type CliContext } from '../context';
import { CliError, EXIT, usageError } from '../errors';

// Starts a backfill on the relay (`POST /v1/sync/backfill`) and follows it (`GET`) with a
// progress bar until it is done. The relay does the work; Ctrl-C stops following, not the run.

interface BackfillRun {
  id: number;
  since: string;
  status: 'running' | 'done' | 'failed';
  dryRun: boolean;
  progress: Record<
    string,
    {
      done: boolean;
      scanned: number;
      accepted: number;
      outcomes?: Record<string, number>;
      reasons?: Record<string, number>;
    }
  >;
  /** Dry runs: the predicted outcomes and their reasons, added up over the record types. */
  outcomes?: Record<string, number>;
  reasons?: Record<string, number>;
  message: string | null;
}

const POLL_MS = 500;

export const backfillCommand: Command = {
  name: 'backfill',
  summary: 'sync every NetSuite record changed since a date, with a progress bar',
  help: `Usage: mlc backfill --since YYYY-MM-DD [--dry-run] [--no-wait]
       mlc backfill --status

  --since DATE   read vendors, bills and purchase orders changed on or after DATE
  --dry-run      send nothing; count what would be sent and what each record would lead to
  --no-wait      start it and return; follow later with --status
  --status       show the latest backfill
${RELAY_OPTIONS_HELP}

A backfill that is already running is followed instead of started twice. Exit code 1 when the run
failed, or a dry run predicts a failure or a missing mapping.

A dry run predicts each record's outcome with the mapping engine, not a full preview (that would
cost several Procurify reads per record):
  would_write     written to Procurify (created or updated)
  would_link      a bill whose invoice number Procurify already has for the vendor
  unchanged       maps to exactly what was last written (a field Procurify does not hold changed, say)
  needs_mapping   not written, with the issue codes (failed: only a NetSuite change fixes it,
                  e.g. a synced bill's lines changed, which Procurify's API cannot take)
  skipped         bill not approved, bill writing off; purchase orders (never written)
  deleted         deleted in NetSuite (a vendor is deactivated in Procurify)
It reads Procurify once or twice per vendor, never per bill, and writes nothing to Procurify,
NetSuite or the relay's records. \`mlc replay --dry-run\` previews one record in full.`,
  options: {
    ...RELAY_OPTIONS,
    since: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-wait': { type: 'boolean' },
    status: { type: 'boolean' },
  },
  async run(args, context) {
    const since = stringOption(args, 'since');
    if (!args.values.status && since === undefined) throw usageError('give --since YYYY-MM-DD (or --status).');
    if (since !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`)))) {
      throw usageError('--since must be a date as YYYY-MM-DD.');
    }
    const client = createAdminClient(context, args);

    let run: BackfillRun | null;
    if (args.values.status) {
      run = (await client.request<{ backfill: BackfillRun | null }>('GET', '/v1/sync/backfill')).backfill;
      if (!run) {
        print(context, 'No backfill has run yet.');
        return EXIT.ok;
      }
      print(context, progressLine(run));
      printOutcomes(context, run);
      return run.status === 'failed' || predictsProblems(run) ? EXIT.failure : EXIT.ok;
    }

    const started = await client.exchange<{
      backfill?: BackfillRun;
      error?: { code: string; message: string; backfill?: BackfillRun };
    }>('POST', '/v1/sync/backfill', { since, dryRun: args.values['dry-run'] === true });
    if (started.status === 202 && started.body.backfill) {
      run = started.body.backfill;
      print(
        context,
        `Backfill ${run.id} started: records changed since ${run.since}${run.dryRun ? ' (dry run)' : ''}.`,
      );
    } else if (started.status === 409) {
      run = (await client.request<{ backfill: BackfillRun | null }>('GET', '/v1/sync/backfill')).backfill;
      print(context, `A backfill is already running (${started.body.error?.message ?? 'conflict'}); following it.`);
    } else {
      throw new CliError(
        `The relay refused the backfill (${started.status}): ${started.body.error?.message ?? 'no reason given'}`,
      );
    }
    if (!run || args.values['no-wait']) return EXIT.ok;
    return follow(client, run, context);
  },
};

async function follow(
  client: ReturnType<typeof createAdminClient>,
  first: BackfillRun,
  context: CliContext,
): Promise<number> {
  const tty = context.stdout.isTTY === true;
  let run = first;
  let last = '';
  let stopped = false;
  void context.stopSignal.then(() => (stopped = true));
  for (;;) {
    const line = progressLine(run);
    if (tty) context.stdout.write(`\r${line.padEnd(last.length)}`);
    else if (line !== last) print(context, line);
    last = line;
    if (run.status !== 'running') break;
    if (stopped) {
      if (tty) print(context);
      print(context, 'Stopped following; the backfill goes on in the relay (`mlc backfill --status`).');
      return EXIT.ok;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const current = (await client.request<{ backfill: BackfillRun | null }>('GET', '/v1/sync/backfill')).backfill;
    if (current && current.id === run.id) run = current;
  }
  if (tty) print(context);
  if (run.status === 'failed') {
    print(context, `Backfill ${run.id} failed: ${run.message ?? 'no reason given'}`);
    return EXIT.failure;
  }
  const totals = Object.values(run.progress).reduce((sum, scope) => sum + scope.accepted, 0);
  print(
    context,
    `Backfill ${run.id} done: ${totals} record version(s) ${run.dryRun ? 'would be' : 'were'} sent to the sync.`,
  );
  printOutcomes(context, run);
  return predictsProblems(run) ? EXIT.failure : EXIT.ok;
}

/** A dry run that predicts failures or missing mappings exits 1, as `mlc replay --dry-run` does. */
function predictsProblems(run: BackfillRun): boolean {
  return run.dryRun && ((run.outcomes?.failed ?? 0) > 0 || (run.outcomes?.needs_mapping ?? 0) > 0);
}

const OUTCOME_ORDER = ['would_write', 'would_link', 'unchanged', 'needs_mapping', 'failed', 'skipped', 'deleted'];

/**
 * A dry run's predicted outcomes, one line each with the record types, then their reasons:
 * `  needs_mapping   10  (vendor 2, vendorbill 8)` / `      unmapped_currency  1`.
 */
function printOutcomes(context: CliContext, run: BackfillRun): void {
  if (!run.outcomes) return;
  const outcomes = Object.keys(run.outcomes).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  print(context, outcomes.length > 0 ? 'Predicted outcomes:' : 'Predicted outcomes: none (nothing would be sent).');
  for (const outcome of outcomes) {
    const byType = Object.entries(run.progress)
      .filter(([, scope]) => (scope.outcomes?.[outcome] ?? 0) > 0)
      .map(([type, scope]) => `${type} ${scope.outcomes![outcome]!.toLocaleString('en-US')}`);
    print(
      context,
      `  ${outcome.padEnd(14)}${run.outcomes[outcome]!.toLocaleString('en-US').padStart(8)}  (${byType.join(', ')})`,
    );
    for (const [key, count] of Object.entries(run.reasons ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      if (key.startsWith(`${outcome}:`))
        print(context, `      ${key.slice(outcome.length + 1)}  ${count.toLocaleString('en-US')}`);
    }
  }
}

function rank(outcome: string): number {
  const index = OUTCOME_ORDER.indexOf(outcome);
  return index === -1 ? OUTCOME_ORDER.length : index;
}

/** `[######----] 2/4 vendor ✓ vendorbill 1200 … · 1,250 scanned · 1,200 sent`. */
export function progressLine(run: BackfillRun): string {
  const scopes = Object.entries(run.progress);
  const done = scopes.filter(([, scope]) => scope.done).length;
  const total = Math.max(scopes.length, 1);
  const width = 20;
  const filled = run.status === 'done' ? width : Math.round((done / total) * width);
  const scanned = scopes.reduce((sum, [, scope]) => sum + scope.scanned, 0);
  const accepted = scopes.reduce((sum, [, scope]) => sum + scope.accepted, 0);
  const parts = scopes.map(([name, scope]) => `${name} ${scope.done ? '✓' : scope.scanned}`).join('  ');
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${scopes.length} ${run.status}  ${parts}  · ${scanned.toLocaleString('en-US')} scanned · ${accepted.toLocaleString('en-US')} sent`;
}
