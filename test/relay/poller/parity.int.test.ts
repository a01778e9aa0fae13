// Issue 6: "for a set of records, poll snapshots equal the SuiteApp snapshots field for field".
// One simulated account serves both sides. The SuiteApp side is the compiled user event running in
// the SuiteScript runtime on a real edit (its snapshot lands in the outbox row's envelope); the
// poller side is its SuiteQL snapshot builders over REST, with last-modified times resolved the
// way a poll resolves them (wall time in the user's zone, read back against the record API).
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { transactionSnapshotSchema, vendorSnapshotSchema } from '../../../relay/src/http/schemas/event-envelope';
import {
  createNetSuiteClient,
  generateNetSuiteKeyPair,
  idList,
  type NetSuiteClient,
} from '../../../relay/src/netsuite';
import { loadCurrencyCodes } from '../../../relay/src/poller/currency-codes';
import { resolveInstants } from '../../../relay/src/poller/instant-resolver';
import { readTransactionSnapshots } from '../../../relay/src/poller/transaction-snapshots';
import { readVendorSnapshots } from '../../../relay/src/poller/vendor-snapshots';
import { isoInstant } from '../../../relay/src/poller/wall-time';
import {
  createClock,
  startNetSuiteSimulator,
  type Fields,
  type RunningNetSuiteSimulator,
} from '../../../simulators/netsuite';
import { customRecordsOf } from '../../../simulators/netsuite/suitescript';
import { SCENARIO_CASES, threePlants } from '../../../simulators/scenario/three-plants';
import type { Scenario } from '../../../simulators/scenario/types';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import { buildSuiteApp, compiledSuiteApp } from '../../e2e/compiled-suiteapp';

const OUTBOX = 'customrecord_mlc_outbox';
const REST_TYPES: Record<RecordType, string> = {
  vendor: 'vendor',
  vendorbill: 'vendorBill',
  purchaseorder: 'purchaseOrder',
};
const TABLES: Record<RecordType, string> = {
  vendor: 'vendor',
  vendorbill: 'transaction',
  purchaseorder: 'transaction',
};

interface Edit {
  recordType: RecordType;
  recordId: string;
  why: string;
  fields: Fields;
  sublists?: Record<string, Fields[]>;
  /** The canonical form decided for this case (docs/architecture.md "Snapshots"), beyond both sides agreeing. */
  expected?: Record<string, unknown>;
}

type ScenarioVendor = Scenario['vendors'][number];

/** The first vendor passing the test and not picked before (each record is edited once). */
function vendorPicker(scenario: Scenario) {
  const taken = new Set<string>(Object.values(SCENARIO_CASES));
  return (why: string, test: (vendor: ScenarioVendor) => boolean): string => {
    const vendor = scenario.vendors.find((candidate) => !taken.has(candidate.id) && test(candidate));
    if (!vendor) throw new Error(`the scenario has no vendor that is ${why}`);
    taken.add(vendor.id);
    return vendor.id;
  };
}

