import { setTimeout as sleep } from 'node:timers/promises';
import type { RunningNetSuiteSimulator } from '../../../simulators/netsuite';
import { startRelay, type RelayProcess } from '../../helpers/relay-process';
import type { EventPlan } from './event-plan';
import type { ProofSystems } from './proof-systems';
import { shownState } from '../../helpers/sync-state';
import { listRecords, postEvents, type RecordItem } from './relay-calls';

// A relay child process fed a planned event stream by a sender that retries every batch until the
// relay acknowledges it (as the SuiteApp's dispatcher does), and a wait for the run to settle.

export interface RelayRun {
  current(): RelayProcess;
  /** Kills the relay with SIGKILL, keeps it down for `downMs`, and starts it again on the same database. */
  killAndRestart(downMs: number): Promise<void>;
  /** Resolves when every batch has been acknowledged. */
  delivered: Promise<number>;
}

export async function startRelayRun(systems: ProofSystems, plan: EventPlan, env: Record<string, string> = {}) {
  const start = () => startRelay({ cwd: systems.dataDir, env: { ...systems.env, ...env } });
  let relay = await start();
  let down = false;
  async function deliver(): Promise<number> {
    let attempts = 0;
    for (const batch of plan.batches) {
      for (;;) {
        attempts++;
        const response = down ? null : await postEvents(relay.baseUrl, batch).catch(() => null);
        if (response?.status === 202) break;
        if (response && response.status !== 202)
          throw new Error(`batch refused: ${response.status} ${await response.text()}`);
        await sleep(50);
      }
    }
    return attempts;
  }
  const run: RelayRun = {
    current: () => relay,
    async killAndRestart(downMs) {
      down = true;
      await relay.stop('SIGKILL');
      await sleep(downMs);
      relay = await start();
      down = false;
    },
    delivered: deliver(),
  };
  return run;
}

/** Waits until every planned record is out of `pending` and NetSuite shows its state; returns the records. */
export async function waitSettled(
  baseUrl: () => string,
  keys: Set<string>,
  netsuite: RunningNetSuiteSimulator,
  timeoutMs: number,
): Promise<Map<string, RecordItem>> {
  const deadline = Date.now() + timeoutMs;
  let unsettled: string[] = [];
  for (;;) {
    const records = await listRecords(baseUrl()).catch(() => null);
    if (records) {
      unsettled = [...keys].flatMap((key) => {
        const record = records.get(key);
        const [type, id] = key.split(':') as ['vendor', string];
        const written = shownState(netsuite.store, type, id)?.status;
        const settled = record && record.status !== 'pending' && written === record.status;
        // What each side says, so a run that does not settle tells why.
        return settled
          ? []
          : [`${key} [relay: ${record?.status} ${record?.message ?? ''}; NetSuite shows: ${written}]`];
      });
      if (unsettled.length === 0) return records;
    }
    if (Date.now() > deadline)
      throw new Error(`not settled after ${timeoutMs} ms: ${unsettled.slice(0, 10).join(', ')} (${unsettled.length})`);
    await sleep(250);
  }
}
