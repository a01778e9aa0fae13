import { ConnectionError, HttpError, TimeoutError } from '../../transport/errors';

export interface CheckResult {
  /** What was checked, e.g. "token", "read vendors". */
  name: string;
  ok: boolean;
  /** A count or a plain-words explanation of the failure and what to do. */
  detail: string;
}

/** Runs one check; a thrown error becomes a failed result worded by `explain`. */
export async function check(
  name: string,
  run: () => Promise<string>,
  explain: (error: unknown) => string,
): Promise<CheckResult> {
  try {
    return { name, ok: true, detail: await run() };
  } catch (error) {
    return { name, ok: false, detail: explain(error) };
  }
}

/** What went wrong on the way, for errors that are not about the system's answer. */
export function transportProblem(system: string, error: unknown): string | undefined {
  if (error instanceof TimeoutError) return `${system} gave no answer within ${error.timeoutMs} ms.`;
  if (error instanceof ConnectionError)
    return `cannot connect to ${system} (${error.message.split(': ').pop()}); check the base URL and the network.`;
  if (error instanceof HttpError && error.status >= 500)
    return `${system} answered ${error.status} (a server error); try again later.`;
  return undefined;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