/** The records compared, each with a small real change so the user event fires (and is no writeback). */
function editsFor(scenario: Scenario): Edit[] {
  const vendorEdit = (why: string, recordId: string): Edit => ({
    recordType: 'vendor',
    recordId,
    why,
    fields: { phone: '+1 905 555 0100' },
  });
  const pick = vendorPicker(scenario);
  const company = pick('a plain company', (v) => !v.isPerson && !v.isInactive && v.defaultExpenseAccountId === null);
  const person = pick('a person', (v) => v.isPerson);
  const multiEmail = pick('multi-address email', (v) => v.email?.includes(';') ?? false);
  const inactive = pick('inactive', (v) => v.isInactive);
  const withDefaults = pick(
    'with default account and terms',
    (v) => v.defaultExpenseAccountId !== null && v.termsId !== null,
  );
  const noTerms = pick('without terms', (v) => v.termsId === null && v.email === null);
  const multiCurrencyBill = scenario.bills.find((bill) => bill.currencyId !== scenario.subsidiaries[0]!.currencyId);
  const billWithOrders = scenario.bills.find((bill) => bill.purchaseOrderIds.length > 0);
  const otherForeignBill = scenario.bills.find(
    (bill) => bill.currencyId !== scenario.subsidiaries[0]!.currencyId && bill.id !== multiCurrencyBill?.id,
  );
  if (!multiCurrencyBill || !billWithOrders || !otherForeignBill)
    throw new Error('the scenario lacks foreign-currency bills or a PO bill');
  const transactionEdit = (recordType: RecordType, recordId: string, why: string): Edit => ({
    recordType,
    recordId,
    why,
    fields: { memo: `Checked for parity (${recordId})` },
  });
  return [
    vendorEdit('a company', company),
    vendorEdit('a person', person),
    vendorEdit('a vendor with several email addresses', multiEmail),
    vendorEdit('an inactive vendor', inactive),
    vendorEdit('a vendor with a default expense account and terms', withDefaults),
    {
      ...vendorEdit('a vendor without terms, email or address', noTerms),
      sublists: { addressbook: [] },
      expected: { terms: null, email: null, address: null },
    },
    vendorEdit('the GBP vendor', SCENARIO_CASES.vendorUnmappedCurrency),
    vendorEdit('the vendor with markup in its name', SCENARIO_CASES.vendorHostileName),
    vendorEdit('the vendor already in Procurify', SCENARIO_CASES.vendorAlreadySynced),
    {
      ...vendorEdit(
        'a vendor whose only address entry has no address lines',
        pick('any other', () => true),
      ),
      sublists: { addressbook: [{ id: '1', label: 'Remit to', defaultbilling: true, defaultshipping: true }] },
      expected: { address: null },
    },
    {
      ...vendorEdit(
        'a vendor whose default billing address is its second',
        pick('any other', () => true),
      ),
      sublists: {
        addressbook: [
          { id: '1', label: 'Warehouse', defaultbilling: false, addr1: '1 Dock Rd', city: 'Guelph', country: 'CA' },
          { id: '2', label: 'Head office', defaultbilling: true, addr1: '9 Bay St', city: 'Toronto', country: 'CA' },
        ],
      },
      expected: { address: { line1: '9 Bay St', line2: null, city: 'Toronto', state: null, zip: null, country: 'CA' } },
    },
    ...Object.entries(SCENARIO_CASES)
      .filter(([name]) => name.startsWith('bill') && name !== 'billTwoLines')
      .map(([name, id]) => transactionEdit('vendorbill', id, name)),
    {
      ...transactionEdit('vendorbill', multiCurrencyBill.id, 'a foreign-currency bill'),
      expected: { exchangeRate: String(Number(multiCurrencyBill.exchangeRate)) },
    },
    // Rates in their shortest plain spelling: "1", not the "1.00" an amount would carry.
    {
      ...transactionEdit('vendorbill', SCENARIO_CASES.billTwoLines, 'a home-currency bill'),
      expected: { exchangeRate: '1' },
    },
    transactionEdit('vendorbill', billWithOrders.id, 'a bill billed from purchase orders'),
    {
      ...transactionEdit('vendorbill', otherForeignBill.id, 'a bill at a very small exchange rate'),
      fields: { exchangerate: 0.00000075 },
      expected: { exchangeRate: '0.00000075' },
    },
    transactionEdit('purchaseorder', scenario.purchaseOrders[0]!.id, 'a purchase order'),
  ];
}

async function startParityWorld(settings: { timeZone: string; dateFormat: string }) {
  const sim: RunningNetSuiteSimulator = await startNetSuiteSimulator({
    port: 0,
    scenario: threePlants(),
    clock: createClock({ start: Date.parse('2026-12-01T12:00:00Z') }),
    settings,
    // Outbox mode and no relay: the user event's envelope stays in the outbox for the test to read.
    suitescript: { distDir: compiledSuiteApp(), parameters: { custscript_mlc_ue_mode: 'outbox' }, ...settings },
  });
  const keys = await generateNetSuiteKeyPair({});
  sim.control.registerCertificate({ certificateId: 'cert-parity', clientId: 'ns-parity', pem: keys.certificatePem });
  const client: NetSuiteClient = createNetSuiteClient({
    baseUrl: sim.baseUrl,
    accountId: '1234567_SB1',
    clientId: 'ns-parity',
    certificateId: 'cert-parity',
    privateKey: new Secret(keys.privateKeyPem),
    timeoutMs: 30_000,
    now: () => sim.clock.now(),
  });
  onTestFinished(async () => {
    await client.close();
    await sim.close();
  });
  return { sim, client };
}

/** The SuiteApp's snapshot of the newest outbox row for the record. */
function suiteAppSnapshot(sim: RunningNetSuiteSimulator, recordType: RecordType, recordId: string): unknown {
  const rows = [...customRecordsOf(sim.store).scan(OUTBOX)].filter(
    (row) =>
      row.fields.custrecord_mlc_ob_record_type === recordType && row.fields.custrecord_mlc_ob_record_id === recordId,
  );
  const row = rows.at(-1);
  if (!row) throw new Error(`the user event wrote no outbox row for ${recordType} ${recordId}`);
  return (JSON.parse(String(row.fields.custrecord_mlc_ob_envelope)) as { snapshot: unknown }).snapshot;
}

