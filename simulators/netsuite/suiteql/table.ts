import type { SqlValue } from './values';

export interface ColumnDefinition<Row> {
  get(row: Row): SqlValue;
  /** `BUILTIN.DF(column)`: the display text of a reference; absent means the value itself. */
  display?(row: Row): string | null;
}

export interface TableDefinition<Row = unknown> {
  name: string;
  columns: Record<string, ColumnDefinition<Row>>;
  scan(): Iterable<Row>;
  /** Rows ordered by (column, id) from a lower bound on `column`: the keyset fast path. */
  ordered?: { column: string; scan(from?: number): Iterable<Row> };
  /** Rows whose column equals one of the values (ids, `transactionline.transaction`). */
  lookup?: Record<string, (keys: SqlValue[]) => Iterable<Row>>;
}

/** Helper keeping each table's row type while the registry stores them side by side. */
export function defineTable<Row>(table: TableDefinition<Row>): TableDefinition {
  return table as unknown as TableDefinition;
}
