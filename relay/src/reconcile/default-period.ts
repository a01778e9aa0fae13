import type { NetSuiteClient } from '../netsuite';
import { parsePeriod, type Period } from './period';

// The period the reconciliation page opens on when none is asked for: the latest month with bills,
// up to the current one. That is the current month once it has a bill, else the latest month before
// it that has some: early in a month, before its first bill, that is last month, the one being
// closed, rather than an empty page. Bills dated after this month (entered ahead) are passed over
// unless there are no others; with no bills at all, the current month. One SuiteQL read (two in that
// last case).

export async function defaultPeriod(client: NetSuiteClient, nowMs: number): Promise<Period> {
  const current = parsePeriod(new Date(nowMs).toISOString().slice(0, 7));
  const latest =
    (await firstBillDate(
      client,
      `AND t.trandate <= TO_DATE('${current.to}', 'YYYY-MM-DD') ORDER BY t.trandate DESC`,
    )) ?? (await firstBillDate(client, `ORDER BY t.trandate ASC`));
  return latest ? parsePeriod(latest.slice(0, 7)) : current;
}

async function firstBillDate(client: NetSuiteClient, rest: string): Promise<string | undefined> {
  const page = await client.suiteql(
    `SELECT TO_CHAR(t.trandate, 'YYYY-MM-DD') AS trandate FROM transaction t WHERE t.type = 'VendBill' ${rest} FETCH FIRST 1 ROWS ONLY`,
    { limit: 1, offset: 0 },
  );
  const value = page.items[0]?.trandate;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
