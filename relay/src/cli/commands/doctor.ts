import { Secret } from '../../config';
import { NETSUITE_FIELDS, PROCURIFY_FIELDS } from '../../connections/credential-sets';
import { createNetSuiteClient } from '../../netsuite';
import { createProcurifyClient } from '../../procurify';
import { migrateDatabase, openDatabase } from '../../store/database';
import type { Command } from '../command';
import { print, type CliContext } from '../context';
import { EXIT } from '../errors';
import type { CheckResult } from '../doctor/check';
import { effectiveCredentials, missingSettings } from '../doctor/credentials-view';
import { fitReport } from '../doctor/fit-report';
import { checkNetSuite } from '../doctor/netsuite-checks';
import { checkProcurify } from '../doctor/procurify-checks';
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
    const database = await openDatabase({ ...config.database, auditKey: masterKey && auditKeyOf(masterKey) });
    const clients: { close(): Promise<void> }[] = [];
    try {
      await migrateDatabase(database);
      const credentials = await effectiveCredentials(config, database, masterKey);
      const timeoutMs = Math.min(config.sync.requestTimeoutMs, 15_000);
      let failed = false;

      print(context, 'Procurify');
      const procurifyMissing = missingSettings('PROCURIFY', credentials.procurify, PROCURIFY_FIELDS);
      let procurify: ReturnType<typeof createProcurifyClient> | undefined;
      let procurifyCounts: Record<string, number> = {};
      if (procurifyMissing.length > 0) {
        failed = report(context, [notConfigured(procurifyMissing, 'procurify')]) || failed;
      } else {
        const values = credentials.procurify as Record<(typeof PROCURIFY_FIELDS)[number], string>;
        procurify = createProcurifyClient({ ...values, clientSecret: new Secret(values.clientSecret), timeoutMs });
        clients.push(procurify);
        const result = await checkProcurify(procurify, new URL(values.tokenUrl).pathname);
        procurifyCounts = result.counts;
        failed = report(context, result.results) || failed;
      }

      print(context, '\nNetSuite');
      const netsuiteMissing = missingSettings('NETSUITE', credentials.netsuite, NETSUITE_FIELDS);
      let netsuite: ReturnType<typeof createNetSuiteClient> | undefined;
      let netsuiteCounts: Record<string, number> = {};
      let netsuiteOk = false;
      if (netsuiteMissing.length > 0) {
        failed = report(context, [notConfigured(netsuiteMissing, 'netsuite')]) || failed;
      } else {
        const values = credentials.netsuite as Record<(typeof NETSUITE_FIELDS)[number], string>;
        netsuite = createNetSuiteClient({
          ...values,
          privateKey: new Secret(values.privateKey),
          concurrency: config.netsuite.concurrency,
          timeoutMs,
        });
        clients.push(netsuite);
        const tokenPath = new URL(`${values.baseUrl.replace(/\/+$/, '')}/services/rest/auth/oauth2/v1/token`).pathname;
        const result = await checkNetSuite(netsuite, {
          tokenPath,
          certificateId: values.certificateId,
          clientId: values.clientId,
        });
        netsuiteCounts = result.counts;
        netsuiteOk = result.results.every((each) => each.ok);
        failed = report(context, result.results) || failed;
      }

      print(context, '\nFit report');
      if (procurify && netsuite && netsuiteOk && !failed) {
        const fit = await fitReport({
          procurify,
          netsuite,
          database,
          accountId: credentials.netsuite.accountId ?? '',
          counts: { netsuite: netsuiteCounts, procurify: procurifyCounts },
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

function notConfigured(missing: string[], system: string): CheckResult {
  return {
    name: 'configured',
    ok: false,
    detail: `not configured: set ${missing.join(', ')} (in the environment or .env), or run \`mlc credentials set ${system}\`.`,
  };
}

/** Prints the results; returns whether any failed. */
function report(context: CliContext, results: readonly CheckResult[]): boolean {
  for (const result of results) print(context, `  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
  return results.some((result) => !result.ok);
}
