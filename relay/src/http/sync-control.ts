import type { RecordKey } from '../store/records';
import type { ReplayReport } from '../sync/replay';

/** What the HTTP layer may ask of the background work (absent when no connection is configured). */
export interface SyncControl {
  nudge(): void;
  requeue(keys: RecordKey[], actor: string, reason: string): Promise<RecordKey[]>;
  /** Replay: re-read from NetSuite and refresh what the last problem depended on, then queue (known records only). */
  replay(keys: RecordKey[], actor: string): Promise<ReplayReport>;
  requeueNeedsMapping(actor: string, reason: string): Promise<RecordKey[]>;
  refreshReference(actor: string): Promise<Record<string, Record<string, number>>>;
}
