// What the relay said, in the terms the SuiteApp acts on.

/** The outcome of one HTTP exchange with the relay; transport errors never reach the caller as throws. */
export type RelayAnswer = { kind: 'answered'; status: number; body: string } | { kind: 'unreachable'; error: string };

export interface Acceptance {
  accepted: string[];
  duplicates: string[];
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
}

/** Reads a 202 body `{"accepted": [...], "duplicates": [...]}`; null when it is not one. */
export function parseAcceptance(answer: RelayAnswer): Acceptance | null {
  if (answer.kind !== 'answered' || answer.status !== 202) return null;
  try {
    const body = JSON.parse(answer.body) as { accepted?: unknown; duplicates?: unknown };
    const accepted = stringList(body.accepted);
    const duplicates = stringList(body.duplicates ?? []);
    return accepted && duplicates ? { accepted, duplicates } : null;
  } catch {
    return null;
  }
}

/** The relay's error message (`{"error": {"code", "message"}}`), or the raw body cut short. */
export function relayErrorText(answer: RelayAnswer): string {
  if (answer.kind === 'unreachable') return `relay unreachable: ${answer.error}`;
  try {
    const body = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
    if (body.error && typeof body.error.message === 'string') {
      return `HTTP ${answer.status} ${String(body.error.code ?? '')}: ${body.error.message}`.slice(0, 500);
    }
  } catch {
    // not JSON: fall through to the raw body
  }
  return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
}

/** Answers that blame the events themselves (schema or size): re-sending them unchanged cannot help. */
export function isRejectionOfContent(answer: RelayAnswer): boolean {
  return answer.kind === 'answered' && (answer.status === 400 || answer.status === 413);
}
