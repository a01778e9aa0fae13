import { stringOption, type Command } from '../command';
import { print, type CliContext } from '../context';
import { fitReport } from '../doctor/fit-report';
import { EXIT } from '../errors';
import { ensureDatabase, ensureDataDir, ensureEnvFile, ensureMasterKey, envFilePath } from '../relay-files';
import { loadCliConfig } from '../settings';
import { createAnswers } from '../setup/answers';
import { openSetupSession } from '../setup/connections';
import { askBaseCurrency, askDepartmentForLinesWithout } from '../setup/feature-gaps';
import { apiSecretSteps, relayUrlSteps } from '../setup/instructions';
import { setUpNetSuite } from '../setup/netsuite-step';
import { setUpProcurify } from '../setup/procurify-step';
import { relayAnswers, relayOrigin, relayUrlProblem } from '../setup/relay-address';

const ANSWER_FLAGS = [
  'relay-url',
  'procurify-base-url',
  'procurify-client-id',
  'account-id',
  'netsuite-client-id',
  'certificate-id',
  'base-currency',
  'department',
] as const;

export const setupCommand: Command = {
  name: 'setup',
  summary: 'guided setup: asks for both systems’ details, checks each step, says what to paste where',
  help: `Usage: mlc setup [--production] [--new-key-pair] [--new-procurify-secret] [--ANSWER VALUE …]

Run it in the relay's directory, as the service's user. In order, it
  1. makes what \`mlc init\` makes, when missing (--production: a production .env)
  2. asks for the relay's public https address, and checks whether the relay answers there
  3. asks for Procurify's address and API client, seals them and checks them as \`mlc doctor\` does
  4. prints the API secret to create in NetSuite (before deploying the SuiteApp)
  5. makes the NetSuite key pair, says where to upload the certificate, asks for the account id,
     client id and certificate id, seals them and checks them (token, features, SuiteQL, records)
  6. for an account without Multiple Currencies, asks its base currency; without Departments, the
     Procurify department for bill lines
  7. prints the relay address to enter in NetSuite's company preferences, and the fit report

Answers come from these flags, else one line each from standard input in the order asked, so it
can be scripted; an empty line keeps the stored value shown in brackets. The Procurify client
secret comes from standard input only. Run it again to change an answer: keys and secrets are kept
unless --new-key-pair (a new NetSuite certificate) or --new-procurify-secret is given.
  --relay-url URL  --procurify-base-url URL  --procurify-client-id ID  --account-id ID
  --netsuite-client-id ID  --certificate-id ID  --base-currency CODE  --department PROCURIFY_ID
Exit code 0 when both connections work, 1 when a check fails (fix it and run it again).`,
  options: {
    production: { type: 'boolean' },
    'new-key-pair': { type: 'boolean' },
    'new-procurify-secret': { type: 'boolean' },
    ...Object.fromEntries(ANSWER_FLAGS.map((flag) => [flag, { type: 'string' as const }])),
  },
  async run(args, context) {
    heading(context, 'The relay’s files');
    const initial = loadCliConfig(context);
    ensureDataDir(initial, context);
    ensureMasterKey(initial, context);
    await ensureDatabase(initial, context);
    ensureEnvFile(context, { production: args.values.production === true });
    const config = loadCliConfig(context); // now with .env and the key file

    const flags = Object.fromEntries(ANSWER_FLAGS.map((flag) => [flag, stringOption(args, flag)]));
    const answers = createAnswers(context, flags);
    const session = await openSetupSession(context);
    try {
      heading(context, 'The relay’s address');
      const relayUrl = relayOrigin(
        await answers.ask({
          flag: 'relay-url',
          prompt: 'The relay’s public address (such as https://relay.example.com)',
          problem: relayUrlProblem,
        }),
      );
      const unreachable = await relayAnswers(relayUrl);
      print(
        context,
        unreachable
          ? `  note  ${unreachable}: start the service behind its TLS proxy (docs/production.md) before NetSuite sends events.`
          : `  ok    the relay answers at ${relayUrl}`,
      );

      heading(context, 'Procurify');
      const procurify = await setUpProcurify(context, answers, session, {
        newSecret: args.values['new-procurify-secret'] === true,
      });
      if (!procurify) return stopped(context);

      heading(context, 'The API secret in NetSuite');
      for (const line of apiSecretSteps(config.eventSecret?.reveal() ?? '(MLC_EVENT_SECRET is not set)'))
        print(context, line);
      print(context, 'Then deploy the SuiteApp: npm run suiteapp:deploy (docs/suiteapp-install.md, step 5).');

      heading(context, 'NetSuite access');
      const netsuite = await setUpNetSuite(context, answers, session, {
        dataDir: config.dataDir,
        newKeyPair: args.values['new-key-pair'] === true,
      });
      if (!netsuite) return stopped(context);
      if (netsuite.features?.multiCurrency === false) await askBaseCurrency(context, answers, envFilePath(context));

      heading(context, 'The relay’s address in NetSuite');
      for (const line of relayUrlSteps(relayUrl)) print(context, line);

      heading(context, 'Fit report');
      const credentials = await session.credentials();
      const fit = await fitReport({
        procurify: procurify.client,
        netsuite: netsuite.client,
        database: session.database,
        accountId: credentials.netsuite.accountId ?? '',
        counts: { netsuite: netsuite.counts, procurify: procurify.counts },
      });
      for (const line of fit.lines) print(context, line);
      if (netsuite.features?.departments === false) await askDepartmentForLinesWithout(context, answers, session);

      print(context, '\nBoth connections work. Restart the relay to use what was sealed:');
      print(context, '  sudo systemctl restart mlc-relay     (or: mlc serve)');
      print(context, 'Then save a vendor in NetSuite: its Procurify sync tab shows Synced within a minute.');
      return EXIT.ok;
    } finally {
      answers.close();
      await session.close();
    }
  },
};

function heading(context: CliContext, title: string): void {
  print(context, `\n${title}`);
}

function stopped(context: CliContext): number {
  print(context, '\nFix the lines marked FAIL and run `mlc setup` again: what is done is kept, and each answer');
  print(context, 'defaults to the one given before.');
  return EXIT.failure;
}
