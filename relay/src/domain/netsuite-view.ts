// What NetSuite shows of a record (the sync-state record behind the "Procurify sync" tab), and so
// when a finished record must be written back: only when something shown there changed.

/** The states that count as a sync: the record's "Last synced" time moves with them. */
export const SYNCED_STATES: readonly string[] = ['synced', 'linked', 'deleted'];

export function countsAsSync(status: string): boolean {
  return SYNCED_STATES.includes(status);
}

/** The columns of a record the sync-state record carries. */
export interface ShownInNetSuite {
  status: string;
  message: string | null;
  procurifyId: string | null;
  issues: string;
  detail: string | null;
  lastSyncedAt: string | null;
}

/** A writeback is due when the state, message, Procurify id, issues, line detail or last sync changed. */
export function netSuiteViewChanged(before: ShownInNetSuite, after: ShownInNetSuite | undefined): boolean {
  if (!after) return true;
  const shown = (row: ShownInNetSuite) =>
    JSON.stringify([row.status, row.message, row.procurifyId, row.issues, row.detail, row.lastSyncedAt]);
  return shown(before) !== shown(after);
}
