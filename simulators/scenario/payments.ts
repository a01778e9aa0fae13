import type { ScenarioPayment, ScenarioTransaction } from './types';

// The three plants' payables: a weekly payment run every Friday pays the bills the scenario shows
// "Paid In Full" (one vendor payment per vendor and run), one bill is paid in part, and one payment
// was voided after the run (its bill is open again).

const FIRST_PAYMENT_ID = 3001;
const LAST_RUN = '2026-11-20';

export function buildPayments(bills: readonly ScenarioTransaction[]): ScenarioPayment[] {
  let nextId = FIRST_PAYMENT_ID;
  const payment = (
    vendorId: string,
    currencyId: string,
    date: string,
    apply: ScenarioPayment['apply'],
    voidedOn?: string,
  ): ScenarioPayment => {
    const id = String(nextId++);
    const created = `${date}T09:00:00Z`;
    return {
      id,
      type: 'vendorpayment',
      tranId: `PMT-${id}`,
      vendorId,
      tranDate: date,
      currencyId,
      voided: voidedOn !== undefined,
      apply,
      lastModified: voidedOn ? `${voidedOn}T15:30:00Z` : created,
      dateCreated: created,
    };
  };

  const runs = new Map<string, ScenarioTransaction[]>();
  for (const bill of bills.filter((candidate) => candidate.status === 'Paid In Full')) {
    const key = `${paymentRun(bill.tranDate)}|${bill.vendorId}`;
    runs.set(key, [...(runs.get(key) ?? []), bill]);
  }
  const payments = [...runs].map(([key, paid]) =>
    payment(
      paid[0]!.vendorId,
      paid[0]!.currencyId,
      key.split('|')[0]!,
      paid.map((bill) => ({ billId: bill.id, amount: total(bill) })),
    ),
  );

  // Two open bills of the random ones (never a named scenario case): one paid in part, one whose
  // payment was voided.
  const open = bills.filter((bill) => bill.status === 'Open' && Number(bill.id) > 1100);
  const [partly, reopened] = [open[0]!, open[1]!];
  payments.push(
    payment(partly.vendorId, partly.currencyId, LAST_RUN, [{ billId: partly.id, amount: half(partly) }]),
    payment(
      reopened.vendorId,
      reopened.currencyId,
      '2026-11-13',
      [{ billId: reopened.id, amount: total(reopened) }],
      '2026-11-16',
    ),
  );
  return payments;
}

/** The Friday run at least a week after the bill's date, the last one on the scenario's last day. */
function paymentRun(tranDate: string): string {
  const day = new Date(`${tranDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  while (day.getUTCDay() !== 5) day.setUTCDate(day.getUTCDate() + 1);
  const run = day.toISOString().slice(0, 10);
  return run > LAST_RUN ? LAST_RUN : run;
}

function total(bill: ScenarioTransaction): string {
  return (bill.lines.reduce((sum, line) => sum + Math.round(Number(line.amount) * 100), 0) / 100).toFixed(2);
}

function half(bill: ScenarioTransaction): string {
  return (Math.round(Number(total(bill)) * 50) / 100).toFixed(2);
}
