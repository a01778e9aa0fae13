import { onTestFinished } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { createNetSuiteClient, generateNetSuiteKeyPair, type NetSuiteClient } from '../../../relay/src/netsuite';
import { createBackfiller } from '../../../relay/src/poller';
import { createInstantCache } from '../../../relay/src/poller/instant-cache';
import { pollAllScopes } from '../../../relay/src/poller/poll-run';
import type { Database } from '../../../relay/src/store/database';
import { createClock, startNetSuiteSimulator, type NetSuiteSimulatorOptions } from '../../../simulators/netsuite';
import { threePlants } from '../../../simulators/scenario/three-plants';
import { capturedLogger } from '../../helpers/captured-logger';
import { tempDatabase } from '../../helpers/temp-database';
import { clockReading } from '../../../relay/src/time/clock';

// The poller's own world: the NetSuite simulator (three plants unless told otherwise), the relay's
// NetSuite client against it over loopback, and a migrated libSQL file. No worker runs, so the
// inbox shows exactly what the poller handed over.

export async function startPollerWorld(options: NetSuiteSimulatorOptions = {}) {
  // The clock runs from after the scenario's last change, as a real account's would.
  const clock = createClock({ start: Date.parse('2026-12-01T12:00:00Z') });
  const sim = await startNetSuiteSimulator({ port: 0, scenario: threePlants(), clock, ...options });
  const keys = await generateNetSuiteKeyPair({});
  sim.control.registerCertificate({ certificateId: 'cert-poll-1', clientId: 'ns-poll-1', pem: keys.certificatePem });
  const client: NetSuiteClient = createNetSuiteClient({
    baseUrl: sim.baseUrl,
    accountId: '1234567_SB1',
    clientId: 'ns-poll-1',
    certificateId: 'cert-poll-1',
    privateKey: new Secret(keys.privateKeyPem),
    timeoutMs: 30_000,
    now: () => sim.clock.now(),
  });
  const database: Database = await tempDatabase();
  const log = capturedLogger({ level: 'debug' });
  onTestFinished(async () => {
    await client.close();
    await sim.close();
  });
  const relayClock = clockReading(() => sim.clock.now());
  // As the poller keeps it from one poll to the next.
  const instants = createInstantCache();
  return {
    sim,
    client,
    database,
    log,
    poll: (overlapMs = 10 * 60_000) => pollAllScopes({ client, database, overlapMs, clock: relayClock, instants }),
    backfiller: () => createBackfiller({ client, database, logger: log.logger, clock: relayClock }),
    async inbox(): Promise<
      { eventId: string; recordType: string; recordId: string; action: string; snapshot: string | null }[]
    > {
      const result = await database.client.execute(
        'select event_id as eventId, record_type as recordType, record_id as recordId, action, snapshot from inbound_event order by rowid',
      );
      return result.rows as unknown as InboxRow[];
    },
  };
}

export interface InboxRow {
  eventId: string;
  recordType: string;
  recordId: string;
  action: string;
  snapshot: string | null;
}
