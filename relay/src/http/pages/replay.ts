import type { RecordKey } from '../../store/records';
import { recordsInStates } from '../../store/requeue';
import type { PagesContext } from './deps';

/** Replays through the same requeue the JSON API uses; undefined when no sync runs on this relay. */
export async function replayRecords(ctx: PagesContext, keys: RecordKey[]): Promise<number | undefined> {
  if (!ctx.sync) return undefined;
  return (await ctx.sync.requeue(keys, 'admin', 'replay requested')).length;
}

/** Every record in one state (the queue's "replay all"). */
export async function keysInState(ctx: PagesContext, state: string): Promise<RecordKey[]> {
  return recordsInStates(ctx.database, [state]);
}
