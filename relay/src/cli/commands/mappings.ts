import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { parseCsv, toCsv } from '../csv';
import { CliError, EXIT, usageError } from '../errors';
import { readAll } from '../read-stdin';
// A type only: nothing of the relay's HTTP side loads with the command.
import type { ExportRow } from '../../http/mapping-coverage';

// Manual mappings as CSV, in the codes and names people know, ids beside them:
// `kind,netsuite,netsuite_id,procurify,procurify_id,note,candidates`. `netsuite` is the GL account's
// number and name or the department's full name; `procurify` the Procurify account code and its
// description, or the department's name. Export adds, with --gaps, a row to fill in for every GL
// account or department that does not map, with what Procurify offers in `candidates`. On import,
// either column of a side will do (a name, or an id); a value the relay does not know is refused with
// its row and the reason, and then nothing is applied. An empty Procurify value removes a mapping.

// As `MAPPING_KINDS` in store/mapping-overrides.ts, which the CLI does not load (it starts faster without the store).
const KINDS = ['accounts', 'departments', 'vendors'] as const;
type Kind = (typeof KINDS)[number];
const HEADER = ['kind', 'netsuite', 'netsuite_id', 'procurify', 'procurify_id', 'note', 'candidates'];

interface ExportAnswer {
  rows: ExportRow[];
  elsewhere: { label: string; message: string; waiting: { recordType: string; recordId: string }[] }[];
}

