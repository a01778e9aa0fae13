import type { Expr, SelectStatement } from './ast';
import { compileExpr, resolveColumn, type Compiled, type JoinedRow, type ScopeTable } from './compile';
import { SuiteQlError } from './errors';
import { valueToText, type QuerySettings } from './functions';
import { joinRows } from './join';
import { parseSuiteQl } from './parser';
import { findLookup, lowerBound } from './plan';
import type { TableDefinition } from './table';
import { compareValues, SqlTime, type SqlValue } from './values';

export interface QueryResult {
  /** Rows in the result (after FETCH FIRST); `totalResults` of the envelope. */
  total: number;
  /** The rows from `offset`, at most `limit`, as NetSuite sends them: lower-case keys, text values, nulls left out. */
  page(offset: number, limit: number): Record<string, string>[];
}

interface Output {
  name: string;
  value: Compiled;
}

function buildScope(statement: SelectStatement, tables: ReadonlyMap<string, TableDefinition>): ScopeTable[] {
  const scope: ScopeTable[] = [];
  for (const reference of [statement.from, ...statement.joins.map((join) => join.table)]) {
    const table = tables.get(reference.table);
    if (!table) throw new SuiteQlError(`Record '${reference.table}' was not found.`);
    const alias = reference.alias ?? reference.table;
    if (scope.some((entry) => entry.alias === alias)) throw new SuiteQlError(`table alias '${alias}' is used twice`);
    scope.push({ alias, table });
  }
  return scope;
}

function buildOutputs(
  statement: SelectStatement,
  scope: ScopeTable[],
  settings: QuerySettings,
): { outputs: Output[]; exprs: Map<string, Expr> } {
  const outputs: Output[] = [];
  const exprs = new Map<string, Expr>();
  let unnamed = 0;
  for (const item of statement.items) {
    if (item.kind === 'all') {
      if (item.table !== null && !scope.some((entry) => entry.alias === item.table)) {
        throw new SuiteQlError(`unknown table alias '${item.table}'`);
      }
      scope.forEach((entry) => {
        if (item.table !== null && entry.alias !== item.table) return;
        for (const name of Object.keys(entry.table.columns)) {
          const column = { kind: 'column' as const, table: entry.alias, name };
          outputs.push({ name, value: compileExpr(column, scope, settings) });
          exprs.set(name, column);
        }
      });
      continue;
    }
    const name = item.alias ?? (item.expr.kind === 'column' ? item.expr.name : `expr${++unnamed}`);
    outputs.push({ name, value: compileExpr(item.expr, scope, settings) });
    exprs.set(name, item.expr);
  }
  return { outputs, exprs };
}

/** ORDER BY may name a select alias or an ordinal, as in Oracle. */
function orderExpr(expr: Expr, statement: SelectStatement, exprs: Map<string, Expr>): Expr {
  if (expr.kind === 'column' && expr.table === null && exprs.has(expr.name)) return exprs.get(expr.name) as Expr;
  if (expr.kind === 'literal' && typeof expr.value === 'number') {
    const item = statement.items[expr.value - 1];
    if (item?.kind !== 'expr') throw new SuiteQlError(`ORDER BY position ${expr.value} is not in the select list`);
    return item.expr;
  }
  return expr;
}

function sortKeyCompare(a: SqlValue, b: SqlValue, descending: boolean): number {
  // Oracle puts nulls last when ascending, first when descending.
  if (a === null || b === null) return a === b ? 0 : (a === null ? 1 : -1) * (descending ? -1 : 1);
  const comparison = compareValues(a instanceof SqlTime || typeof a !== 'boolean' ? a : String(a), b) ?? 0;
  return descending ? -comparison : comparison;
}

/** Parses and runs one SuiteQL query against the account's tables. */
export function runSuiteQl(
  text: string,
  tables: ReadonlyMap<string, TableDefinition>,
  settings: QuerySettings,
): QueryResult {
  const statement = parseSuiteQl(text);
  const scope = buildScope(statement, tables);
  const base = scope[0] as ScopeTable;
  const where = statement.where ? compileExpr(statement.where, scope, settings) : null;
  const isCount =
    statement.items.length === 1 &&
    statement.items[0]?.kind === 'expr' &&
    statement.items[0].expr.kind === 'call' &&
    statement.items[0].expr.name === 'COUNT';
  const { outputs, exprs } = isCount
    ? { outputs: [], exprs: new Map<string, Expr>() }
    : buildOutputs(statement, scope, settings);
  const order = statement.orderBy.map((entry) => {
    const expr = orderExpr(entry.expr, statement, exprs);
    return { expr, descending: entry.descending, value: compileExpr(expr, scope, settings) };
  });

  const lookup = findLookup(statement, scope, settings);
  const ordered = base.table.ordered;
  let source: Iterable<unknown>;
  let inIndexOrder = false;
  if (lookup) source = (base.table.lookup?.[lookup.column] as (keys: SqlValue[]) => Iterable<unknown>)(lookup.keys);
  else if (ordered) {
    source = ordered.scan(lowerBound(statement.where, scope, settings, ordered.column));
    inIndexOrder = true;
  } else source = base.table.scan();

  const isBase = (expr: Expr, name: string) =>
    expr.kind === 'column' && expr.name === name && resolveColumn(scope, expr.table, name).index === 0;
  const orderIsIndexOrder =
    inIndexOrder &&
    ordered !== undefined &&
    order.length >= 1 &&
    order.length <= 2 &&
    !order.some((entry) => entry.descending) &&
    isBase(order[0]?.expr as Expr, ordered.column) &&
    (order.length === 1 || isBase(order[1]?.expr as Expr, 'id'));
  const needsSort = order.length > 0 && !orderIsIndexOrder;
  // With the order already given by the index (or no order asked), FETCH FIRST can stop the walk early.
  const stopAt =
    statement.fetchFirst !== null && !needsSort && !statement.distinct
      ? statement.fetchFirst
      : Number.POSITIVE_INFINITY;

  let rows: JoinedRow[] = [];
  for (const row of joinRows(source, statement, scope, settings)) {
    if (where && where(row) !== true) continue;
    rows.push(row);
    if (rows.length >= stopAt) break;
  }
  if (isCount) return countResult(rows.length);
  if (needsSort) {
    const decorated = rows.map((row) => ({ row, keys: order.map((entry) => entry.value(row)) }));
    decorated.sort((a, b) => {
      for (let index = 0; index < order.length; index++) {
        const comparison = sortKeyCompare(
          a.keys[index] ?? null,
          b.keys[index] ?? null,
          order[index]?.descending ?? false,
        );
        if (comparison !== 0) return comparison;
      }
      return 0;
    });
    rows = decorated.map((entry) => entry.row);
  }
  const project = (row: JoinedRow) => {
    const item: Record<string, string> = {};
    for (const output of outputs) {
      const value = valueToText(output.value(row), settings);
      if (value !== null) item[output.name] = value;
    }
    return item;
  };
  if (statement.distinct) {
    const seen = new Set<string>();
    rows = rows.filter((row) => {
      const key = JSON.stringify(project(row));
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  if (statement.fetchFirst !== null) rows = rows.slice(0, statement.fetchFirst);
  return { total: rows.length, page: (offset, limit) => rows.slice(offset, offset + limit).map(project) };
}

function countResult(count: number): QueryResult {
  return { total: 1, page: (offset) => (offset === 0 ? [{ expr1: String(count) }] : []) };
}
