import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import { shownState } from '../../helpers/sync-state';
import type { DayWorld } from './day-world';

// Where a day left every record, normalised so two runs of one plan (clean, and with faults) compare
// field by field: the relay's state, what NetSuite shows, and what Procurify holds (how many copies,
// and the synced content). Ids Procurify makes up (uuids) and the relay's wording are left out.

export interface RecordOutcome {
  status: string;
  shown: string | null;
  copies: number;
  content: string | null;
}

interface RelayItem {
  recordType: RecordType;
  recordId: string;
  status: string;
  procurifyId: string | null;
}

export async function dayOutcome(world: DayWorld): Promise<Map<string, RecordOutcome>> {
  const items: RelayItem[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '500', ...(cursor ? { cursor } : {}) });
    const page: { items: RelayItem[]; nextCursor: string | null } = await world.admin(`/v1/records?${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);

  const state = world.procurify.control.state();
  const outcome = new Map<string, RecordOutcome>();
  for (const item of items) {
    const shown = shownState(world.netsuite.store, item.recordType, item.recordId)?.status ?? null;
    const base = { status: item.status, shown };
    if (item.recordType === 'vendor') {
      const copies = state.vendors.filter(
        (vendor) => vendor.external_id === `ns:${world.scenario.accountId}:${item.recordId}`,
      );
      const vendor = copies[0];
      const content = vendor ? JSON.stringify([vendor.name, vendor.phoneOne, vendor.email, vendor.active]) : null;
      outcome.set(`vendor:${item.recordId}`, { ...base, copies: copies.length, content });
    } else if (item.recordType === 'vendorbill') {
      const bill = state.bills.find((candidate) => candidate.uuid === item.procurifyId);
      const copies = bill
        ? state.bills.filter(
            (other) => other.invoice_number.trim() === bill.invoice_number.trim() && other.vendorId === bill.vendorId,
          )
        : [];
      const lines = bill ? state.items.filter((line) => line.billId === bill.id) : [];
      const content = bill
        ? JSON.stringify([
            bill.invoice_number,
            bill.status,
            lines.length,
            lines.reduce((sum, line) => sum + line.total_cost, 0).toFixed(2),
          ])
        : null;
      outcome.set(`vendorbill:${item.recordId}`, { ...base, copies: copies.length, content });
    } else {
      outcome.set(`${item.recordType}:${item.recordId}`, { ...base, copies: 0, content: null });
    }
  }
  return outcome;
}

/** Records whose outcome differs between two runs, as readable lines. */
export function differences(expected: Map<string, RecordOutcome>, actual: Map<string, RecordOutcome>): string[] {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  return [...keys]
    .filter((key) => JSON.stringify(expected.get(key)) !== JSON.stringify(actual.get(key)))
    .map((key) => `${key}: clean ${JSON.stringify(expected.get(key))}, with faults ${JSON.stringify(actual.get(key))}`);
}
