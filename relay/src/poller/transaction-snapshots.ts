import { idList, type NetSuiteClient, type SuiteQlRow } from '../netsuite';
import { accountFeatures, ALL_FEATURES, type NetSuiteFeatures } from '../netsuite/features';
import type {
  ApprovalStatus,
  ExpenseLine,
  ItemLine,
  Ref,
  TransactionSnapshot,
} from '../../../suiteapp/src/lib/snapshot-types';
import { amountString, decimalString } from '../../../suiteapp/src/lib/field-values';
import { COMPANY_SUBSIDIARY } from '../../../suiteapp/src/lib/transaction-snapshot';
import { billPaymentFields, paymentLinksQuery, type BillPaymentFields } from '../../../suiteapp/src/lib/bill-payments';
import type { CurrencyCodes } from './currency-codes';
import { groupBy, ref, text } from './row-values';

// Bill and PO snapshots from two set queries per page (headers; lines with their accounts and
// source POs), field for field as the SuiteApp builds them (suiteapp/src/lib/transaction-snapshot.ts).
// Columns of a feature the account lacks are not asked for: SuiteQL would refuse the whole query.

const APPROVAL_BY_ID: Record<string, ApprovalStatus> = { '1': 'pending', '2': 'approved', '3': 'rejected' };
const NO_REF: Ref = { id: '', name: '' };

export function headerQuery(
  ids: readonly string[],
  features: NetSuiteFeatures = ALL_FEATURES,
  kind: 'vendorbill' | 'purchaseorder' = 'purchaseorder',
): string {
  return (
    'SELECT t.id, t.tranid, t.entity, BUILTIN.DF(t.entity) AS entityname, ' +
    "TO_CHAR(t.trandate,'YYYY-MM-DD') AS trandate, TO_CHAR(t.duedate,'YYYY-MM-DD') AS duedate, " +
    (features.multiCurrency ? 't.currency, t.exchangerate, ' : '') +
    't.terms, BUILTIN.DF(t.terms) AS termsname, t.memo, t.approvalstatus, ' +
    `t.status, BUILTIN.DF(t.status) AS statusname, t.foreigntotal${kind === 'vendorbill' ? ', t.foreignamountunpaid' : ''} ` +
    `FROM transaction t WHERE t.id IN (${idList(ids)})`
  );
}

/** Lines of every kind; the header (mainline) row carries subsidiary, department and location. */
export function linesQuery(ids: readonly string[], features: NetSuiteFeatures = ALL_FEATURES): string {
  return (
    'SELECT tl.transaction, tl.id, tl.linesequencenumber, tl.mainline, tl.item, BUILTIN.DF(tl.item) AS itemname, ' +
    'tl.expenseaccount, a.acctnumber, a.accountsearchdisplaynamecopy AS acctname, tl.foreignamount, tl.quantity, tl.rate, ' +
    (features.departments ? 'tl.department, BUILTIN.DF(tl.department) AS departmentname, ' : '') +
    (features.locations ? 'tl.location, BUILTIN.DF(tl.location) AS locationname, ' : '') +
    (features.oneWorld ? 'tl.subsidiary, BUILTIN.DF(tl.subsidiary) AS subsidiaryname, ' : '') +
    'tl.memo, tl.createdfrom, po.tranid AS createdfromtranid ' +
    'FROM transactionline tl LEFT JOIN account a ON a.id = tl.expenseaccount ' +
    'LEFT JOIN transaction po ON po.id = tl.createdfrom ' +
    `WHERE tl.transaction IN (${idList(ids)}) AND tl.taxline = 'F' ORDER BY tl.transaction, tl.linesequencenumber`
  );
}

function account(row: SuiteQlRow) {
  const id = text(row, 'expenseaccount');
  return id === null ? null : { id, number: text(row, 'acctnumber'), name: text(row, 'acctname') ?? '' };
}

function expenseLine(row: SuiteQlRow): ExpenseLine {
  const lineAccount = account(row);
  if (lineAccount === null) throw new Error(`Expense line ${String(row.id)} has no account`);
  return {
    line: Number(row.id),
    account: lineAccount,
    amount: amountString(row.foreignamount ?? null),
    department: ref(row, 'department', 'departmentname'),
    location: ref(row, 'location', 'locationname'),
    memo: text(row, 'memo'),
  };
}

function itemLine(row: SuiteQlRow): ItemLine {
  return {
    line: Number(row.id),
    item: ref(row, 'item', 'itemname')!,
    quantity: decimalString(row.quantity ?? null),
    rate: decimalString(row.rate ?? null),
    amount: amountString(row.foreignamount ?? null),
    account: account(row),
    department: ref(row, 'department', 'departmentname'),
    location: ref(row, 'location', 'locationname'),
    description: text(row, 'memo'),
  };
}

