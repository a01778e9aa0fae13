import type { SelectStatement } from './ast';
import { compileExpr, resolveColumn, type Compiled, type JoinedRow, type ScopeTable } from './compile';
import type { QuerySettings } from './functions';
import { hasColumns } from './expr-walk';
import { joinKey } from './values';

type Matcher = (row: JoinedRow) => Iterable<unknown>;

/**
 * How one JOIN finds its rows: an equality on a column of the joined table uses that table's lookup
 * (ids) or a hash built once per query; any other ON falls back to a loop over the table.
 */
function matcherFor(
  join: SelectStatement['joins'][number],
  position: number,
  scope: readonly ScopeTable[],
  settings: QuerySettings,
): Matcher {
  const joined = scope[position] as ScopeTable;
  const on = join.on;
  if (on.kind === 'compare' && on.operator === '=') {
    for (const [inner, outer] of [
      [on.left, on.right],
      [on.right, on.left],
    ] as const) {
      if (inner.kind !== 'column' || !hasColumns(outer)) continue;
      const resolved = resolveColumn(scope, inner.table, inner.name);
      if (resolved.index !== position) continue;
      const outerValue = compileExpr(outer, scope, settings);
      const lookup = joined.table.lookup?.[inner.name];
      if (lookup) return (row) => lookup([outerValue(row)]);
      let hash: Map<string, unknown[]> | null = null;
      return (row) => {
        if (!hash) {
          hash = new Map();
          for (const candidate of joined.table.scan()) {
            const key = joinKey(resolved.definition.get(candidate));
            if (key === null) continue;
            const bucket = hash.get(key);
            if (bucket) bucket.push(candidate);
            else hash.set(key, [candidate]);
          }
        }
        const key = joinKey(outerValue(row));
        return key === null ? [] : (hash.get(key) ?? []);
      };
    }
  }
  const condition: Compiled = compileExpr(on, scope, settings);
  let all: unknown[] | null = null;
  return (row) => {
    all ??= [...joined.table.scan()];
    return all.filter((candidate) => {
      const extended = [...row];
      extended[position] = candidate;
      return condition(extended) === true;
    });
  };
}

/** Base rows extended by each JOIN in turn, keeping the base order (so index order survives joins). */
export function* joinRows(
  source: Iterable<unknown>,
  statement: SelectStatement,
  scope: readonly ScopeTable[],
  settings: QuerySettings,
): Generator<JoinedRow> {
  const matchers = statement.joins.map((join, index) => ({
    type: join.type,
    match: matcherFor(join, index + 1, scope, settings),
  }));
  function* extend(row: unknown[], depth: number): Generator<JoinedRow> {
    const step = matchers[depth];
    if (!step) {
      yield row;
      return;
    }
    let matched = false;
    for (const candidate of step.match(row)) {
      matched = true;
      yield* extend([...row, candidate], depth + 1);
    }
    if (!matched && step.type === 'left') yield* extend([...row, null], depth + 1);
  }
  for (const base of source) yield* extend([base], 0);
}
