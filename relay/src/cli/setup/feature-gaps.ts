import { createReferenceCache } from '../../sync/reference-cache';
import { NO_DEPARTMENT } from '../../sync/mapping';
import { listOverrides, mergeOverrides } from '../../store/mapping-overrides';
import { print, type CliContext } from '../context';
import { readEnvFile, setEnvValue } from '../env-file';
import type { Answers } from './answers';
import type { SetupSession } from './connections';

// What an account without some optional features needs besides: without Multiple Currencies the
// relay cannot read the base currency over REST, so it is a setting; without Departments every
// Procurify account (a code × department pair) still needs a department, so lines without one go
// to a Procurify department mapped by hand (NetSuite department 0, "no department").

export async function askBaseCurrency(context: CliContext, answers: Answers, envFile: string): Promise<void> {
  print(context, 'This account has no Multiple Currencies, so NetSuite’s REST API cannot say its base currency.');
  const code = await answers.ask({
    flag: 'base-currency',
    prompt: 'The company’s base currency (ISO code such as USD or CAD)',
    defaultValue: readEnvFile(envFile).NETSUITE_BASE_CURRENCY || undefined,
    problem: (answer) => (/^[A-Za-z]{3}$/.test(answer) ? undefined : 'must be a three-letter ISO code such as USD'),
  });
  setEnvValue(envFile, 'NETSUITE_BASE_CURRENCY', code.toUpperCase());
  print(context, `NETSUITE_BASE_CURRENCY=${code.toUpperCase()} written to ${envFile}.`);
}

/** After the reference refresh (the fit report), so the Procurify departments are known. */
export async function askDepartmentForLinesWithout(
  context: CliContext,
  answers: Answers,
  session: SetupSession,
): Promise<void> {
  const current = (await listOverrides(session.database.db, 'departments')).find(
    (pair) => pair.netsuiteId === NO_DEPARTMENT.id,
  );
  const { refs } = await createReferenceCache(session.database).get();
  const active = refs.departments.filter((department) => department.active);
  print(context, 'This account has no Departments, but every Procurify account is an account code × department.');
  print(context, 'Bill lines will go to one Procurify department. Active ones:');
  for (const department of active.slice(0, 30)) print(context, `  ${department.id}  ${department.name}`);
  if (active.length > 30) print(context, `  … and ${active.length - 30} more (the Mappings page lists them all)`);
  const known = new Set(active.map((department) => String(department.id)));
  const answer = await answers.ask({
    flag: 'department',
    prompt: 'Procurify department id for bill lines',
    defaultValue: current?.procurifyId,
    problem: (id) => (known.has(id) ? undefined : 'is not the id of an active Procurify department'),
  });
  if (answer === current?.procurifyId) return;
  await mergeOverrides(session.database, 'departments', [{ netsuiteId: NO_DEPARTMENT.id, procurifyId: answer }], 'cli');
  print(
    context,
    `Mapped lines without a department (NetSuite department ${NO_DEPARTMENT.id}) to Procurify department ${answer}.`,
  );
}