/** The SuiteApp reads `orderdoc` over item lines, then expense lines, first seen first. */
function purchaseOrders(items: SuiteQlRow[], expenses: SuiteQlRow[]): { id: string; tranId: string }[] {
  const orders = new Map<string, string>();
  for (const row of [...items, ...expenses]) {
    const id = text(row, 'createdfrom');
    if (id !== null && !orders.has(id)) orders.set(id, text(row, 'createdfromtranid') ?? '');
  }
  return [...orders].map(([id, tranId]) => ({ id, tranId }));
}

export function toTransactionSnapshot(
  header: SuiteQlRow,
  lines: readonly SuiteQlRow[],
  kind: 'vendorbill' | 'purchaseorder',
  currencies: CurrencyCodes,
  lastModified: string,
  features: NetSuiteFeatures = ALL_FEATURES,
  payment?: BillPaymentFields,
): TransactionSnapshot {
  const mainline = lines.find((row) => row.mainline === 'T') ?? {};
  const body = lines.filter((row) => row.mainline !== 'T');
  const items = body.filter((row) => text(row, 'item') !== null);
  const expenses = body.filter((row) => text(row, 'item') === null);
  const currencyId = text(header, 'currency') ?? '1';
  const tranDate = text(header, 'trandate');
  if (tranDate === null) throw new Error(`Transaction ${String(header.id)} has no date`);
  return {
    id: String(header.id),
    tranId: text(header, 'tranid') ?? '',
    entity: ref(header, 'entity', 'entityname') ?? NO_REF,
    tranDate,
    dueDate: text(header, 'duedate'),
    currency: { id: currencyId, code: currencies.code(currencyId) },
    exchangeRate: decimalString(header.exchangerate ?? null) ?? '1',
    terms: ref(header, 'terms', 'termsname'),
    memo: text(header, 'memo'),
    approvalStatus: APPROVAL_BY_ID[text(header, 'approvalstatus') ?? ''] ?? null,
    status: statusText(header),
    subsidiary: features.oneWorld ? (ref(mainline, 'subsidiary', 'subsidiaryname') ?? NO_REF) : COMPANY_SUBSIDIARY,
    department: ref(mainline, 'department', 'departmentname'),
    location: ref(mainline, 'location', 'locationname'),
    total: amountString(header.foreigntotal ?? null),
    purchaseOrders: kind === 'vendorbill' ? purchaseOrders(items, expenses) : [],
    expenses: expenses.map(expenseLine),
    items: items.map(itemLine),
    ...payment,
    lastModified,
  };
}

/** Snapshots of the given transactions, by id; one gone since the page was read is left out. */
export async function readTransactionSnapshots(
  client: NetSuiteClient,
  kind: 'vendorbill' | 'purchaseorder',
  currencies: CurrencyCodes,
  versions: ReadonlyMap<string, string>,
): Promise<Map<string, TransactionSnapshot>> {
  const snapshots = new Map<string, TransactionSnapshot>();
  if (versions.size === 0) return snapshots;
  const ids = [...versions.keys()];
  const features = await accountFeatures(client);
  const headers = await client.suiteql(headerQuery(ids, features, kind), { limit: 1000 });
  const lines = await readAllLines(client, linesQuery(ids, features));
  const linesOf = groupBy(lines, 'transaction');
  // Bills carry what is still due and the payments and credits applied (one more set query).
  const links = kind === 'vendorbill' ? groupBy(await readAllLines(client, paymentLinksQuery(ids)), 'bill') : null;
  for (const header of headers.items) {
    const id = String(header.id);
    const lastModified = versions.get(id)!;
    const payment = links ? billPaymentFields(header.foreignamountunpaid, links.get(id) ?? []) : undefined;
    snapshots.set(
      id,
      toTransactionSnapshot(header, linesOf.get(id) ?? [], kind, currencies, lastModified, features, payment),
    );
  }
  return snapshots;
}

/** A page of bills has a few thousand lines: keyset on (transaction, line sequence) is overkill, offsets do. */
async function readAllLines(client: NetSuiteClient, query: string): Promise<SuiteQlRow[]> {
  const rows: SuiteQlRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.suiteql(query, { limit: 1000, offset });
    rows.push(...page.items);
    if (!page.hasMore) return rows;
  }
}

/**
 * The status as the record shows it ("Open"), as the SuiteApp reads it: SuiteQL's display text
 * names the type first ("Bill : Open").
 */
function statusText(header: SuiteQlRow): string {
  const display = text(header, 'statusname');
  if (display === null) return text(header, 'status') ?? '';
  const separator = display.lastIndexOf(' : ');
  return separator === -1 ? display : display.slice(separator + ' : '.length);
}
