import { createApp } from './app';
import type { Config } from './config';
import { secretValues } from './config/dev-secrets';
import { createConnectionHealth } from './connections/connection-health';
import { createRequestCounts } from './connections/request-counts';
import { readCredentialSets, sealEnvironmentCredentials } from './connections/credential-sets';
import { openClients } from './connections/open-clients';
import { connectionCheck, databaseCheck, stoppingCheck } from './health/readiness';
import { createNotifier } from './notify/notifier';
import { createPoller } from './poller';
import { createReconcileServices, dryRunPredictor } from './reconcile/services';
import type { Logger } from './log/logger';
import type { RequestRecord } from './transport/request-record';
import { auditKeyOf, secretFingerprint } from './crypto/derived-key';
import type { Database } from './store/database';
import { previousSecretDeadline } from './store/previous-secret-window';
import { openRelayDatabase } from './store/relay-database';
import { createReferenceCache } from './sync/reference-cache';
import { auditRequest } from './sync/request-audit';
import { createAuditAnchorLog } from './sync/audit-anchor-log';
import { createInboxRetention } from './sync/inbox-retention';
import { createSyncRuntime } from './sync/sync-runtime';
import { systemClock, type Clock } from './time/clock';

export interface RelayOptions {
  logger: Logger;
  /** The system clock unless a simulation gives the relay its own. */
  clock?: Clock;
  /** Longest idle wait of the background loops (ms); shorter in tests and the demo. */
  idleMs?: number;
  procurifyMaxRequestsPerSecond?: number;
  /** First retry delay before jitter (default 1 s); tests shorten it. */
  retryBaseMs?: number;
}

/**
 * Everything the relay runs, wired from a config: database (migrated), sealed credentials, the two
 * API clients, the background sync, and the HTTP app. main.ts serves it; tests and the demo can too.
 */
export async function createRelay(config: Config, options: RelayOptions) {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  if (!config.masterKey) throw new Error('MLC_MASTER_KEY is required to open the sealed credential store.');
  // One audit writer: every write's entries are keyed, redacted of the relay's secrets and stamped by its clock.
  const { database, lock } = await openRelayDatabase(config, {
    key: auditKeyOf(config.masterKey),
    secrets: secretValues(config),
    clock,
  });
  let credentials: Awaited<ReturnType<typeof readCredentialSets>>;
  let eventSecretPreviousUntilMs: number | undefined;
  try {
    await sealEnvironmentCredentials(config, database, config.masterKey);
    credentials = await readCredentialSets(database, config.masterKey);
    eventSecretPreviousUntilMs = await previousSecretWindow(config, database, logger);
  } catch (error) {
    // A relay that cannot start frees the file at once (a wrong master key, say): the next try may.
    database.close();
    lock?.release();
    throw error;
  }
  const secrets = [
    ...secretValues(config),
    ...[credentials.procurify?.clientSecret, credentials.netsuite?.privateKey].filter(
      (value): value is string => !!value,
    ),
  ];
  database.redactInAudit(secrets);

  const health = createConnectionHealth(clock);
  const requests = createRequestCounts();
  const onRequest = (record: RequestRecord) => {
    health.record(record);
    requests.record(record);
    auditRequest(record);
  };
  const clients = openClients(config, credentials, onRequest, { ...options, clock });
  const accountId = credentials.netsuite?.accountId ?? config.netsuite.accountId;
  const effective: Config = Object.freeze({
    ...config,
    eventSecretPreviousUntilMs,
    netsuite: Object.freeze({ ...config.netsuite, accountId }),
  });

  const sync = clients.procurify
    ? createSyncRuntime({
        config: effective,
        database,
        logger,
        clients,
        accountId: accountId ?? '',
        clock,
        idleMs: options.idleMs,
        retryBaseMs: options.retryBaseMs,
        soleRelayOnDatabase: lock !== undefined,
      })
    : undefined;
  const references = sync?.references ?? createReferenceCache(database);
  const poller = clients.netsuite
    ? createPoller({
        client: clients.netsuite,
        database,
        logger,
        intervalMs: config.sync.pollIntervalMs,
        overlapMs: config.sync.pollOverlapMs,
        clock,
        onAccepted: () => sync?.nudge(),
        dryRunPredictor: dryRunPredictor({
          config: effective,
          database,
          clients,
          references,
          accountId: accountId ?? '',
        }),
      })
    : undefined;
  const reconciliation = createReconcileServices({
    config: effective,
    database,
    clients,
    references,
    accountId: accountId ?? '',
    clock,
  });
  const inboxRetention = createInboxRetention({
    database,
    logger,
    clock,
    retentionMs: config.inboxRetentionMs,
  });
  const anchorLog = createAuditAnchorLog({ database, logger, clock });
  /** Set when a drain begins: readiness fails and every answer closes its connection. */
  let stopping = false;
  const notifier = createNotifier({ config: config.notify, database, logger, health, secrets, now: clock.now });
  const app = createApp(effective, {
    reconciliation,
    database,
    logger,
    references,
    sync,
    poller,
    secrets,
    health,
    requests,
    procurifyPace: clients.procurify && (() => clients.procurify!.pace()),
    clock,
    stopping: () => stopping,
    readiness: {
      relay: stoppingCheck(() => stopping),
      database: databaseCheck(database),
      netsuite: connectionCheck('netsuite', credentials.missing.netsuite ?? [], health),
      procurify: connectionCheck('procurify', credentials.missing.procurify ?? [], health),
    },
  });

  return {
    app,
    config: effective,
    database,
    sync,
    poller,
    clients,
    health,
    secrets,
    notifier,
    /** True while any background part is at work (the day-of-operation suite waits for quiet). */
    busy(): boolean {
      return !!sync?.busy() || !!poller?.busy();
    },
    /** The first step of a drain: readiness fails and connections close after their answer. */
    beginStopping(): void {
      stopping = true;
    },
    async start(): Promise<void> {
      await sync?.start();
      await poller?.start();
      notifier?.start();
      inboxRetention.start();
      anchorLog.start();
    },
    async close(): Promise<void> {
      await notifier?.stop();
      await inboxRetention.stop();
      await anchorLog.stop();
      await poller?.stop();
      await sync?.stop();
      await Promise.all([clients.procurify?.close(), clients.netsuite?.close()]);
      database.close();
      lock?.release();
    },
  };
}

const PREVIOUS_SECRET_WINDOW_MS = 24 * 60 * 60 * 1000;

/** When the previous event secret expires: the setting, else 24 h after a relay first saw it. */
async function previousSecretWindow(config: Config, database: Database, logger: Logger): Promise<number | undefined> {
  const now = database.clock.now;
  if (!config.eventSecretPrevious || !config.masterKey) return undefined;
  const untilMs =
    config.eventSecretPreviousUntilMs ??
    (await previousSecretDeadline(database, secretFingerprint(config.masterKey, config.eventSecretPrevious), {
      nowMs: now(),
      windowMs: PREVIOUS_SECRET_WINDOW_MS,
    }));
  const until = new Date(untilMs).toISOString();
  if (untilMs <= now()) logger.warn({ until }, 'MLC_EVENT_SECRET_PREVIOUS has expired and is refused; remove it');
  else logger.info({ until }, 'MLC_EVENT_SECRET_PREVIOUS is accepted until this time');
  return untilMs;
}

export type Relay = Awaited<ReturnType<typeof createRelay>>;
