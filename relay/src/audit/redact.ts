// The audit trail records what was sent, never with what credentials: keys that name a credential
// lose their value, and known secret values are cut out of any string.

const SECRET_KEY = /(authorization|password|secret|token|private_?key|client_?assertion|signature|api_?key)/i;

export function redact(value: unknown, secrets: readonly string[] = []): unknown {
  if (typeof value === 'string') return scrub(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) && item !== null && item !== undefined ? '[redacted]' : redact(item, secrets),
      ]),
    );
  }
  return value;
}

function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  return result;
}
