import type { SimContext } from './context';
import { nextId } from './state';

// What an approver does in Procurify's UI (the API has no approve call): a submitted bill (Confirmed,
// 1) becomes Approved (2), so `mark-as-paid` takes it. The control API does it on request; with the
// `approveSubmittedBills` setting (the demo's), every bill is approved as it is submitted.

/** Approves the submitted bills named, or all of them; answers the uuids approved. */
export function approveSubmitted(sim: SimContext, uuids: readonly string[] | undefined): string[] {
  const approved: string[] = [];
  for (const bill of sim.state.bills) {
    if (bill.status !== 1 || (uuids && !uuids.includes(bill.uuid))) continue;
    bill.status = 2;
    bill.last_modified_datetime = sim.clock.stamp();
    bill.statuses.push({ id: nextId(sim.state, 'billStatus'), status: 2, date: bill.last_modified_datetime });
    approved.push(bill.uuid);
  }
  return approved;
}
