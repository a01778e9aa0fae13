import type { Secret } from '../../config';
import { auditKeyOf } from '../../crypto/derived-key';
import type { NetSuiteClient } from '../../netsuite';
import type { NetSuiteFeatures } from '../../netsuite/features';
import type { ProcurifyClient } from '../../procurify';
import { toolAudit } from '../../store/audit-scope';
import { migrateDatabase, openDatabase, type Database } from '../../store/database';
import type { CliContext } from '../context';
import { checkNetSuiteConnection, checkProcurifyConnection, printResults } from '../doctor/connection-checks';
import { effectiveCredentials, type CredentialsView } from '../doctor/credentials-view';
import { loadCliConfig, masterKeyOf } from '../settings';

// `mlc setup` checks each connection as soon as its answers are sealed, with doctor's checks and
// the credentials the relay will use (the environment's over the sealed ones). The session keeps
// the clients open for the fit report at the end.

export interface SetupSession {
  database: Database;
  masterKey: Secret;
  credentials(): Promise<CredentialsView>;
  /** Doctor's Procurify checks, printed; the client when they all pass. */
  checkProcurify(): Promise<{ client: ProcurifyClient; counts: Record<string, number> } | undefined>;
  checkNetSuite(): Promise<
    { client: NetSuiteClient; counts: Record<string, number>; features?: NetSuiteFeatures } | undefined
  >;
  close(): Promise<void>;
}

export async function openSetupSession(context: CliContext): Promise<SetupSession> {
  const config = loadCliConfig(context);
  const masterKey = masterKeyOf(config)!;
  const database = await openDatabase({ ...config.database, audit: toolAudit(auditKeyOf(masterKey)) });
  await migrateDatabase(database);
  const timeoutMs = Math.min(config.sync.requestTimeoutMs, 15_000);
  const clients: { close(): Promise<void> }[] = [];
  const credentials = () => effectiveCredentials(config, database, masterKey);
  return {
    database,
    masterKey,
    credentials,
    async checkProcurify() {
      const checked = await checkProcurifyConnection((await credentials()).procurify, timeoutMs);
      if (checked.client) clients.push(checked.client);
      const failed = printResults(context, checked.results);
      return failed || !checked.client ? undefined : { client: checked.client, counts: checked.counts };
    },
    async checkNetSuite() {
      const checked = await checkNetSuiteConnection((await credentials()).netsuite, {
        concurrency: config.netsuite.concurrency,
        timeoutMs,
      });
      if (checked.client) clients.push(checked.client);
      const failed = printResults(context, checked.results);
      if (failed || !checked.client) return undefined;
      return { client: checked.client, counts: checked.counts, features: checked.features };
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      database.close();
    },
  };
}
