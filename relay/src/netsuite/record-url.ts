/** `<base>/services/rest/record/v1/<type>/<id>`, refusing anything that could change the path. */
export function recordUrl(base: string, type: string, id: string): URL {
  // Standard types are camelCase words; custom record types are script ids (customrecord_mlc_…).
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(type)) throw new Error(`not a NetSuite record type: ${JSON.stringify(type)}`);
  if (!/^(\d+|eid:[A-Za-z0-9_-]+)$/.test(id)) throw new Error(`not a NetSuite record id: ${JSON.stringify(id)}`);
  return new URL(`${base}/services/rest/record/v1/${type}/${id}`);
}
