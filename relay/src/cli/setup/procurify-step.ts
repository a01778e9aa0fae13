import { loadCredentials } from '../../store/credentials';
import type { ProcurifyClient } from '../../procurify';
import { print, type CliContext } from '../context';
import { sealInto, urlProblem, withDerivedUrls } from '../seal-credentials';
import type { Answers } from './answers';
import type { SetupSession } from './connections';
import { PROCURIFY_CREDENTIALS } from './instructions';

/** Asks for Procurify's address and API client (what is sealed is the default), seals it and checks it. */
export async function setUpProcurify(
  context: CliContext,
  answers: Answers,
  session: SetupSession,
  options: { newSecret: boolean },
): Promise<{ client: ProcurifyClient; counts: Record<string, number> } | undefined> {
  const sealed = (await loadCredentials(session.database.db, 'procurify', session.masterKey))?.values ?? {};
  for (const line of PROCURIFY_CREDENTIALS) print(context, line);
  const baseUrl = await answers.ask({
    flag: 'procurify-base-url',
    prompt: 'Procurify address (where you sign in, such as https://acme.procurify.com)',
    defaultValue: sealed.baseUrl,
    problem: urlProblem,
  });
  const clientId = await answers.ask({
    flag: 'procurify-client-id',
    prompt: 'Procurify Client ID',
    defaultValue: sealed.clientId,
  });
  const clientSecret = await answers.ask({
    prompt: 'Procurify Client Secret',
    secret: true,
    defaultValue: options.newSecret ? undefined : sealed.clientSecret,
  });
  const given = withDerivedUrls('procurify', { baseUrl: baseUrl.replace(/\/+$/, ''), clientId, clientSecret });
  await sealInto(session.database, session.masterKey, 'procurify', given);
  print(context, 'Sealed the Procurify credentials. Checking them as `mlc doctor` does:');
  return session.checkProcurify();
}
