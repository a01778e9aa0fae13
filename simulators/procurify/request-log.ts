// Every API request the simulator received, for assertions: what was asked and what was answered.

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** The parsed JSON body (raw text when it was not JSON); secrets redacted. */
  body: unknown;
  /** null while the request is still open (a hang) or when the connection was dropped. */
  status: number | null;
  outcome: 'pending' | 'answered' | 'dropped';
  /** When it arrived, by the simulator's clock (ISO-8601). */
  time: string;
  /** DRF-style errors when the request failed OpenAPI validation. */
  validationErrors?: unknown;
}

const SECRET_FIELDS = new Set(['client_secret', 'password']);

export function redactBody(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([key, value]) => [
      key,
      SECRET_FIELDS.has(key) ? '[redacted]' : value,
    ]),
  );
}

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}