export const mappingsExportCommand: Command = {
  name: 'mappings export',
  summary: 'write the manual mappings (and, with --gaps, what does not map yet) as CSV',
  help: `Usage: mlc mappings export [--kind accounts|departments|vendors] [--gaps] [--out FILE]

Columns: kind, netsuite (account number and name, or department), netsuite_id, procurify (account
code, or department), procurify_id, note, candidates.

  --kind KIND        one kind only (default all three)
  --gaps             add a row to fill in for each GL account or department that does not map, with
                     the records waiting in the note and what Procurify offers in candidates
  --out FILE         write to FILE instead of standard output
${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS, kind: { type: 'string' }, gaps: { type: 'boolean' }, out: { type: 'string' } },
  async run(args, context) {
    const kind = stringOption(args, 'kind');
    if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
      throw usageError(`--kind must be one of ${KINDS.join(', ')}.`);
    }
    const client = createAdminClient(context, args);
    const query = new URLSearchParams({ ...(kind ? { kind } : {}), gaps: args.values.gaps ? 'true' : 'false' });
    const answer = await client.request<ExportAnswer>('GET', `/v1/mappings/export?${query.toString()}`);
    const rows: string[][] = [HEADER];
    for (const row of answer.rows) {
      rows.push([row.kind, row.netsuite, row.netsuiteId, row.procurify, row.procurifyId, row.note, row.candidates]);
    }
    const out = stringOption(args, 'out');
    if (out) {
      writeFileSync(path.resolve(context.cwd, out), toCsv(rows));
      print(context, `Wrote ${rows.length - 1} mapping row(s) to ${out}.`);
    } else context.stdout.write(toCsv(rows));
    // Gaps a mapping cannot fix (a currency, an item without an expense account, a vendor not synced).
    for (const gap of answer.elsewhere) {
      const waiting = gap.waiting.map((key) => `${key.recordType} ${key.recordId}`).join(', ');
      context.stderr.write(`Not in the file: ${gap.label} holds back ${waiting}. ${gap.message}\n`);
    }
    return EXIT.ok;
  },
};

export const mappingsImportCommand: Command = {
  name: 'mappings import',
  summary: 'apply manual mappings from a CSV file (as `mlc mappings export` writes it); `-` reads standard input',
  help: `Usage: mlc mappings import FILE|- [--dry-run]

The CSV has a header with kind and, for each side, a name column or an id column or both
(netsuite, netsuite_id, procurify, procurify_id), as \`mlc mappings export\` writes it. A GL account
is named by its number (5300) or name, a Procurify account code by its code (6400), departments by
name. A row with a Procurify value sets or replaces a mapping; an empty one removes it. A value the
relay does not know, or that names two records, is refused with its row and the reason, and then
nothing is applied (exit 1). Records waiting in needs_mapping are tried again at once.

  --dry-run          check every row and say what would change, change nothing
${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: 'one FILE (or - for standard input)' },
  async run(args, context) {
    const source = args.positionals[0]!;
    let text: string;
    try {
      text = source === '-' ? await readAll(context.stdin) : readFileSync(path.resolve(context.cwd, source), 'utf8');
    } catch {
      throw new CliError(`cannot read ${source}.`);
    }
    const rows = parseMappingCsv(text);
    if (rows.length === 0) {
      print(context, 'The file has no mapping rows.');
      return EXIT.ok;
    }
    const dryRun = args.values['dry-run'] === true;
    const client = createAdminClient(context, args);
    const answer = await client.exchange<ImportAnswer>('POST', '/v1/mappings/import', { rows, dryRun });
    if (answer.status !== 200) {
      const error = answer.body?.error;
      if (error?.rows) {
        for (const refused of error.rows) context.stderr.write(`row ${refused.row}: ${refused.reason}\n`);
        context.stderr.write(`${error.rows.length} row(s) refused; nothing was applied.\n`);
      } else context.stderr.write(`The relay answered ${answer.status}: ${error?.message ?? 'no reason given'}\n`);
      return EXIT.failure;
    }
    const { applied, skipped, requeued } = answer.body!;
    const counts = KINDS.map((kind) => `${kind} ${applied?.[kind] ?? 0}`).join(', ');
    print(
      context,
      `${dryRun ? 'Would change' : 'Changed'} ${counts}; ${skipped ?? 0} row(s) already as they are or left empty.` +
        (dryRun ? '' : ` ${requeued ?? 0} waiting record(s) queued again.`),
    );
    return EXIT.ok;
  },
};

interface ImportAnswer {
  applied?: Record<Kind, number>;
  skipped?: number;
  requeued?: number;
  error?: { message?: string; rows?: { row: number; reason: string }[] };
}

/** A row as the relay takes it: its number in the file (the header is row 1). */
export interface CsvMappingRow {
  row: number;
  kind: Kind;
  netsuiteId?: string;
  netsuite?: string;
  procurifyId?: string;
  procurify?: string;
}

/** The rows of the file; a malformed file, a missing column or an unknown kind is a usage error naming its row. */
export function parseMappingCsv(text: string): CsvMappingRow[] {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw usageError(`the CSV is malformed: ${(error as Error).message}.`);
  }
  const [header, ...body] = rows;
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const has = (name: string) => at(name) >= 0;
  if (!has('kind') || !(has('netsuite') || has('netsuite_id')) || !(has('procurify') || has('procurify_id'))) {
    throw usageError(
      'the CSV needs the header kind,netsuite,netsuite_id,procurify,procurify_id (as `mlc mappings export` writes it; one column of each side will do).',
    );
  }
  const cell = (row: string[], name: string) => (has(name) ? (row[at(name)] ?? '').trim() : '');
  return body.map((row, index) => {
    const number = index + 2;
    const kind = cell(row, 'kind');
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw usageError(`row ${number}: kind must be one of ${KINDS.join(', ')}; got "${kind}".`);
    }
    return {
      row: number,
      kind: kind as Kind,
      netsuite: cell(row, 'netsuite'),
      netsuiteId: cell(row, 'netsuite_id'),
      procurify: unquoteFormula(cell(row, 'procurify')),
      procurifyId: cell(row, 'procurify_id'),
    };
  });
}

/** `toCsv` writes a leading = + - @ behind a quote mark, so a spreadsheet does not run it; undo that. */
function unquoteFormula(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
