// A bill's `amountRemaining` and `payments`, from one SuiteQL query (10 governance units; a second
// only for a bill whose next links are none of them payments), the same values the relay's poller
// reads (lib/bill-payments.ts).
import * as query from 'N/query';
import { billPaymentFields, billWithPaymentsQuery, unpaidQuery, type BillPaymentFields } from '../lib/bill-payments';

export function readBillPaymentFields(billId: string): BillPaymentFields {
  const rows = query.runSuiteQL({ query: billWithPaymentsQuery(billId) }).asMappedResults() as Record<
    string,
    unknown
  >[];
  if (rows.length > 0) return billPaymentFields(rows[0]!.unpaid, rows);
  const unpaid = query.runSuiteQL({ query: unpaidQuery([billId]) }).asMappedResults()[0]?.unpaid;
  return billPaymentFields(unpaid, []);
}
