// SuiteQL over REST has no bind parameters (docs/reference/netsuite-api.md "SuiteQL request and paging"): every literal is inlined, so every
// value goes through one of these.

/** A string literal: wrapped in single quotes, each `'` doubled. */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error('a SuiteQL literal cannot contain a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** A comma-separated list of internal ids for `IN (…)`; anything but digits is refused. */
export function idList(ids: readonly (string | number)[]): string {
  if (ids.length === 0) throw new Error('an IN (…) list needs at least one id');
  return ids
    .map((id) => {
      const text = String(id);
      if (!/^\d+$/.test(text)) throw new Error(`not a NetSuite internal id: ${JSON.stringify(text)}`);
      return text;
    })
    .join(', ');
}

/** `TO_TIMESTAMP('YYYY-MM-DD HH24:MI:SS', …)` for an ISO-like `YYYY-MM-DDTHH:MM:SS` (no zone: NetSuite's own). */
export function timestampLiteral(localDateTime: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})$/.exec(localDateTime);
  if (!match) throw new Error(`not a YYYY-MM-DDTHH:MM:SS date-time: ${JSON.stringify(localDateTime)}`);
  return `TO_TIMESTAMP('${match[1]} ${match[2]}', 'YYYY-MM-DD HH24:MI:SS')`;
}
