// Names the SuiteApp shares with the relay (DESIGN.md): the app id and every `_mlc_` field.

export const APP_ID = 'com.mlconnector.procurify';

export type { RecordType } from './snapshot-types';
import type { RecordType } from './snapshot-types';

/** Body fields on transactions; vendors use the same names with `custentity_`. */
export const STATUS_FIELDS = ['status', 'procurify_id', 'synced_at', 'message', 'detail'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

export function statusFieldId(recordType: RecordType, field: StatusField): string {
  return `${recordType === 'vendor' ? 'custentity' : 'custbody'}_mlc_${field}`;
}

/** True for any field the relay writes back; a save touching only these is our own writeback. */
export function isMlcField(fieldId: string): boolean {
  return /^(custentity|custbody)_mlc_/.test(fieldId);
}
