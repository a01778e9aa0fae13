import { z } from 'zod';
import type { TransactionSnapshot, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { LineMapping } from '../../../suiteapp/src/lib/sync-detail';
import { parseProgress, type BillWriteProgress } from '../procurify/bill-write-progress';
import type { RecordKey, SyncRecordRow } from './records';
import { syncRecord } from './schema';

// The JSON columns of sync_record, read in one place and typed: a column that does not hold what
// the relay wrote fails here, with the record and the column named, not deep inside a caller.

type JsonColumn = 'snapshot' | 'issues' | 'detail' | 'writeProgress';
type RowWith<C extends JsonColumn> = Pick<SyncRecordRow, 'recordType' | 'recordId' | C>;

/** A sync_record column that does not hold what the relay wrote there. */
export class RecordColumnError extends Error {
  readonly recordType: string;
  readonly recordId: string;
  /** The column as SQL names it, e.g. `write_progress`. */
  readonly column: string;

  constructor(record: RecordKey, column: JsonColumn, reason: string, options?: ErrorOptions) {
    const name = syncRecord[column].name;
    super(`sync_record ${record.recordType} ${record.recordId}: column ${name} ${reason}`, options);
    this.name = 'RecordColumnError';
    this.recordType = record.recordType;
    this.recordId = record.recordId;
    this.column = name;
  }
}

/**
 * One issue as the worker stores it: a code, mostly a message, and details that depend on the code
 * (the line, the GL account, the Procurify status, …), kept as they are.
 */
const issueSchema = z.looseObject({ code: z.string(), message: z.string().optional() });
export type RecordIssue = z.infer<typeof issueSchema>;

// Fields in the order the jobs write them (sync/line-detail.ts), so a decoded line serializes as
// stored and what NetSuite shows hashes the same. A field left out reads as null: not shown.
const shownText = z.string().nullable().default(null);
const lineMappingSchema: z.ZodType<LineMapping> = z.object({
  line: z.number().int(),
  glAccount: shownText,
  accountCode: shownText,
  department: shownText,
  procurifyDepartment: shownText,
});

/** What the last run recorded for the NetSuite subtab: the per-line mapping, when there are lines. */
const detailSchema = z.looseObject({ lines: z.array(lineMappingSchema).optional() });
export type RecordDetail = z.infer<typeof detailSchema>;

/** The latest snapshot with the type its record type gives it. */
export type DecodedSnapshot =
  | { recordType: 'vendor'; snapshot: VendorSnapshot }
  | { recordType: 'vendorbill' | 'purchaseorder'; snapshot: TransactionSnapshot };

// A stored snapshot was checked when it arrived (events) or built by the relay (the poller, which
// is not held to the wire's size limits): reading it back checks its shape, not those limits, so
// a long NetSuite memo the poller read cannot make its record unreadable.
const vendorSchema = z.looseObject({
  id: z.string(),
  companyName: z.string().nullable(),
}) as unknown as z.ZodType<VendorSnapshot>;
const transactionSchema = z.looseObject({
  id: z.string(),
  entity: z.looseObject({ id: z.string() }),
  expenses: z.array(z.looseObject({})),
  items: z.array(z.looseObject({})),
}) as unknown as z.ZodType<TransactionSnapshot>;

/** The record's latest snapshot, by its record type; null once the record is deleted. */
export function decodedSnapshot(row: RowWith<'snapshot'>): DecodedSnapshot | null {
  if (row.snapshot === null) return null;
  const { recordType } = row;
  if (recordType === 'vendor') return { recordType, snapshot: decode(row, 'snapshot', row.snapshot, vendorSchema) };
  if (recordType === 'vendorbill' || recordType === 'purchaseorder') {
    return { recordType, snapshot: decode(row, 'snapshot', row.snapshot, transactionSchema) };
  }
  throw new RecordColumnError(row, 'snapshot', `has no known shape for record type ${recordType}`);
}

/**
 * As decodedSnapshot, but null when the snapshot cannot be read: for what a page shows about a
 * record, where one bad row must not take the whole page down.
 */
export function readableSnapshot(row: RowWith<'snapshot'>): DecodedSnapshot | null {
  try {
    return decodedSnapshot(row);
  } catch (error) {
    if (error instanceof RecordColumnError) return null;
    throw error;
  }
}

/** A vendor's latest snapshot; null once deleted. */
export function vendorSnapshot(row: RowWith<'snapshot'>): VendorSnapshot | null {
  const decoded = decodedSnapshot(row);
  if (decoded === null || decoded.recordType === 'vendor') return decoded?.snapshot ?? null;
  throw new RecordColumnError(row, 'snapshot', 'holds a transaction, not a vendor');
}

/** A bill's or purchase order's latest snapshot; null once deleted. */
export function transactionSnapshot(row: RowWith<'snapshot'>): TransactionSnapshot | null {
  const decoded = decodedSnapshot(row);
  if (decoded === null || decoded.recordType !== 'vendor') return decoded?.snapshot ?? null;
  throw new RecordColumnError(row, 'snapshot', 'holds a vendor, not a transaction');
}

/** The issues of the record's last outcome, as stored. */
export function recordIssues(row: RowWith<'issues'>): RecordIssue[] {
  return decode(row, 'issues', row.issues, z.array(issueSchema));
}

/** The subtab detail of the record's last outcome; null when none was recorded. */
export function recordDetail(row: RowWith<'detail'>): RecordDetail | null {
  return row.detail === null ? null : decode(row, 'detail', row.detail, detailSchema);
}

/**
 * How far the record's bill write got; undefined when none is under way. Progress not in today's
 * shape also reads as undefined, on purpose: the write then starts afresh (see parseProgress).
 */
export function recordWriteProgress(row: RowWith<'writeProgress'>): BillWriteProgress | undefined {
  return parseProgress(row.writeProgress);
}

function decode<T>(record: RecordKey, column: JsonColumn, json: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new RecordColumnError(record, column, 'is not JSON', { cause: error });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new RecordColumnError(record, column, `is not as the relay writes it${where}: ${issue.message}`);
}
