import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';

// What each polled version's last-modified wall time resolved to (see instant-resolver.ts), kept by
// the poller between polls. Each poll re-reads the overlap before its watermark; when nothing has
// changed, the same versions come back, and their instants need no record reads again.

/** Enough for the overlap of every record type several times over. */
const DEFAULT_LIMIT = 10_000;

export interface InstantCache {
  /** The instant this record's version at `wall` resolved to, if it was resolved before. */
  get(recordType: RecordType, id: string, wall: string): number | undefined;
  set(recordType: RecordType, id: string, wall: string, instant: number): void;
}

export function createInstantCache(limit = DEFAULT_LIMIT): InstantCache {
  // One entry per record: its latest version. A Map keeps insertion order, so the oldest goes first.
  const entries = new Map<string, { wall: string; instant: number }>();
  return {
    get(recordType, id, wall) {
      const entry = entries.get(`${recordType}:${id}`);
      return entry?.wall === wall ? entry.instant : undefined;
    },
    set(recordType, id, wall, instant) {
      const key = `${recordType}:${id}`;
      entries.delete(key);
      entries.set(key, { wall, instant });
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}
