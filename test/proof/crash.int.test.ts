import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../simulators/scenario/random';
import { planEvents, type EventPlan } from './support/event-plan';
import { startProofSystems, type ProofSystems } from './support/proof-systems';
import { proofScale } from './support/proof-scale';
import { adminGet } from './support/relay-calls';
import { startRelayRun, waitSettled, type RelayRun } from './support/relay-run';
import { differences, worldOutcome } from './support/world-outcome';
import { writeFigures } from './support/figures';

// The relay as a child process, killed with SIGKILL at random moments while mixed vendor and bill
// events arrive (some kills held mid-write to Procurify, some mid-writeback to NetSuite) and
// restarted each time on the same database file. The end state must equal a clean run's.

const scale = proofScale();
const SETTLE_MS = scale.full ? 900_000 : 240_000;

async function cleanRun(plan: EventPlan) {
  const systems = await startProofSystems();
  const run = await startRelayRun(systems, plan);
  await run.delivered;
  const records = await waitSettled(() => run.current().baseUrl, plan.records, systems.netsuite, SETTLE_MS);
  return worldOutcome(plan.records, records, systems);
}

/** Holds the next Procurify write in a latency fault and kills the relay while it is in flight. */
async function killMidProcurifyWrite(systems: ProofSystems, run: RelayRun): Promise<boolean> {
  for (const method of ['POST', 'PATCH', 'PUT'])
    systems.procurify.control.addFault({ kind: 'latency', ms: 800, method, times: 1 });
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const open = systems.procurify.control
      .requests()
      .some((request) => request.method !== 'GET' && request.outcome === 'pending');
    if (open) {
      await run.killAndRestart(200);
      return true;
    }
    await sleep(10);
  }
  await run.killAndRestart(200);
  return false;
}

/** Slows NetSuite record calls and kills the relay just after one writeback landed, while the next is held. */
async function killMidWriteback(systems: ProofSystems, run: RelayRun, delayMs: number): Promise<boolean> {
  systems.netsuite.control.setLatency({ record: 400 });
  const landed = new Promise<boolean>((resolve) => {
    const stop = systems.netsuite.store.onSave(() => {
      stop();
      resolve(true);
    });
    setTimeout(() => {
      stop();
      resolve(false);
    }, 5_000);
  });
  const seen = await landed;
  await sleep(delayMs);
  const killedAt = Date.now();
  await run.killAndRestart(300);
  systems.netsuite.control.setLatency({ record: 0 });
  const held = systems.netsuite.control
    .requests()
    .some(
      (request) => request.method === 'PATCH' && request.at <= killedAt && request.at + request.durationMs >= killedAt,
    );
  return seen && held;
}

describe('the relay killed with SIGKILL again and again', () => {
  it(
    'ends with every record as a clean run leaves it, one copy in Procurify, every writeback, and a sound audit chain',
    async () => {
      const systems = await startProofSystems();
      const plan = planEvents(systems.scenario, scale.crashEvents);
      const expected = await cleanRun(plan);

      const random = seededRandom(88);
      const started = Date.now();
      const run = await startRelayRun(systems, plan);
      const kills = { procurifyWrite: 0, writeback: 0, random: 0 };
      for (let kill = 0; kill < scale.crashKills; kill++) {
        const mode = kill % 3;
        if (mode === 0 && (await killMidProcurifyWrite(systems, run))) kills.procurifyWrite++;
        else if (mode === 1 && (await killMidWriteback(systems, run, random.int(0, 250)))) kills.writeback++;
        else {
          if (mode === 2) await sleep(random.int(100, 1500));
          if (mode === 2) await run.killAndRestart(random.int(0, 1000));
          kills.random++;
        }
      }
      const sendAttempts = await run.delivered;
      const records = await waitSettled(() => run.current().baseUrl, plan.records, systems.netsuite, SETTLE_MS);
      const actual = worldOutcome(plan.records, records, systems);

      expect(differences(expected, actual)).toEqual([]);
      expect([...actual.values()].filter((outcome) => outcome.copies > 1)).toEqual([]);
      const audit = await adminGet<{ ok: boolean; entries: number }>(run.current().baseUrl, '/v1/audit/verify');
      expect(audit.ok).toBe(true);
      expect(kills.procurifyWrite).toBeGreaterThan(0);

      writeFigures('crash', scale.full, {
        events: plan.batches.flat().length,
        records: plan.records.size,
        kills: scale.crashKills,
        ...kills,
        sendAttempts,
        auditEntries: audit.entries,
        secondsToSettle: Math.round((Date.now() - started) / 1000),
      });
    },
    scale.full ? 1_800_000 : 420_000,
  );
});
