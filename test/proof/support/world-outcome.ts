import type { RunningNetSuiteSimulator } from '../../../simulators/netsuite';
import type { RunningProcurifySimulator } from '../../../simulators/procurify';
import type { Scenario } from '../../../simulators/scenario/types';
import { shownState } from '../../helpers/sync-state';
import type { RecordItem } from './relay-calls';

// What a run left behind, normalised so that two runs (a clean one and one with crashes or faults)
// can be compared field by field: each record's state, the state NetSuite shows, and what Procurify
// holds for it (how many copies, and the synced fields).

export interface RecordOutcome {
  status: string;
  writeback: string | null;
  /** Procurify vendors carrying this vendor's external_id, or bills carrying this bill's invoice number. */
  copies: number;
  content: string | null;
}

export function worldOutcome(
  keys: Iterable<string>,
  records: Map<string, RecordItem>,
  systems: { scenario: Scenario; procurify: RunningProcurifySimulator; netsuite: RunningNetSuiteSimulator },
): Map<string, RecordOutcome> {
  const state = systems.procurify.control.state();
  const accountId = systems.scenario.accountId;
  const outcome = new Map<string, RecordOutcome>();
  for (const key of keys) {
    const [type, id] = key.split(':') as [string, string];
    const writeback = shownState(systems.netsuite.store, type as 'vendor', id)?.status ?? null;
    const status = records.get(key)?.status ?? 'missing';
    if (type === 'vendor') {
      const vendors = state.vendors.filter((vendor) => vendor.external_id === `ns:${accountId}:${id}`);
      const content = vendors[0]
        ? JSON.stringify([vendors[0].name, vendors[0].phoneOne, vendors[0].email, vendors[0].active])
        : null;
      outcome.set(key, { status, writeback, copies: vendors.length, content });
    } else {
      const bill = systems.scenario.bills.find((candidate) => candidate.id === id)!;
      const bills = state.bills.filter((candidate) => candidate.invoice_number.trim() === bill.tranId);
      const items = state.items.filter((item) => bills[0] && item.billId === bills[0].id);
      const content = bills[0]
        ? JSON.stringify([bills[0].status, items.length, items.reduce((sum, item) => sum + item.total_cost, 0)])
        : null;
      outcome.set(key, { status, writeback, copies: bills.length, content });
    }
  }
  return outcome;
}

/** Records whose outcome differs between two runs, as readable lines. */
export function differences(expected: Map<string, RecordOutcome>, actual: Map<string, RecordOutcome>): string[] {
  const lines: string[] = [];
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (JSON.stringify(got) !== JSON.stringify(want))
      lines.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return lines;
}
