import type { Expr } from './ast';
import { SuiteQlError } from './errors';
import { hasColumns } from './expr-walk';
import { lookupFunction, valueToText, type QuerySettings } from './functions';
import type { ColumnDefinition, TableDefinition } from './table';
import { compareValues, type SqlValue } from './values';

/** One row of the FROM clause after joins: a row per table, null where a LEFT JOIN found nothing. */
export type JoinedRow = readonly unknown[];
export type Compiled = (row: JoinedRow) => SqlValue;

export interface ScopeTable {
  alias: string;
  table: TableDefinition;
}

export interface ResolvedColumn {
  index: number;
  name: string;
  definition: ColumnDefinition<unknown>;
}

/** Finds `alias.column` or a bare `column` among the FROM tables; NetSuite's errors name the field. */
export function resolveColumn(scope: readonly ScopeTable[], tableName: string | null, name: string): ResolvedColumn {
  const candidates = scope
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => tableName === null || entry.alias === tableName);
  if (tableName !== null && candidates.length === 0) throw new SuiteQlError(`unknown table alias '${tableName}'`);
  const matches = candidates.filter(({ entry }) => Object.hasOwn(entry.table.columns, name));
  if (matches.length === 0) {
    const where = tableName ?? scope[0]?.table.name ?? '';
    throw new SuiteQlError(
      `Field '${name}' for record '${where}' was not found. Reason: NOT_EXPOSED - Not available for channel SEARCH`,
    );
  }
  if (matches.length > 1) throw new SuiteQlError(`column '${name}' is ambiguous; qualify it with a table alias`);
  const match = matches[0] as { entry: ScopeTable; index: number };
  return { index: match.index, name, definition: match.entry.table.columns[name] as ColumnDefinition<unknown> };
}

function likeToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${escaped}$`, 's');
}

function truth(value: SqlValue): boolean | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value;
  throw new SuiteQlError('expected a condition');
}

/** Compiles an expression into a closure over joined rows. */
export function compileExpr(expr: Expr, scope: readonly ScopeTable[], settings: QuerySettings): Compiled {
  const compile = (inner: Expr) => compileExpr(inner, scope, settings);
  switch (expr.kind) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'column': {
      const { index, definition } = resolveColumn(scope, expr.table, expr.name);
      return (row) => {
        const source = row[index];
        return source === null || source === undefined ? null : definition.get(source);
      };
    }
    case 'star':
      throw new SuiteQlError('* is only allowed in COUNT(*)');
    case 'call': {
      if (expr.name === 'BUILTIN.DF') {
        const [argument] = expr.args;
        if (expr.args.length !== 1 || argument?.kind !== 'column')
          throw new SuiteQlError('BUILTIN.DF takes one column');
        const { index, definition } = resolveColumn(scope, argument.table, argument.name);
        return (row) => {
          const source = row[index];
          if (source === null || source === undefined) return null;
          return definition.display ? definition.display(source) : valueToText(definition.get(source), settings);
        };
      }
      if (expr.name === 'COUNT') throw new SuiteQlError('COUNT is only supported alone in the select list');
      const run = lookupFunction(expr.name, expr.args.length);
      const args = expr.args.map(compile);
      const evaluate = (row: JoinedRow) =>
        run(
          args.map((argument) => argument(row)),
          settings,
        );
      if (hasColumns(expr)) return evaluate;
      // TO_TIMESTAMP('…') and friends are evaluated once per query, not once per row.
      let cached: { value: SqlValue } | null = null;
      return (row) => (cached ??= { value: evaluate(row) }).value;
    }
    case 'compare': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      const test = {
        '=': (c: number) => c === 0,
        '<>': (c: number) => c !== 0,
        '<': (c: number) => c < 0,
        '>': (c: number) => c > 0,
        '<=': (c: number) => c <= 0,
        '>=': (c: number) => c >= 0,
      }[expr.operator];
      return (row) => {
        const comparison = compareValues(left(row), right(row));
        return comparison === null ? null : test(comparison);
      };
    }
    case 'in': {
      const operand = compile(expr.operand);
      const list = expr.list.map(compile);
      return (row) => {
        const value = operand(row);
        if (value === null) return null;
        let sawNull = false;
        for (const candidate of list) {
          const comparison = compareValues(value, candidate(row));
          if (comparison === 0) return !expr.negated;
          if (comparison === null) sawNull = true;
        }
        return sawNull ? null : expr.negated;
      };
    }
    case 'isNull': {
      const operand = compile(expr.operand);
      return (row) => (operand(row) === null) !== expr.negated;
    }
    case 'like': {
      const operand = compile(expr.operand);
      const pattern = compile(expr.pattern);
      return (row) => {
        const value = operand(row);
        const like = pattern(row);
        if (value === null || like === null) return null;
        return likeToRegExp(String(like)).test(String(valueToText(value, settings))) !== expr.negated;
      };
    }
    case 'and': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      return (row) => {
        const a = truth(left(row));
        if (a === false) return false;
        const b = truth(right(row));
        return b === false ? false : a === null || b === null ? null : true;
      };
    }
    case 'or': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      return (row) => {
        const a = truth(left(row));
        if (a === true) return true;
        const b = truth(right(row));
        return b === true ? true : a === null || b === null ? null : false;
      };
    }
    case 'not': {
      const operand = compile(expr.operand);
      return (row) => {
        const value = truth(operand(row));
        return value === null ? null : !value;
      };
    }
    case 'concat': {
      const left = compile(expr.left);
      const right = compile(expr.right);
      return (row) => (valueToText(left(row), settings) ?? '') + (valueToText(right(row), settings) ?? '');
    }
  }
}