/** The poller's snapshots of these records, last-modified resolved as a poll page resolves it. */
async function pollerSnapshots(client: NetSuiteClient, recordType: RecordType, ids: string[]) {
  const page = await client.suiteql(
    `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM ${TABLES[recordType]} ` +
      `WHERE id IN (${idList(ids)}) ORDER BY lastmodifieddate, id`,
    { limit: 1000 },
  );
  const rows = page.items.map((row) => ({ id: String(row.id), lm: String(row.lm) }));
  const instants = await resolveInstants(rows, async (id) => {
    const record = await client.getRecord(REST_TYPES[recordType], id);
    return Date.parse(String(record.lastModifiedDate));
  });
  const versions = new Map(rows.map((row, index) => [row.id, isoInstant(instants[index]!)]));
  const currencies = await loadCurrencyCodes(client);
  return recordType === 'vendor'
    ? readVendorSnapshots(client, currencies, versions)
    : readTransactionSnapshots(client, recordType, currencies, versions);
}

/** Edits each record through the user event, then compares its outbox snapshot with the poller's. */
async function expectParity(settings: { timeZone: string; dateFormat: string }, edits: Edit[]): Promise<void> {
  const { sim, client } = await startParityWorld({ timeZone: settings.timeZone, dateFormat: settings.dateFormat });
  const runtime = sim.suitescript!;
  for (const edit of edits) {
    sim.clock.advance(5_000);
    runtime.edit(edit.recordType, edit.recordId, { fields: edit.fields, sublists: edit.sublists });
  }
  const failedScripts = runtime.meters.filter((meter) => meter.error !== null);
  expect(failedScripts.map((meter) => meter.error)).toEqual([]);

  for (const recordType of ['vendor', 'vendorbill', 'purchaseorder'] as const) {
    const ofType = edits.filter((edit) => edit.recordType === recordType);
    const polled = await pollerSnapshots(
      client,
      recordType,
      ofType.map((edit) => edit.recordId),
    );
    for (const edit of ofType) {
      const captured = suiteAppSnapshot(sim, recordType, edit.recordId);
      const label = `${recordType} ${edit.recordId} (${edit.why})`;
      expect.soft(polled.get(edit.recordId), label).toStrictEqual(captured);
      // Equal is not enough: both must keep the wire contract the relay checks events against.
      const schema = recordType === 'vendor' ? vendorSnapshotSchema : transactionSnapshotSchema;
      expect.soft(schema.safeParse(captured).error?.issues ?? [], label).toEqual([]);
      if (edit.expected) expect.soft(captured, label).toMatchObject(edit.expected);
    }
  }
}

const RUNS = [
  { name: 'the default user (Los Angeles, M/D/YYYY)', timeZone: 'America/Los_Angeles', dateFormat: 'M/D/YYYY' },
  { name: 'a user in Kolkata writing D.M.YYYY', timeZone: 'Asia/Kolkata', dateFormat: 'D.M.YYYY' },
  { name: 'a user in Auckland writing DD-Mon-YYYY', timeZone: 'Pacific/Auckland', dateFormat: 'DD-Mon-YYYY' },
];

describe('poll snapshots and SuiteApp snapshots of the same record version', () => {
  let cleanUp: () => void = () => {};
  beforeAll(() => {
    cleanUp = buildSuiteApp();
  }, 120_000);
  afterAll(() => cleanUp());

  for (const run of RUNS) {
    it(`are equal field for field for ${run.name}`, { timeout: 120_000 }, async () => {
      await expectParity(run, editsFor(threePlants()));
    });
  }

  it('are equal for every vendor, bill and purchase order of the scenario', { timeout: 120_000 }, async () => {
    const scenario = threePlants();
    const edit = (recordType: RecordType, fields: Fields) => (record: { id: string }) => ({
      recordType,
      recordId: record.id,
      why: 'every record',
      fields,
    });
    await expectParity(RUNS[0]!, [
      ...scenario.vendors.map(edit('vendor', { phone: '+1 905 555 0101' })),
      ...scenario.bills.map(edit('vendorbill', { memo: 'Checked for parity' })),
      ...scenario.purchaseOrders.map(edit('purchaseorder', { memo: 'Checked for parity' })),
    ]);
  });
});
