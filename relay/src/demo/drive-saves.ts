import type { SuiteScriptRuntime } from '../../../simulators/netsuite/suitescript';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { Scenario } from '../../../simulators/scenario/types';

// What a NetSuite user does in the demo: saves the scenario's vendors and bills through the
// compiled SuiteApp (user events write the outbox, the dispatcher posts to the relay), plus one
// vendor whose name is longer than Procurify allows, so one record fails for a reason anyone can see.

export const OVERLONG_VENDOR_NAME =
  'Northwind Precision Machining, Tool & Die, Industrial Fasteners, Hydraulic Fittings and Plant Maintenance Services Cooperative of Southwestern Ontario (Hamilton)';

const TOUCH = 'Reviewed in the ml-connector demo';

export interface DriveResult {
  vendors: number;
  bills: number;
  failingVendorId: string;
  dispatcherRuns: number;
}

export function driveSaves(runtime: SuiteScriptRuntime, scenario: Scenario): DriveResult {
  // An edit of a field nobody syncs (`comments` is not in the snapshot): the first event of each
  // record carries the scenario's data unchanged.
  for (const vendor of scenario.vendors) runtime.edit('vendor', vendor.id, { fields: { comments: TOUCH } });
  const template = runtime.store.load('vendor', scenario.vendors[0]!.id);
  const failingVendorId = runtime.save('vendor', {
    fields: {
      ...template.fields,
      entityid: 'V-DEMO-LONG',
      companyname: OVERLONG_VENDOR_NAME,
      email: 'ap@northwind-coop.example',
    },
    sublists: template.sublists,
  });
  let dispatcherRuns = runtime.runQueuedTasks().length;

  // Case bills first so the interesting states show up even if someone looks early.
  const caseIds = new Set<string>(Object.values(SCENARIO_CASES));
  const bills = [
    ...scenario.bills.filter((bill) => caseIds.has(bill.id)),
    ...scenario.bills.filter((bill) => !caseIds.has(bill.id)),
  ];
  for (const bill of bills) runtime.edit('vendorbill', bill.id, { fields: { comments: TOUCH } });
  dispatcherRuns += runtime.runQueuedTasks().length;
  return { vendors: scenario.vendors.length + 1, bills: bills.length, failingVendorId, dispatcherRuns };
}
