// One simulated account serving both sides: the REST simulator (small scenario, running clock) and
// the SuiteScript runtime running the compiled SuiteApp, wired to a relay stand-in over loopback.
import { onTestFinished } from 'vitest';
import { createClock } from '../../../../simulators/netsuite/account/clock';
import { customRecordsOf } from '../../../../simulators/netsuite/suitescript/custom-records';
import type { SuiteScriptRuntime } from '../../../../simulators/netsuite/suitescript';
import type { RunningNetSuiteSimulator } from '../../../../simulators/netsuite/server';
import { accessToken, startSeededSimulator } from '../helpers';
import { startStandIn, type StandIn } from './stand-in-process';
import { suiteAppSettings } from '../../../../relay/src/demo/simulated-systems';

export const ACCOUNT_ID = '1234567_SB1';
export const EVENT_SECRET = 'test-event-secret-7f3a9c';
export const RELAY_ORIGIN = 'https://relay.test';
export const OUTBOX = 'customrecord_mlc_outbox';
export const SYNC_STATE = 'customrecord_mlc_sync_state';

export interface SuiteAppWorld {
  sim: RunningNetSuiteSimulator;
  runtime: SuiteScriptRuntime;
  relay: StandIn;
  /** Moves the account's clock (and the stand-in's judgement of timestamps) forward. */
  advance(ms: number): Promise<void>;
  restPatch(path: string, body: Record<string, unknown>): Promise<Response>;
  /** REST upsert, as the relay writes a sync-state record: PUT …/record/v1/{path} with `eid:` in the path. */
  restPut(path: string, body: Record<string, unknown>): Promise<Response>;
  outboxRows(): { id: string; fields: Record<string, unknown> }[];
}

export interface WorldOptions {
  mode?: 'outbox' | 'direct';
  /** The user's Set Preferences as scripts see them (default America/Los_Angeles, M/D/YYYY). */
  timeZone?: string;
  dateFormat?: string;
}

export async function startSuiteAppWorld(options: WorldOptions = {}): Promise<SuiteAppWorld> {
  const relay = await startStandIn({ secret: EVENT_SECRET, accountId: ACCOUNT_ID });
  // The REST side and the SuiteScript side share one simulated account.
  const sim = await startSeededSimulator({
    clock: createClock(),
    suitescript: {
      ...suiteAppSettings({
        eventSecret: EVENT_SECRET,
        mode: options.mode,
        httpTimeoutMs: 5_000,
        relayOrigin: RELAY_ORIGIN,
        hostMap: { [RELAY_ORIGIN]: relay.baseUrl },
      }),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.dateFormat ? { dateFormat: options.dateFormat } : {}),
    },
  });
  const runtime = sim.suitescript!;
  onTestFinished(() => runtime.close());
  let offset = 0;
  let token: string | null = null;
  const rest = async (method: string, path: string, body: Record<string, unknown>) => {
    token ??= await accessToken(sim);
    return fetch(`${sim.baseUrl}/services/rest/record/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  };
  return {
    sim,
    runtime,
    relay,
    async advance(ms) {
      sim.clock.advance(ms);
      offset += ms;
      await relay.setClockOffset(offset);
    },
    restPatch: (path, body) => rest('PATCH', path, body),
    restPut: (path, body) => rest('PUT', path, body),
    outboxRows: () => [...customRecordsOf(sim.store).scan(OUTBOX)].map((row) => ({ id: row.id, fields: row.fields })),
  };
}

/** A two-line approved bill of vendor 100 (accounts 6100 and 6150), as a user would enter it. */
export function twoLineBill(tranId = 'INV-7001') {
  return {
    fields: {
      tranid: tranId,
      entity: '100',
      trandate: '2026-11-21',
      duedate: '2026-12-21',
      currency: '1',
      exchangerate: 1,
      terms: '2',
      memo: 'November supplies',
      approvalstatus: '2',
      status: 'Open',
      subsidiary: '1',
      department: '11',
      location: '1',
    },
    sublists: {
      expense: [
        { line: 1, account: '58', amount: 1000, department: '11', location: null, memo: 'Printer paper' },
        { line: 2, account: '61', amount: 250.5, department: null, location: null, memo: 'Freight' },
      ],
      item: [],
    },
  };
}

export function manyLineBill(lines: number, tranId: string) {
  const bill = twoLineBill(tranId);
  bill.sublists.expense = Array.from({ length: lines }, (_, index) => ({
    line: index + 1,
    account: index % 2 === 0 ? '58' : '61',
    amount: 10 + index,
    department: '11',
    location: null,
    memo: `Line ${index + 1}`,
  }));
  return bill;
}
