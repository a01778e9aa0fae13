// N/query.runSuiteQL (10 units) over the REST simulator's SuiteQL engine, plus custom record tables.
// `?` placeholders take the `params` values as escaped literals.
import { parseSuiteQl } from '../../suiteql/parser';
import { runSuiteQl } from '../../suiteql/execute';
import { SuiteQlError } from '../../suiteql/errors';
import { createTables } from '../../suiteql/tables';
import type { Engine } from '../engine';
import { COSTS, MODEL_MS } from '../governance';
import { SuiteScriptError } from '../script-error';

function literal(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? "'T'" : "'F'";
  if (value === null || value === undefined) return 'NULL';
  return `'${String(value).replace(/'/g, "''")}'`;
}

export function bindParams(query: string, params: readonly unknown[] = []): string {
  let index = 0;
  const bound = query.replace(/'(?:[^']|'')*'|\?/g, (token) => {
    if (token !== '?') return token;
    if (index >= params.length) throw new SuiteScriptError('SSS_INVALID_PARAMETER', 'More ? placeholders than params');
    return literal(params[index++]);
  });
  if (index !== params.length) throw new SuiteScriptError('SSS_INVALID_PARAMETER', 'More params than ? placeholders');
  return bound;
}

function columnNames(query: string, rows: Record<string, string>[]): string[] {
  const names: string[] = [];
  for (const item of parseSuiteQl(query).items) {
    if (item.kind === 'expr')
      names.push((item.alias ?? (item.expr.kind === 'column' ? item.expr.name : '')).toLowerCase());
  }
  for (const row of rows) for (const key of Object.keys(row)) if (!names.includes(key)) names.push(key);
  return names.filter(Boolean);
}

export function createQueryModule(engine: Engine) {
  return {
    runSuiteQL(options: { query: string; params?: unknown[] } | string) {
      const request = typeof options === 'string' ? { query: options } : options;
      engine.charge('query.runSuiteQL', COSTS.query, MODEL_MS.query);
      const query = bindParams(request.query, request.params);
      const tables = createTables({
        store: engine.store,
        timeZone: engine.settings.timeZone,
        deletedTypeStyle: 'recordtype',
      });
      for (const table of engine.customRecords.tables()) tables.set(table.name, table);
      let rows: Record<string, string>[];
      try {
        const result = runSuiteQl(query, tables, {
          timeZone: engine.settings.timeZone,
          dateFormat: engine.settings.dateFormat,
        });
        rows = result.page(0, 5000);
      } catch (error) {
        if (error instanceof SuiteQlError)
          throw new SuiteScriptError('SSS_SEARCH_ERROR_OCCURRED', `Search error occurred: ${error.message}`);
        throw error;
      }
      const names = columnNames(query, rows);
      const mapped = rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name] ?? null])));
      return {
        types: names.map(() => 'STRING'),
        columns: names.map((label) => ({ label, fieldId: label })),
        results: mapped.map((row) => ({ values: names.map((name) => row[name]), asMap: () => ({ ...row }) })),
        asMappedResults: () => mapped.map((row) => ({ ...row })),
      };
    },
  };
}
