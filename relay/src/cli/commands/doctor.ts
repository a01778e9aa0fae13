import type { Secret } from '../../config';
import { toolAudit } from '../../store/audit-scope';
import { migrateDatabase, openDatabase } from '../../store/database';
import type { Command } from '../command';
import { print } from '../context';
import { EXIT } from '../errors';
import { checkNetSuiteConnection, checkProcurifyConnection, printResults } from '../doctor/connection-checks';
import { effectiveCredentials } from '../doctor/credentials-view';
import { fitReport } from '../doctor/fit-report';
import { loadCliConfig, masterKeyOf } from '../settings';
import { auditKeyOf } from '../../crypto/derived-key';

export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check both connections (tokens, access, SuiteQL) and print the mapping fit report',
  help: `Usage: mlc doctor

Checks, with the credentials the relay would use (environment over sealed):
  Procurify  the client-credentials token, and read access to vendors, account codes,
             departments, accounts, currencies, locations and bills
  NetSuite   the M2M token (certificate-signed JWT), SuiteQL on vendors, bills, POs, GL accounts,
             departments, subsidiaries, terms and currencies, and the record API per record type
Then refreshes the reference data and prints the fit report: counts on both sides, and which GL
accounts and departments map automatically and which need attention.
Exit code 0 when both connections work (mapping gaps are listed, not failures), 1 otherwise.`,
  async run(_args, context) {
    const config = loadCliConfig(context);
    let masterKey: Secret | undefined;
    try {
      masterKey = masterKeyOf(config);
    } catch {
      masterKey = undefined; // no sealed credentials yet: the environment's alone are checked
    }
    const database = await openDatabase({ ...config.database, audit: toolAudit(masterKey && auditKeyOf(masterKey)) });
    const clients: { close(): Promise<void> }[] = [];
    try {
      await migrateDatabase(database);
      const credentials = await effectiveCredentials(config, database, masterKey);
      const timeoutMs = Math.min(config.sync.requestTimeoutMs, 15_000);

      print(context, 'Procurify');
      const procurify = await checkProcurifyConnection(credentials.procurify, timeoutMs);
      if (procurify.client) clients.push(procurify.client);
      let failed = printResults(context, procurify.results);

      print(context, '\nNetSuite');
      const netsuite = await checkNetSuiteConnection(credentials.netsuite, {
        concurrency: config.netsuite.concurrency,
        timeoutMs,
      });
      if (netsuite.client) clients.push(netsuite.client);
      failed = printResults(context, netsuite.results) || failed;

      print(context, '\nFit report');
      if (procurify.client && netsuite.client && !failed) {
        const fit = await fitReport({
          procurify: procurify.client,
          netsuite: netsuite.client,
          database,
          accountId: credentials.netsuite.accountId ?? '',
          counts: { netsuite: netsuite.counts, procurify: procurify.counts },
        });
        for (const line of fit.lines) print(context, line);
      } else {
        print(context, 'Skipped: it needs both connections working.');
      }
      print(
        context,
        failed ? '\nProblems found: fix the lines marked FAIL and run `mlc doctor` again.' : '\nBoth connections work.',
      );
      return failed ? EXIT.failure : EXIT.ok;
    } finally {
      await Promise.all(clients.map((client) => client.close()));
      database.close();
    }
  },
};
