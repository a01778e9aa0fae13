// The JSON the relay writes to the sync-state record's `custrecord_mlc_ss_detail` (≤ 3,900 chars),
// read leniently: a field the relay leaves out, or a value of the wrong type, is simply not shown.

export interface LineMapping {
  line: number;
  /** The NetSuite GL account as shown to the user, e.g. "6100 Software". */
  glAccount: string | null;
  /** The Procurify account code it maps to; null when it does not map. */
  accountCode: string | null;
  department: string | null;
  /** The Procurify department it maps to; null when it does not map. */
  procurifyDepartment: string | null;
}

export interface HistoryEntry {
  at: string;
  status: string;
  message: string | null;
}

export interface SyncDetail {
  /** The record's page in Procurify, when the relay knows it. */
  link: string | null;
  lines: LineMapping[];
  history: HistoryEntry[];
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function readLine(value: unknown, index: number): LineMapping | null {
  if (!isObject(value)) return null;
  const line = Number(value.line);
  return {
    line: Number.isInteger(line) ? line : index + 1,
    glAccount: optionalText(value.glAccount),
    accountCode: optionalText(value.accountCode),
    department: optionalText(value.department),
    procurifyDepartment: optionalText(value.procurifyDepartment),
  };
}

function readHistory(value: unknown): HistoryEntry | null {
  if (!isObject(value) || typeof value.at !== 'string' || typeof value.status !== 'string') return null;
  return { at: value.at, status: value.status, message: optionalText(value.message) };
}

function list<T>(value: unknown, read: (item: unknown, index: number) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(read).filter((item): item is T => item !== null);
}

export function parseSyncDetail(json: string | null): SyncDetail {
  const empty: SyncDetail = { link: null, lines: [], history: [] };
  if (!json) return empty;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return empty;
  }
  if (!isObject(parsed)) return empty;
  return {
    link: optionalText(parsed.link),
    lines: list(parsed.lines, readLine),
    history: list(parsed.history, readHistory),
  };
}
