import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import { seededRandom } from '../../../simulators/scenario/random';
import { newVendor, twoLineBill } from '../../e2e/e2e-records';
import type { DayAction } from './business-day';
import type { DayWorld } from './day-world';

// What each planned action does to the simulated systems, as the people in them would do it: saves
// through the compiled SuiteApp (user events, outbox), changes in Procurify, faults. Targets are
// chosen from NetSuite's data alone, so a clean run and a faulty run of one plan make the same saves.

export interface DaySave {
  at: number;
  recordType: RecordType;
  recordId: string;
  /** False for a save that changes nothing the relay syncs (a field nobody syncs, a plain re-save). */
  change: boolean;
  duringDispatch: boolean;
}

export interface DayLog {
  saves: DaySave[];
  /** The payment run: bills paid in full, and the one paid in part. */
  payments: { paidInFull: string[]; partlyPaid: string | null };
  /** Saves NetSuite refused (a bill in a closed period), with its message. */
  refused: { at: number; recordId: string; error: string }[];
}

const TODAY = '2026-12-07';
/** twoLineBill's total: 2150.00 + 185.25. */
const BILL_TOTAL = 2335.25;
const CLOSED_PERIOD = '2026-11';

export function createDayActions(world: DayWorld, seed = 7) {
  const random = seededRandom(seed);
  const log: DayLog = { saves: [], refused: [], payments: { paidInFull: [], partlyPaid: null } };
  const today = { vendors: [] as string[], bills: [] as string[], pending: [] as string[] };
  /** Today's approved bills whose lines all map from the start: synced well before the payment run. */
  const payable: { id: string; vendorId: string; tranId: string }[] = [];
  let paymentRun: typeof payable = [];
  let sequence = 0;
  const { runtime, scenario } = world;
  const saved = (recordType: RecordType, recordId: string, change: boolean, action: DayAction) =>
    log.saves.push({ at: world.now(), recordType, recordId, change, duringDispatch: !!action.duringDispatch });

  const scenarioVendor = () => random.pick(scenario.vendors.filter((vendor) => !vendor.isInactive)).id;
  const anyVendor = () =>
    today.vendors.length > 0 && random.chance(0.4) ? random.pick(today.vendors) : scenarioVendor();
  const openBill = () => {
    const open = scenario.bills.filter(
      (bill) => !bill.tranDate.startsWith(CLOSED_PERIOD) && bill.approvalStatus === 'approved',
    );
    return today.bills.length > 0 && random.chance(0.5) ? random.pick(today.bills) : random.pick(open).id;
  };
  const bill = (approved: boolean) => {
    sequence += 1;
    // Now and then a line on 5300 Tooling & Dies, which has no Procurify account code until it is added.
    const accounts: [string, string] = random.chance(0.15) ? ['5300', '5100'] : ['5010', '5100'];
    const draft = twoLineBill(anyVendor(), `DAY-${TODAY}-${sequence}`, accounts);
    return {
      mapsFromStart: accounts[0] === '5010',
      ...draft,
      fields: { ...draft.fields, trandate: TODAY, duedate: '2027-01-06', approvalstatus: approved ? '2' : '1' },
    };
  };

  async function perform(action: DayAction): Promise<void> {
    switch (action.kind) {
      case 'morning-load': {
        for (const vendor of scenario.vendors) {
          runtime.edit('vendor', vendor.id, { fields: { comments: 'Reviewed Monday morning' } });
          saved('vendor', vendor.id, true, action);
        }
        for (const [recordType, records] of [
          ['vendorbill', scenario.bills],
          ['purchaseorder', scenario.purchaseOrders],
        ] as const) {
          for (const record of records) {
            runtime.edit(recordType, record.id, { fields: { comments: 'Reviewed Monday morning' } });
            saved(recordType, record.id, true, action);
          }
        }
        return;
      }
      case 'new-vendor': {
        sequence += 1;
        const id = runtime.save('vendor', newVendor(`Monday Supplier ${sequence} Ltd.`));
        today.vendors.push(id);
        return void saved('vendor', id, true, action);
      }
      case 'new-bill':
      case 'new-pending-bill': {
        const approved = action.kind === 'new-bill';
        const { mapsFromStart, ...draft } = bill(approved);
        const id = runtime.save('vendorbill', draft);
        (approved ? today.bills : today.pending).push(id);
        if (approved && mapsFromStart) {
          payable.push({ id, vendorId: String(draft.fields.entity), tranId: String(draft.fields.tranid) });
        }
        return void saved('vendorbill', id, true, action);
      }
      case 'approve-bill': {
        const id = today.pending.shift();
        if (id === undefined) return;
        runtime.edit('vendorbill', id, { fields: { approvalstatus: '2' } });
        today.bills.push(id);
        return void saved('vendorbill', id, true, action);
      }
      case 'vendor-phone': {
        const id = anyVendor();
        runtime.edit('vendor', id, { fields: { phone: `+1 905 555 ${String(1000 + random.int(0, 8999))}` } });
        return void saved('vendor', id, true, action);
      }
      case 'vendor-email-inline': {
        const id = anyVendor();
        runtime.xedit('vendor', id, { email: `ap${random.int(1, 9999)}@supplier.example.com` });
        return void saved('vendor', id, true, action);
      }
      case 'bill-memo': {
        const id = openBill();
        runtime.edit('vendorbill', id, {
          fields: { memo: `Checked against the packing slip (${random.int(1, 999)})` },
        });
        return void saved('vendorbill', id, true, action);
      }
      case 'vendor-comment': {
        const id = anyVendor();
        runtime.edit('vendor', id, { fields: { comments: `Called about delivery ${random.int(1, 999)}` } });
        return void saved('vendor', id, false, action);
      }
      case 'resave': {
        const [recordType, id] = random.chance(0.5)
          ? (['vendor', anyVendor()] as const)
          : (['vendorbill', openBill()] as const);
        runtime.edit(recordType, id, {});
        return void saved(recordType, id, false, action);
      }
      case 'close-period':
        world.netsuite.control.closePeriod(CLOSED_PERIOD);
        return;
      case 'edit-closed-bill': {
        const closed = scenario.bills.find((each) => each.tranDate.startsWith(CLOSED_PERIOD))!;
        try {
          runtime.edit('vendorbill', closed.id, { fields: { memo: 'Late correction' } });
          throw new Error(`NetSuite let bill ${closed.id} in the closed period ${CLOSED_PERIOD} be edited`);
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('NetSuite let')) throw error;
          log.refused.push({ at: world.now(), recordId: closed.id, error: String(error) });
        }
        return;
      }
      case 'fix-mapping': {
        const control = world.procurify.control;
        const code = control.addAccountCode({
          code: '5300',
          description: 'Tooling & Dies',
          accountType: 2,
          active: true,
        });
        for (const department of control.state().departments) {
          control.addAccount({ accountCodeId: code.id, departmentId: department.id, active: true });
        }
        return;
      }
      case 'approve-in-procurify': {
        // The run pays the bills entered so far; they are approved in Procurify by invoice number.
        paymentRun = [...payable];
        const invoices = new Set(paymentRun.map((entry) => entry.tranId));
        const uuids = world.procurify.control
          .state()
          .bills.filter((candidate) => invoices.has(candidate.invoice_number))
          .map((candidate) => candidate.uuid);
        world.procurify.control.approveBills(uuids);
        return;
      }
      case 'payment-run': {
        const partly = paymentRun.at(-1);
        const vendors = [...new Set(paymentRun.map((entry) => entry.vendorId))];
        for (const vendorId of vendors) {
          const bills = paymentRun.filter((entry) => entry.vendorId === vendorId);
          const apply = bills.map((entry, index) => ({
            line: index + 1,
            doc: entry.id,
            apply: true,
            amount: entry === partly ? 1000 : BILL_TOTAL,
          }));
          sequence += 1;
          runtime.save('vendorpayment', {
            fields: {
              tranid: `PMT-${TODAY}-${sequence}`,
              entity: vendorId,
              trandate: TODAY,
              currency: '3',
              status: 'Paid',
            },
            sublists: { apply },
          });
        }
        log.payments = {
          paidInFull: paymentRun.filter((entry) => entry !== partly).map((entry) => entry.id),
          partlyPaid: partly?.id ?? null,
        };
        return;
      }
      case 'procurify-429s':
        world.procurify.control.addFault({ kind: 'rate_limit', retryAfterSeconds: 5, times: 12 });
        return;
      case 'restart-relay':
        await world.restartRelay();
        return;
    }
  }

  return { perform, log };
}
