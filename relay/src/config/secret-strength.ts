// What makes a secret too weak for production. A generated secret (`mlc init`, `openssl rand`)
// passes every test here by a wide margin; what fails is typed by hand or copied from an example.

const MIN_TOKEN_LENGTH = 16;
/** A random 16-character base64url token has about 14 distinct characters; 8 is far below. */
const MIN_DISTINCT_CHARACTERS = 8;
/** 32 random bytes have about 30 distinct values; fewer than 16 is no random key. */
const MIN_DISTINCT_KEY_BYTES = 16;

/** Why a token or shared secret is weak, or undefined when it is strong enough. */
export function tokenWeakness(value: string): string | undefined {
  if (value.length < MIN_TOKEN_LENGTH) return `is shorter than ${MIN_TOKEN_LENGTH} characters`;
  const distinct = new Set(value).size;
  if (distinct === 1) return 'repeats one character';
  if (distinct < MIN_DISTINCT_CHARACTERS) {
    return `has fewer than ${MIN_DISTINCT_CHARACTERS} different characters (low entropy)`;
  }
  return undefined;
}

/** Why a 32-byte master key is weak, or undefined when it looks random. */
export function masterKeyWeakness(key: Buffer): string | undefined {
  if (key.every((byte) => byte === 0)) return 'is all zero bytes';
  if (new Set(key).size < MIN_DISTINCT_KEY_BYTES) {
    return `has fewer than ${MIN_DISTINCT_KEY_BYTES} different byte values (low entropy, not random)`;
  }
  return undefined;
}

export interface ProductionSecrets {
  MLC_ADMIN_TOKEN?: string;
  MLC_EVENT_SECRET?: string;
  MLC_EVENT_SECRET_PREVIOUS?: string;
  MLC_MASTER_KEY?: string;
}

const HOW_TO_GENERATE = 'generate one with `mlc init` or `openssl rand -base64 32`';

/** One problem per weak or reused secret, naming the variable and the reason, never the value. */
export function weakSecretProblems(secrets: ProductionSecrets): string[] {
  const problems: string[] = [];
  for (const name of ['MLC_ADMIN_TOKEN', 'MLC_EVENT_SECRET', 'MLC_EVENT_SECRET_PREVIOUS'] as const) {
    const value = secrets[name];
    const weakness = value === undefined ? undefined : tokenWeakness(value);
    if (weakness) problems.push(`${name}: is too weak for production: it ${weakness}; ${HOW_TO_GENERATE}`);
  }
  const { MLC_ADMIN_TOKEN: admin, MLC_EVENT_SECRET: event, MLC_EVENT_SECRET_PREVIOUS: previous } = secrets;
  // One leaked value must not open two doors: the admin API and the signed ingest.
  if (admin !== undefined && (admin === event || admin === previous)) {
    problems.push(
      'MLC_ADMIN_TOKEN: must differ from the event secrets (one leak would open both the admin API and ingest)',
    );
  }
  if (previous !== undefined && previous === event) {
    problems.push('MLC_EVENT_SECRET_PREVIOUS: equals MLC_EVENT_SECRET, so nothing is being rotated; remove it');
  }
  if (secrets.MLC_MASTER_KEY !== undefined) {
    const weakness = masterKeyWeakness(Buffer.from(secrets.MLC_MASTER_KEY, 'base64'));
    if (weakness) problems.push(`MLC_MASTER_KEY: is too weak for production: it ${weakness}; ${HOW_TO_GENERATE}`);
  }
  return problems;
}
