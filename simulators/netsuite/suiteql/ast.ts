// The SuiteQL subset the poller sends (docs/architecture.md "Polling"), as a syntax tree.

export type CompareOperator = '=' | '<>' | '<' | '>' | '<=' | '>=';

export type Expr =
  | { kind: 'literal'; value: string | number | null }
  | { kind: 'column'; table: string | null; name: string }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'star' }
  | { kind: 'compare'; operator: CompareOperator; left: Expr; right: Expr }
  | { kind: 'in'; negated: boolean; operand: Expr; list: Expr[] }
  | { kind: 'isNull'; negated: boolean; operand: Expr }
  | { kind: 'like'; negated: boolean; operand: Expr; pattern: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; operand: Expr }
  | { kind: 'concat'; left: Expr; right: Expr };

export interface TableReference {
  table: string;
  alias: string | null;
}

export type SelectItem = { kind: 'all'; table: string | null } | { kind: 'expr'; expr: Expr; alias: string | null };

export interface SelectStatement {
  distinct: boolean;
  items: SelectItem[];
  from: TableReference;
  joins: { type: 'inner' | 'left'; table: TableReference; on: Expr }[];
  where: Expr | null;
  orderBy: { expr: Expr; descending: boolean }[];
  fetchFirst: number | null;
}
