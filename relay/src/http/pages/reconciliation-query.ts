import { parsePeriod, PeriodError, type Period } from '../../reconcile';

// What the reconciliation page was asked for: `?period=2026-10` (or `2026-10-01..2026-10-15`), or the
// range form's `?from=&to=`, and an optional `subsidiary` (an internal id, or a name the page
// resolves with chooseSubsidiary). Parsed once, with the problem in words.

export interface ReconciliationRequest {
  period: Period;
  /** As asked for until the page resolves it; then the subsidiary's internal id. */
  subsidiaryId?: string;
}

export type ParsedRequest =
  { ok: true; request: ReconciliationRequest } | { ok: false; problem: string } | { ok: 'empty' };

export function parseReconciliationQuery(query: Record<string, string | undefined>): ParsedRequest {
  const from = query.from?.trim();
  const to = query.to?.trim();
  const periodText = from || to ? `${from ?? ''}..${to ?? ''}` : query.period?.trim();
  if (!periodText) return { ok: 'empty' };
  const subsidiary = query.subsidiary?.trim() || undefined;
  if ((from || to) && !(from && to)) return { ok: false, problem: 'A date range needs both a first and a last day.' };
  try {
    return { ok: true, request: { period: parsePeriod(periodText), subsidiaryId: subsidiary } };
  } catch (error) {
    if (error instanceof PeriodError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** The page's own address for a request: where links and the replay's redirect lead back to. */
export function reconciliationQuery(request: ReconciliationRequest): Record<string, string> {
  return {
    period: request.period.label,
    ...(request.subsidiaryId ? { subsidiary: request.subsidiaryId } : {}),
  };
}

/** The month of a moment as `YYYY-MM` (UTC), the picker's default when NetSuite cannot say better. */
export function monthOf(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 7);
}
