// Mapping problems are values, not exceptions: every function here answers
// `{ ok: true, … }` or `{ ok: false, issues }`, listing every problem found, not only the first.

/** The closed set of issue codes of docs/architecture.md "Errors and issue codes". */
export const ISSUE_CODES = [
  'unmapped_gl_account',
  'unmapped_department',
  'no_procurify_account',
  'unmapped_currency',
  'vendor_not_synced',
  'missing_account_number',
  'name_too_long',
  'bill_write_unsupported',
  'procurify_rejected',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export type LineKind = 'expense' | 'item';

/** One problem, precise enough for an accountant: which line, which GL account, which department. */
export interface MappingIssue {
  code: IssueCode;
  /** Plain words, saying what is wrong and what to do about it. */
  message: string;
  /** NetSuite line number; with `lineKind`, since expense and item lines are numbered apart. */
  line?: number;
  lineKind?: LineKind;
  netsuiteAccount?: { id: string; number: string | null; name: string };
  netsuiteDepartment?: { id: string; name: string };
  /** ISO currency code, for `unmapped_currency`. */
  currency?: string;
  /** The item of an item line whose item has no expense account. */
  item?: { id: string; name: string };
  /** The bill's vendor, for `vendor_not_synced`. */
  vendor?: { id: string; name: string };
  /** The Procurify ids involved, when the problem is on the Procurify side. */
  procurifyAccountCodeId?: number;
  procurifyDepartmentId?: number;
}

export type Failure = { ok: false; issues: MappingIssue[] };

/** A single lookup: the value found, or the one issue that stops it. */
export type Resolution<T> = { ok: true; value: T } | { ok: false; issue: MappingIssue };
