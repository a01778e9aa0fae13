// Links to a synced record's page in Procurify's web app, shown on the NetSuite subtab and the admin
// record page. Procurify does not document its web app's paths, so each is a template the operator
// copies from the browser (PROCURIFY_VENDOR_LINK, PROCURIFY_BILL_LINK), with {id} where the id goes.

import type { Config } from '../config';

export type ProcurifyLinks = Config['procurify']['links'];

const PLACEHOLDER = '{id}';

/** The page of a record written to Procurify, or null when it has no Procurify id or no template. */
export function procurifyLink(
  links: ProcurifyLinks,
  record: { recordType: string; procurifyId: string | null },
): string | null {
  const template = links[record.recordType as keyof ProcurifyLinks];
  if (!template || record.procurifyId === null) return null;
  return template.split(PLACEHOLDER).join(encodeURIComponent(record.procurifyId));
}
