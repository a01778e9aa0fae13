import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { parseCsv, toCsv } from '../csv';
import { CliError, EXIT, usageError } from '../errors';
import { readAll } from '../read-stdin';
import { loadCliConfig } from '../settings';

// Manual mappings as CSV: `kind,netsuite_id,procurify_id,note`. Export adds, with --gaps, a row
// with an empty procurify_id for every NetSuite account or department that does not map, so the
// file can be filled in and imported. An empty procurify_id on import removes an override.

const KINDS = ['accounts', 'departments', 'vendors'] as const;
type Kind = (typeof KINDS)[number];
const HEADER = ['kind', 'netsuite_id', 'procurify_id', 'note'];

interface Coverage {
  accounts: { netsuiteId: string; fullName: string; message: string }[];
  departments: { netsuiteId: string; fullName: string; message: string }[];
}

export const mappingsExportCommand: Command = {
  name: 'mappings export',
  summary: 'write the manual mappings (and, with --gaps, what does not map yet) as CSV',
  help: `Usage: mlc mappings export [--kind accounts|departments|vendors] [--gaps] [--out FILE]

  --kind KIND        one kind only (default all three)
  --gaps             add a row with an empty procurify_id for each unmapped NetSuite account or department
  --out FILE         write to FILE instead of standard output
${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS, kind: { type: 'string' }, gaps: { type: 'boolean' }, out: { type: 'string' } },
  async run(args, context) {
    const kinds = chosenKinds(stringOption(args, 'kind'));
    const client = createAdminClient(loadCliConfig(context), args);
    const rows: string[][] = [HEADER];
    for (const kind of kinds) {
      const { overrides } = await client.request<{ overrides: { netsuiteId: string; procurifyId: string }[] }>(
        'GET',
        `/v1/mappings/${kind}`,
      );
      for (const pair of overrides) rows.push([kind, pair.netsuiteId, pair.procurifyId, '']);
    }
    if (args.values.gaps) {
      const coverage = await client.request<Coverage>('GET', '/v1/mappings/coverage');
      for (const kind of ['accounts', 'departments'] as const) {
        if (!kinds.includes(kind)) continue;
        for (const gap of coverage[kind]) rows.push([kind, gap.netsuiteId, '', `${gap.fullName}: ${gap.message}`]);
      }
    }
    const out = stringOption(args, 'out');
    if (out) {
      writeFileSync(path.resolve(context.cwd, out), toCsv(rows));
      print(context, `Wrote ${rows.length - 1} mapping row(s) to ${out}.`);
    } else context.stdout.write(toCsv(rows));
    return EXIT.ok;
  },
};

export const mappingsImportCommand: Command = {
  name: 'mappings import',
  summary: 'apply manual mappings from a CSV file (kind,netsuite_id,procurify_id); `-` reads standard input',
  help: `Usage: mlc mappings import FILE|-

The CSV has the header kind,netsuite_id,procurify_id[,note] (as \`mlc mappings export\` writes it).
Rows with a procurify_id set or replace an override; an empty procurify_id removes it. Records
waiting in needs_mapping are checked again at once.

${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS },
  positionals: { min: 1, max: 1, names: 'one FILE (or - for standard input)' },
  async run(args, context) {
    const source = args.positionals[0]!;
    let text: string;
    try {
      text = source === '-' ? await readAll(context.stdin) : readFileSync(path.resolve(context.cwd, source), 'utf8');
    } catch {
      throw new CliError(`cannot read ${source}.`);
    }
    const byKind = parseMappingCsv(text);
    const client = createAdminClient(loadCliConfig(context), args);
    for (const [kind, pairs] of byKind) {
      const result = await client.request<{ overrides: unknown[] }>('PUT', `/v1/mappings/${kind}`, pairs);
      print(context, `${kind}: ${pairs.length} row(s) applied; ${result.overrides.length} override(s) now.`);
    }
    if (byKind.size === 0) print(context, 'The file has no mapping rows.');
    return EXIT.ok;
  },
};

function chosenKinds(kind: string | undefined): readonly Kind[] {
  if (kind === undefined) return KINDS;
  if (!(KINDS as readonly string[]).includes(kind)) throw usageError(`--kind must be one of ${KINDS.join(', ')}.`);
  return [kind as Kind];
}

/** Rows grouped by kind; a bad row is a usage error naming its line. */
export function parseMappingCsv(text: string): Map<Kind, { netsuiteId: string; procurifyId: string | null }[]> {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw usageError(`the CSV is malformed: ${(error as Error).message}.`);
  }
  const [header, ...body] = rows;
  const columns = (header ?? []).map((cell) => cell.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('kind') < 0 || at('netsuite_id') < 0 || at('procurify_id') < 0) {
    throw usageError('the CSV needs the header kind,netsuite_id,procurify_id (as `mlc mappings export` writes it).');
  }
  const byKind = new Map<Kind, { netsuiteId: string; procurifyId: string | null }[]>();
  body.forEach((row, index) => {
    const line = index + 2;
    const kind = (row[at('kind')] ?? '').trim();
    const netsuiteId = (row[at('netsuite_id')] ?? '').trim();
    const procurifyId = (row[at('procurify_id')] ?? '').trim();
    if (!(KINDS as readonly string[]).includes(kind))
      throw usageError(`line ${line}: kind must be one of ${KINDS.join(', ')}.`);
    if (!/^\d+$/.test(netsuiteId)) throw usageError(`line ${line}: netsuite_id must be a NetSuite internal id.`);
    if (procurifyId !== '' && !/^\d+$/.test(procurifyId))
      throw usageError(`line ${line}: procurify_id must be a Procurify id or empty.`);
    const list = byKind.get(kind as Kind) ?? [];
    list.push({ netsuiteId, procurifyId: procurifyId === '' ? null : procurifyId });
    byKind.set(kind as Kind, list);
  });
  return byKind;
}
