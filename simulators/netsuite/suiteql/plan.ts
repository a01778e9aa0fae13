import type { Expr, SelectStatement } from './ast';
import { hasColumns } from './expr-walk';
import { compileExpr, resolveColumn, type ScopeTable } from './compile';
import type { QuerySettings } from './functions';
import { SqlTime, type SqlValue } from './values';

// Access-path choices: an id lookup when the WHERE pins the base table's key, else a walk of the
// (last modified, id) index from the lower bound the WHERE implies.

function constant(expr: Expr, scope: readonly ScopeTable[], settings: QuerySettings): SqlValue {
  return compileExpr(expr, scope, settings)([]);
}

function isBaseColumn(expr: Expr, scope: readonly ScopeTable[], name: string): boolean {
  if (expr.kind !== 'column' || expr.name !== name) return false;
  return resolveColumn(scope, expr.table, expr.name).index === 0;
}

function conjuncts(expr: Expr | null): Expr[] {
  if (!expr) return [];
  return expr.kind === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

/** Keys for the base table's lookup, when a top-level conjunct is `column = constant` or `column IN (constants)`. */
export function findLookup(
  statement: SelectStatement,
  scope: readonly ScopeTable[],
  settings: QuerySettings,
): { column: string; keys: SqlValue[] } | null {
  const lookups = scope[0]?.table.lookup ?? {};
  for (const conjunct of conjuncts(statement.where)) {
    if (
      conjunct.kind === 'in' &&
      !conjunct.negated &&
      conjunct.operand.kind === 'column' &&
      !conjunct.list.some(hasColumns)
    ) {
      const column = conjunct.operand.name;
      if (lookups[column] && isBaseColumn(conjunct.operand, scope, column)) {
        return { column, keys: conjunct.list.map((item) => constant(item, scope, settings)) };
      }
    }
    if (conjunct.kind === 'compare' && conjunct.operator === '=') {
      for (const [side, other] of [
        [conjunct.left, conjunct.right],
        [conjunct.right, conjunct.left],
      ] as const) {
        if (
          side.kind === 'column' &&
          lookups[side.name] &&
          !hasColumns(other) &&
          isBaseColumn(side, scope, side.name)
        ) {
          return { column: side.name, keys: [constant(other, scope, settings)] };
        }
      }
    }
  }
  return null;
}

const FLIP = { '>': '<', '>=': '<=', '<': '>', '<=': '>=', '=': '=', '<>': '<>' } as const;

/** The smallest value of `column` (ms) a row can have and still pass the WHERE, if the WHERE says. */
export function lowerBound(
  expr: Expr | null,
  scope: readonly ScopeTable[],
  settings: QuerySettings,
  column: string,
): number | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'and') {
    const bounds = [lowerBound(expr.left, scope, settings, column), lowerBound(expr.right, scope, settings, column)];
    const known = bounds.filter((bound): bound is number => bound !== undefined);
    return known.length ? Math.max(...known) : undefined;
  }
  if (expr.kind === 'or') {
    const left = lowerBound(expr.left, scope, settings, column);
    const right = lowerBound(expr.right, scope, settings, column);
    return left === undefined || right === undefined ? undefined : Math.min(left, right);
  }
  if (expr.kind !== 'compare') return undefined;
  const forward = isBaseColumn(expr.left, scope, column) && !hasColumns(expr.right);
  const backward = isBaseColumn(expr.right, scope, column) && !hasColumns(expr.left);
  if (!forward && !backward) return undefined;
  const operator = forward ? expr.operator : FLIP[expr.operator];
  if (operator !== '>' && operator !== '>=' && operator !== '=') return undefined;
  const value = constant(forward ? expr.right : expr.left, scope, settings);
  return value instanceof SqlTime ? value.ms : undefined;
}
