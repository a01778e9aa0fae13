import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from './executor';

// Many rows through one bound parameter: the rows travel as a JSON array and SQLite unpacks
// them with json_each. A multi-row insert built by drizzle costs JavaScript work for every value
// and a statement with as many parameters to prepare; on the ingest path that cost exceeded the
// insert itself. Used where a commit writes many rows at once.

type Row<T extends SQLiteTable> = T['$inferInsert'];

/**
 * Inserts `rows` (all of one shape: the first row's keys name the columns; the others take their
 * column defaults). With `onConflict`, a row whose `target` already exists updates the `replace`
 * columns to the new row's values instead.
 */
export async function insertJsonRows<T extends SQLiteTable>(
  executor: Executor,
  table: T,
  rows: readonly Row<T>[],
  onConflict?: { target: readonly (keyof Row<T> & string)[]; replace: readonly (keyof Row<T> & string)[] },
): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]!);
  const name = columnNames(table);
  const columns = keys.map((key) => `"${name(key)}"`).join(', ');
  const values = keys.map((key) => `value ->> '$.${key}'`).join(', ');
  let statement = `insert into "${getTableName(table)}" (${columns}) select ${values} from json_each(?) where true`;
  if (onConflict) {
    const target = onConflict.target.map((key) => `"${name(key)}"`).join(', ');
    const set = onConflict.replace.map((key) => `"${name(key)}" = excluded."${name(key)}"`).join(', ');
    statement += ` on conflict (${target}) do update set ${set}`;
  }
  await executor.run(withJson(statement, rows));
}

/** `text` with its single `?` bound to `value` as JSON. */
export function withJson(text: string, value: unknown): SQL {
  const parts = text.split('?');
  if (parts.length !== 2) throw new Error(`withJson needs exactly one ? in: ${text}`);
  return sql`${sql.raw(parts[0]!)}${JSON.stringify(value)}${sql.raw(parts[1]!)}`;
}

function columnNames(table: SQLiteTable): (key: string) => string {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return (key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column for ${key}`);
    return column.name;
  };
}
