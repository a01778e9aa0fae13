import type { RecordKey } from '../../store/records';
import { recordsInStates } from '../../store/requeue';
import type { PagesContext } from './deps';

/** Replays through the same requeue the JSON API uses; undefined when no sync runs on this relay. */
export async function replayRecords(ctx: PagesContext, keys: RecordKey[], actor: string): Promise<number | undefined> {
  if (!ctx.sync) return undefined;
  return (await ctx.sync.requeue(keys, actor, 'replay requested')).length;
}

/** Every record in one state (the queue's "replay all"). */
export async function keysInState(ctx: PagesContext, state: string): Promise<RecordKey[]> {
  return recordsInStates(ctx.database, [state]);
}
