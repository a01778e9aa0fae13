import { z } from 'zod';
import type { ProcurifyClient } from './client';
import { validateRequestBody } from './validate-body';

// `POST /api/v3/ap/bills/mark-as-paid/` (Procurify's OpenAPI spec, operation
// ap_bills_mark_as_paid_create): "Set approved bills without payments to paid status." The body is
// MarkBillsAsPaidRequest; the answer, MarkBillsAsPaid, echoes it.

/** Bills per call: the spec sets no limit; this keeps one request modest. */
export const MARK_PAID_MAX_BILLS = 100;

const markBillsAsPaidRequest = z.strictObject({
  bill_uuids: z.array(z.string().min(1)).min(1).max(MARK_PAID_MAX_BILLS),
  payment_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const markBillsAsPaid = z.looseObject({ bill_uuids: z.array(z.string()), payment_date: z.string() });

export async function markBillsPaid(client: ProcurifyClient, billUuids: string[], paymentDate: string): Promise<void> {
  const body = validateRequestBody(markBillsAsPaidRequest, 'MarkBillsAsPaidRequest', {
    bill_uuids: billUuids,
    payment_date: paymentDate,
  });
  await client.request({
    method: 'POST',
    path: '/api/v3/ap/bills/mark-as-paid/',
    body,
    expect: [200],
    schema: markBillsAsPaid,
    schemaName: 'MarkBillsAsPaid',
  });
}
