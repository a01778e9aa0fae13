import type { AccountStore } from '../../account/store';
import type { AccountRecord, RecordType } from '../../account/types';
import { joinKey, type SqlValue } from '../values';

/** Records of the given types whose internal id is one of the keys. */
export function byId(store: AccountStore, types: RecordType[]) {
  return function* (keys: SqlValue[]): Generator<Readonly<AccountRecord>> {
    const seen = new Set<string>();
    for (const key of keys) {
      const normalized = joinKey(key);
      if (normalized === null || !normalized.startsWith('n') || seen.has(normalized)) continue;
      seen.add(normalized);
      const id = normalized.slice(1);
      for (const type of types) {
        const record = store.peek(type, id);
        if (record) yield record;
      }
    }
  };
}

export function* scanAll(store: AccountStore, types: RecordType[]): Generator<Readonly<AccountRecord>> {
  for (const type of types) yield* store.scan(type);
}
