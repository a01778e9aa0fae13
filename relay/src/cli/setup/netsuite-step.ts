import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NetSuiteClient } from '../../netsuite';
import type { NetSuiteFeatures } from '../../netsuite/features';
import { loadCredentials } from '../../store/credentials';
import { print, type CliContext } from '../context';
import { existingKeyFiles, writeKeyFiles } from '../netsuite-key-files';
import { accountIdProblem, sealInto, withDerivedUrls } from '../seal-credentials';
import type { Answers } from './answers';
import type { SetupSession } from './connections';
import { netsuiteAccessSteps } from './instructions';

/**
 * The NetSuite account and its M2M access: the key pair (kept when there is one), what to do in
 * NetSuite with the certificate, the two ids NetSuite shows, then doctor's checks with the features.
 */
export async function setUpNetSuite(
  context: CliContext,
  answers: Answers,
  session: SetupSession,
  options: { dataDir: string; newKeyPair: boolean },
): Promise<{ client: NetSuiteClient; counts: Record<string, number>; features?: NetSuiteFeatures } | undefined> {
  const sealed = (await loadCredentials(session.database.db, 'netsuite', session.masterKey))?.values ?? {};
  const accountId = await answers.ask({
    flag: 'account-id',
    prompt: 'NetSuite account id (as in its addresses: 1234567, or 1234567_SB1 for a sandbox)',
    defaultValue: sealed.accountId,
    problem: accountIdProblem,
  });

  const dir = path.join(options.dataDir, 'netsuite');
  const existing = options.newKeyPair ? undefined : existingKeyFiles(dir);
  const files = existing ?? (await writeKeyFiles(dir));
  const what = existing ? 'kept; --new-key-pair replaces it' : 'created: upload the new certificate';
  print(
    context,
    `Key pair: ${files.keyPath} (0600) and ${files.certificatePath}, valid until ${files.validUntil} (${what})`,
  );
  print(context);
  for (const line of netsuiteAccessSteps(path.relative(context.cwd, files.certificatePath) || files.certificatePath))
    print(context, line);

  const clientId = await answers.ask({
    flag: 'netsuite-client-id',
    prompt: 'Client ID of the integration record',
    defaultValue: sealed.clientId,
  });
  const certificateId = await answers.ask({
    flag: 'certificate-id',
    prompt: 'Certificate ID of the M2M mapping',
    // A new certificate gets a new id: the stored one belongs to the old key.
    defaultValue: existing ? sealed.certificateId : undefined,
  });
  const privateKey = readFileSync(files.keyPath, 'utf8');
  const given = withDerivedUrls('netsuite', { accountId, clientId, certificateId, privateKey });
  await sealInto(session.database, session.masterKey, 'netsuite', given);
  print(context, 'Sealed the NetSuite credentials. Checking them as `mlc doctor` does:');
  return session.checkNetSuite();
}
