import type { RecordKey } from '../store/records';

/** What the HTTP layer may ask of the background work (absent when no connection is configured). */
export interface SyncControl {
  nudge(): void;
  requeue(keys: RecordKey[], actor: string, reason: string): Promise<RecordKey[]>;
  requeueNeedsMapping(actor: string, reason: string): Promise<RecordKey[]>;
  refreshReference(actor: string): Promise<Record<string, Record<string, number>>>;
}
