import type { SuiteQlRow } from '../netsuite';
import type { Ref } from '../../../suiteapp/src/lib/snapshot-types';
import { textOrNull } from '../../../suiteapp/src/lib/field-values';

// SuiteQL rows: every value a string (some clients see numbers), NULL columns left out.

export function text(row: SuiteQlRow, column: string): string | null {
  return textOrNull(row[column]);
}

/** A select column and its `BUILTIN.DF` display column as `{ id, name }`, or null when empty. */
export function ref(row: SuiteQlRow, idColumn: string, nameColumn: string): Ref | null {
  const id = text(row, idColumn);
  return id === null ? null : { id, name: text(row, nameColumn) ?? '' };
}

/** Rows grouped by a column, keeping their order. */
export function groupBy(rows: readonly SuiteQlRow[], column: string): Map<string, SuiteQlRow[]> {
  const groups = new Map<string, SuiteQlRow[]>();
  for (const row of rows) {
    const key = String(row[column]);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
