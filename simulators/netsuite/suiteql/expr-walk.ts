import type { Expr } from './ast';

/** Whether an expression reads any column (otherwise it is a constant for the whole query). */
export function hasColumns(expr: Expr): boolean {
  switch (expr.kind) {
    case 'column':
      return true;
    case 'literal':
    case 'star':
      return false;
    case 'call':
      return expr.args.some(hasColumns);
    case 'compare':
    case 'and':
    case 'or':
    case 'concat':
      return hasColumns(expr.left) || hasColumns(expr.right);
    case 'in':
      return hasColumns(expr.operand) || expr.list.some(hasColumns);
    case 'isNull':
    case 'not':
      return hasColumns(expr.operand);
    case 'like':
      return hasColumns(expr.operand) || hasColumns(expr.pattern);
  }
}
