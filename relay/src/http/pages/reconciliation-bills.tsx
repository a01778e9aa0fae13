import {
  moneyText,
  type BillComparison,
  type Classification,
  type ReconciliationReport,
  type VendorDrift,
} from '../../reconcile';
import { BILL_COLUMNS, billRow } from '../../reconcile/report-rows';
import { CsrfField, RecordLink, StateBadge } from './components';
import { CLASSIFICATION_WORDS } from './reconciliation-summary';

// The bill-by-bill list (one table per classification) and the vendor drift. The text of each row
// comes from report-rows.ts, the same rows the CLI prints, so page and CLI never disagree.

/** States a person can fix and then replay from here. */
const REPLAYABLE = new Set(['failed', 'needs_mapping']);

type Cells = Record<(typeof BILL_COLUMNS)[number], string>;

function cellsOf(bill: BillComparison): Cells {
  const row = billRow(bill, { grouped: true });
  return Object.fromEntries(BILL_COLUMNS.map((column, index) => [column, row[index] ?? ''])) as Cells;
}

export interface ReplayTarget {
  csrf: string;
  /** Where the replay leads back to: the page's own query (period, subsidiary). */
  back: Record<string, string>;
}

/** Past this many, matched bills fold away: they need no attention. */
const OPEN_MATCHED_LIMIT = 10;

export function BillGroup(props: { classification: Classification; bills: BillComparison[]; replay: ReplayTarget }) {
  const { classification, bills } = props;
  // Bills the relay never saw (not sent yet; a poll or backfill brings them) fold away below the ones it holds.
  const unseen = classification === 'only_netsuite' ? bills.filter((bill) => !bill.relay) : [];
  const shown = bills.filter((bill) => !unseen.includes(bill));
  const fold = classification === 'matched' && shown.length > OPEN_MATCHED_LIMIT;
  const table = (rows: BillComparison[]) => (
    <BillTable classification={classification} bills={rows} replay={props.replay} />
  );
  return (
    <section class="card wide" id={`bills-${classification}`}>
      <h2>
        {CLASSIFICATION_WORDS[classification]} <span class="muted">({bills.length})</span>
      </h2>
      {classification === 'skipped' && (
        <p class="muted small">
          Bills not meant to be in Procurify: not approved in NetSuite, or skipped by the relay on purpose. They are
          neither differences nor in the totals.
        </p>
      )}
      {bills.length === 0 && <p class="muted">No bills.</p>}
      {shown.length > 0 &&
        (fold ? (
          <details>
            <summary>Show the {shown.length} bills that agree</summary>
            {table(shown)}
          </details>
        ) : (
          table(shown)
        ))}
      {unseen.length > 0 && (
        <details class="unseen">
          <summary>
            {unseen.length} bill{unseen.length === 1 ? '' : 's'} the relay never saw (a poll or backfill sends them)
          </summary>
          {table(unseen)}
        </details>
      )}
    </section>
  );
}

function BillTable(props: { classification: Classification; bills: BillComparison[]; replay: ReplayTarget }) {
  const { classification } = props;
  const showDifference = classification === 'amount_differs';
  return (
    <table class="bills" data-classification={classification}>
      <thead>
        <tr>
          <th>NetSuite bill</th>
          <th>Invoice</th>
          <th>Vendor</th>
          <th>Date</th>
          <th class="num">NetSuite</th>
          <th class="num">Procurify</th>
          {showDifference && <th class="num">Difference</th>}
          <th>Paid</th>
          <th>
            {classification === 'only_procurify' ? 'Origin' : classification === 'skipped' ? 'Why skipped' : 'Relay'}
          </th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {props.bills.map((bill) => (
          <BillRow bill={bill} showDifference={showDifference} replay={props.replay} />
        ))}
      </tbody>
    </table>
  );
}

