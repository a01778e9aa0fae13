import {
  groupedCents,
  moneyText,
  type AccountTotal,
  type Classification,
  type ComparedClassification,
  type CurrencyTotal,
  type ReconciliationReport,
} from '../../reconcile';

// The reconciliation's figures: bills per classification, each currency's totals split by
// classification (the parts add up to both systems' totals), and GL account × department. Bills
// skipped on purpose are counted apart, outside the totals and the differences.

export const CLASSIFICATION_ORDER: ComparedClassification[] = [
  'amount_differs',
  'only_netsuite',
  'only_procurify',
  'matched',
];

export const CLASSIFICATION_WORDS: Record<Classification, string> = {
  matched: 'In both and equal',
  amount_differs: 'Amounts differ',
  only_netsuite: 'Only in NetSuite',
  only_procurify: 'Only in Procurify',
  skipped: 'Skipped on purpose',
};

export function ClassificationBadge(props: { classification: Classification }) {
  return <span class={`pill class-${props.classification}`}>{CLASSIFICATION_WORDS[props.classification]}</span>;
}

export function ClassificationCounts(props: { report: ReconciliationReport }) {
  const skipped = props.report.counts.skipped ?? 0;
  return (
    <ul class="counts">
      {CLASSIFICATION_ORDER.map((classification) => (
        <li>
          <a href={`#bills-${classification}`} data-classification={classification}>
            <span class="count">{props.report.counts[classification]}</span>
            <ClassificationBadge classification={classification} />
          </a>
        </li>
      ))}
      <li
        class="apart"
        title="Not approved in NetSuite, or skipped by the relay: neither differences nor in the totals"
      >
        <a href="#bills-skipped" data-classification="skipped">
          <span class="count">{skipped}</span>
          <ClassificationBadge classification="skipped" />
        </a>
      </li>
    </ul>
  );
}

/** One currency: a row per classification, then the totals, which are each system's whole total. */
export function CurrencyTotalTable(props: { total: CurrencyTotal }) {
  const { total } = props;
  const money = (cents: number) => moneyText(cents, total.currency);
  const skipped = total.skipped ?? { bills: 0, netsuiteCents: 0 };
  return (
    <>
      <table class="totals" data-currency={total.currency}>
        <thead>
          <tr>
            <th>{total.currency}</th>
            <th class="num">Bills</th>
            <th class="num">NetSuite</th>
            <th class="num">Procurify</th>
            <th class="num">Difference</th>
          </tr>
        </thead>
        <tbody>
          {CLASSIFICATION_ORDER.map((classification) => {
            const part = total.byClassification[classification];
            return (
              <tr>
                <td>
                  <ClassificationBadge classification={classification} />
                </td>
                <td class="num">{part.bills}</td>
                <td class="num">{money(part.netsuiteCents)}</td>
                <td class="num">{money(part.procurifyCents)}</td>
                <Difference cents={part.procurifyCents - part.netsuiteCents} currency={total.currency} />
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th>Total</th>
            <th class="num">{Object.values(total.byClassification).reduce((sum, part) => sum + part.bills, 0)}</th>
            <th class="num" data-total="netsuite">
              {money(total.netsuiteCents)}
            </th>
            <th class="num" data-total="procurify">
              {money(total.procurifyCents)}
            </th>
            <Difference cents={total.procurifyCents - total.netsuiteCents} currency={total.currency} header />
          </tr>
        </tfoot>
      </table>
      {skipped.bills > 0 && (
        <p class="muted small skipped-apart" data-currency={total.currency}>
          Not in these totals:{' '}
          <a href="#bills-skipped">
            {skipped.bills} bill{skipped.bills === 1 ? '' : 's'} skipped on purpose
          </a>{' '}
          ({money(skipped.netsuiteCents)} in NetSuite), not approved in NetSuite or skipped by the relay.
        </p>
      )}
    </>
  );
}

/** Rows that differ first and always open; past a screenful, the rows that agree fold away. */
export function AccountTable(props: { rows: AccountTotal[] }) {
  if (props.rows.length === 0) return <p class="muted">No bill lines in this period.</p>;
  const differing = props.rows.filter((row) => row.differenceCents !== 0);
  const agreeing = props.rows.filter((row) => row.differenceCents === 0);
  return (
    <>
      {differing.length > 0 ? (
        <AccountRows rows={differing} />
      ) : (
        <p class="muted">Every GL account × department agrees.</p>
      )}
      {agreeing.length > 0 &&
        (differing.length + agreeing.length > 12 ? (
          <details>
            <summary>
              Show the {agreeing.length} GL account × department row{agreeing.length === 1 ? '' : 's'} that agree
            </summary>
            <AccountRows rows={agreeing} />
          </details>
        ) : (
          <AccountRows rows={agreeing} />
        ))}
    </>
  );
}

function AccountRows(props: { rows: AccountTotal[] }) {
  return (
    <table class="accounts">
      <thead>
        <tr>
          <th>Currency</th>
          <th title="The Procurify account code; NetSuite's own coding is named where a mapping changes it">
            GL account
          </th>
          <th>Department</th>
          <th class="num">NetSuite</th>
          <th class="num">Procurify</th>
          <th class="num">Difference</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr class={row.differenceCents === 0 ? '' : 'differs'}>
            <td>{row.currency}</td>
            <td>
              {row.glAccount}
              {row.netsuiteCoding && row.netsuiteCoding.length > 0 && (
                <div class="muted small mapped-from">mapped from NetSuite {row.netsuiteCoding.join(', ')}</div>
              )}
            </td>
            <td>{row.department}</td>
            <td class="num">{groupedCents(row.netsuiteCents)}</td>
            <td class="num">{groupedCents(row.procurifyCents)}</td>
            <Difference cents={row.differenceCents} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Procurify minus NetSuite; zero is quiet, anything else stands out in colour and with its sign. */
function Difference(props: { cents: number; currency?: string; header?: boolean }) {
  const text = moneyText(props.cents, props.currency ?? '', { signed: true });
  const cls = `num ${props.cents === 0 ? 'muted' : 'diff'}`;
  return props.header ? <th class={cls}>{text}</th> : <td class={cls}>{text}</td>;
}
