// What an accountant types into the simulated account, and how a test waits for the relay to finish
// with a record: its state in the relay, and the same state shown in NetSuite (its sync-state record).
import { accountByNumber } from '../../simulators/scenario/catalog';
import { shownState } from '../helpers/sync-state';
import type { E2eWorld } from './e2e-world';

const HAMILTON_PLANT = '2';

export type RecordType = 'vendor' | 'vendorbill' | 'purchaseorder';

/** A new supplier, entered in the vendor form (Canadian dollars, Net 30, one address). */
export function newVendor(companyName: string) {
  return {
    fields: {
      companyname: companyName,
      isperson: false,
      email: 'ap@harbourmetals.example.com',
      phone: '+1 905 555 0142',
      isinactive: false,
      currency: '3',
      terms: '2',
      subsidiary: '1',
    },
    sublists: {
      addressbook: [
        {
          id: '1',
          label: '88 Burlington St E',
          defaultbilling: true,
          defaultshipping: true,
          addr1: '88 Burlington St E',
          city: 'Hamilton',
          state: 'ON',
          zip: 'L8L 4G9',
          country: 'CA',
        },
      ],
    },
  };
}

/** An approved two-line bill of the vendor, coded to the Hamilton plant; the account numbers pick the GL accounts. */
export function twoLineBill(vendorId: string, tranId: string, accountNumbers: [string, string] = ['5010', '5100']) {
  const line = (number: number, accountNumber: string, amount: number, memo: string) => ({
    line: number,
    account: accountByNumber(accountNumber).id,
    amount,
    department: HAMILTON_PLANT,
    location: null,
    memo,
  });
  return {
    fields: {
      tranid: tranId,
      entity: vendorId,
      trandate: '2026-11-24',
      duedate: '2026-12-24',
      currency: '3',
      exchangerate: 1,
      terms: '2',
      memo: 'Steel and freight, November',
      approvalstatus: '2',
      status: 'Open',
      subsidiary: '1',
      department: HAMILTON_PLANT,
      location: '1',
    },
    sublists: {
      expense: [line(1, accountNumbers[0], 2150, 'Plate steel'), line(2, accountNumbers[1], 185.25, 'Freight in')],
      item: [],
    },
  };
}

export interface RelayRecord {
  status: string;
  procurifyId: string | null;
  message: string | null;
  issues: { code: string }[];
  history: { action: string; detail: Record<string, unknown> }[];
}

/** What NetSuite shows of the record: its sync-state record's status and Procurify id. */
export function shownInNetSuite(world: E2eWorld, recordType: RecordType, recordId: string) {
  const shown = shownState(world.netsuite.store, recordType, recordId);
  return { status: shown?.status ?? null, procurifyId: shown?.procurifyId ?? null };
}

/** Polls the relay's view of one record until `done` accepts it; the error names what was seen. */
async function waitForRecord(
  world: E2eWorld,
  recordType: RecordType,
  recordId: string,
  done: (status: number, body: RelayRecord) => boolean,
  failure: (body: RelayRecord) => string,
  timeoutMs: number,
): Promise<RelayRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await world.admin<RelayRecord>(`/v1/records/${recordType}/${recordId}`);
    if (done(status, body)) return body;
    if (Date.now() > deadline) throw new Error(`${recordType} ${recordId} ${failure(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the relay holds the record in one of the states and NetSuite shows that state. */
export function waitForSync(
  world: E2eWorld,
  recordType: RecordType,
  recordId: string,
  states: string[],
  timeoutMs = 20_000,
): Promise<RelayRecord> {
  return waitForRecord(
    world,
    recordType,
    recordId,
    (status, body) =>
      status === 200 &&
      states.includes(body.status) &&
      shownInNetSuite(world, recordType, recordId).status === body.status,
    (body) =>
      `did not reach ${states.join('/')}: ${JSON.stringify({ relay: body, netsuite: shownInNetSuite(world, recordType, recordId) })}`,
    timeoutMs,
  );
}

type HistoryEntry = RelayRecord['history'][number];

/**
 * Waits until the relay has processed the record again after the newest event matching `event`
 * (history is newest first): its sync state was written after it. Returns the record as it then stands.
 */
export function waitForReprocessing(
  world: E2eWorld,
  recordType: RecordType,
  recordId: string,
  event: (entry: HistoryEntry) => boolean,
  timeoutMs = 20_000,
): Promise<RelayRecord> {
  return waitForRecord(
    world,
    recordType,
    recordId,
    (_status, body) => {
      const history = body.history ?? [];
      const received = history.findIndex((entry) => entry.action === 'event_received' && event(entry));
      const written = history.findIndex((entry) => entry.action === 'writeback_sent');
      return received > 0 && written >= 0 && written < received;
    },
    (body) => `was not processed again: ${JSON.stringify(body)}`,
    timeoutMs,
  );
}