function BillRow(props: { bill: BillComparison; showDifference: boolean; replay: ReplayTarget }) {
  const { bill } = props;
  const cells = cellsOf(bill);
  const money = (amount: string) => (amount ? `${amount} ${cells.currency}` : '');
  return (
    <tr>
      <td>
        {bill.netsuite && bill.relay ? (
          <RecordLink recordType="vendorbill" recordId={bill.netsuite.id} />
        ) : (
          (bill.netsuite?.id ?? <span class="muted">none</span>)
        )}
      </td>
      <td class="invoice">{cells.invoice}</td>
      <td>{cells.vendor}</td>
      <td class="when">{cells.date}</td>
      <td class="num">{money(cells.netsuite)}</td>
      <td class="num">{money(cells.procurify)}</td>
      {props.showDifference && (
        <td class="num diff">
          {bill.differenceCents === undefined ? '' : moneyText(bill.differenceCents, cells.currency, { signed: true })}
        </td>
      )}
      <td class="paid">
        {cells.paid}
        {bill.paymentDrift && <span class="pill pill-warn">payment_status_drift</span>}
      </td>
      <td class="why">
        {bill.classification === 'skipped' && <div class="skip-reason">{bill.skipReason}</div>}
        {bill.relay ? <StateBadge state={bill.relay.status} /> : bill.classification !== 'skipped' && cells.why}
        {bill.classification === 'only_netsuite' && bill.relay?.message && (
          <div class="muted small">{bill.relay.message}</div>
        )}
      </td>
      <td>
        {bill.netsuite && bill.relay && REPLAYABLE.has(bill.relay.status) && (
          <ReplayForm recordId={bill.netsuite.id} replay={props.replay} />
        )}
      </td>
    </tr>
  );
}

/** A form per bill, so the button works without scripts; the CSRF token rides along as on every form. */
function ReplayForm(props: { recordId: string; replay: ReplayTarget }) {
  return (
    <form method="post" action="/admin/reconciliation/replay" class="inline">
      <CsrfField token={props.replay.csrf} />
      <input type="hidden" name="record" value={`vendorbill:${props.recordId}`} />
      {Object.entries(props.replay.back).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="small">
        Replay
      </button>
    </form>
  );
}

/** Bills paid in one system and not the other: what the relay could not show in Procurify, or what changed there. */
export function PaymentDriftList(props: { drift: ReconciliationReport['paymentDrift'] }) {
  if (props.drift.length === 0) return <p class="muted">Every bill shows the same paid status in both systems.</p>;
  return (
    <table class="payment-drift">
      <thead>
        <tr>
          <th>NetSuite bill</th>
          <th>Invoice</th>
          <th>Vendor</th>
          <th>What differs</th>
        </tr>
      </thead>
      <tbody>
        {props.drift.map((entry) => (
          <tr>
            <td>
              <RecordLink recordType="vendorbill" recordId={entry.netsuiteId} />
            </td>
            <td class="invoice">{entry.invoice}</td>
            <td>{entry.vendor}</td>
            <td>{entry.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function VendorDriftTable(props: { vendors: VendorDrift[] }) {
  if (props.vendors.length === 0) return <p class="muted">Every NetSuite vendor is in Procurify as it should be.</p>;
  return (
    <table class="vendors">
      <thead>
        <tr>
          <th>NetSuite vendor</th>
          <th>Name</th>
          <th>In Procurify</th>
          <th>Differences</th>
          <th>Relay</th>
        </tr>
      </thead>
      <tbody>
        {props.vendors.map((vendor) => (
          <tr>
            <td>
              {vendor.relayStatus ? <RecordLink recordType="vendor" recordId={vendor.netsuiteId} /> : vendor.netsuiteId}
            </td>
            <td>{vendor.name}</td>
            <td>
              {vendor.issue === 'missing' ? (
                <span class="pill pill-bad">missing</span>
              ) : (
                <span class="pill pill-warn">different (id {vendor.procurifyId})</span>
              )}
            </td>
            <td>
              <ul class="plain">
                {vendor.differences.map((difference) => (
                  <li>
                    <strong>{difference.field}</strong>: NetSuite <q>{String(difference.netsuite ?? '')}</q>, Procurify{' '}
                    <q>{String(difference.procurify ?? '')}</q>
                  </li>
                ))}
              </ul>
            </td>
            <td>
              {vendor.relayStatus ? <StateBadge state={vendor.relayStatus} /> : <span class="muted">never seen</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
