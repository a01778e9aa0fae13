import type { RecordKey } from '../../store/records';
import { recordsInStates } from '../../store/requeue';
import type { PagesContext } from './deps';

/** Which notice a replay ends with, and its count: records not found first, then held copies replayed. */
export interface ReplayNotice {
  notice: 'replayed' | 'replayed_stored' | 'replay_missing';
  count: number;
}

/** Replays through the same code the JSON API uses; undefined when no sync runs on this relay. */
export async function replayRecords(
  ctx: PagesContext,
  keys: RecordKey[],
  actor: string,
): Promise<ReplayNotice | undefined> {
  if (!ctx.sync) return undefined;
  const { records } = await ctx.sync.replay(keys, actor);
  const missing = records.filter((record) => !record.queued).length;
  if (missing > 0) return { notice: 'replay_missing', count: missing };
  const queued = records.length;
  const stored = records.some((record) => record.source === 'stored');
  return { notice: stored ? 'replayed_stored' : 'replayed', count: queued };
}

/** Every record in one state (the queue's "replay all"). */
export async function keysInState(ctx: PagesContext, state: string): Promise<RecordKey[]> {
  return recordsInStates(ctx.database, [state]);
}
