import type { RecordKey } from '../../store/records';

const RECORD_TYPES = new Set(['vendor', 'vendorbill', 'purchaseorder']);

/** `vendorbill:1002` (the value of a queue checkbox) → a record key; anything else is ignored. */
export function parseRecordKey(value: unknown): RecordKey | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^([a-z]+):([\w-]{1,40})$/.exec(value);
  if (!match || !RECORD_TYPES.has(match[1]!)) return undefined;
  return { recordType: match[1]!, recordId: match[2]! };
}

export function isRecordType(value: string): boolean {
  return RECORD_TYPES.has(value);
}

export function formatRecordKey(key: RecordKey): string {
  return `${key.recordType}:${key.recordId}`;
}
