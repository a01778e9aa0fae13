// The records as `mlc records` shows them: which record (vendor, invoice number), its state, and
// what a person does next, in the words of the record's own message.

export interface RecordItem {
  recordType: string;
  recordId: string;
  vendor?: string | null;
  invoice?: string | null;
  status: string;
  procurifyId: string | null;
  message: string | null;
}

export const RECORD_COLUMNS = ['TYPE', 'ID', 'VENDOR', 'INVOICE', 'STATE', 'WHAT TO DO'];

/** States a person has to act on; `failed` is the one that makes `mlc records` exit 1. */
const ACT_ON = new Set(['failed', 'needs_mapping']);

export function recordRow(item: RecordItem): string[] {
  return [item.recordType, item.recordId, item.vendor ?? '', item.invoice ?? '', item.status, whatToDo(item)];
}

/** The record's message says what is wrong and what to do about it; after the fix, a replay sends it. */
export function whatToDo(item: RecordItem): string {
  if (ACT_ON.has(item.status)) {
    return `${item.message ?? `See \`mlc records ${item.recordType} ${item.recordId}\`.`} Then: mlc replay ${item.recordType} ${item.recordId}`;
  }
  if (item.status === 'synced' || item.status === 'linked') return `nothing${item.message ? `: ${item.message}` : ''}`;
  if (item.status === 'pending') return item.message ?? 'nothing (waiting to be sent)';
  return item.message ?? 'nothing';
}

export const isFailed = (item: RecordItem) => item.status === 'failed';
