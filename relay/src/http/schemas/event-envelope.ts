import { z } from 'zod';

// The wire contract SuiteApp → relay (docs/architecture.md "SuiteApp → relay: events"), checked field by field so that a
// bad event is refused with the name of the field, and nothing is stored.

const id = z.string().regex(/^\d+$/, 'must be a NetSuite internal id (digits, as a string)');
const text = z.string().max(4000);
const amount = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "1250.00"');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const isoTime = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 time such as 2026-11-20T14:03:11Z' });

const ref = z.strictObject({ id, name: text });
const accountRef = z.strictObject({ id, number: text.nullable(), name: text });
const currency = z.strictObject({ id, code: z.string().min(1).max(10) });

export const vendorSnapshotSchema = z.strictObject({
  id,
  entityId: text,
  companyName: text.nullable(),
  isPerson: z.boolean(),
  firstName: text.nullable(),
  lastName: text.nullable(),
  email: text.nullable(),
  phone: text.nullable(),
  isInactive: z.boolean(),
  currency,
  terms: ref.nullable(),
  subsidiary: ref.nullable(),
  defaultExpenseAccount: accountRef.nullable(),
  department: ref.nullable(),
  address: z
    .strictObject({
      line1: text.nullable(),
      line2: text.nullable(),
      city: text.nullable(),
      state: text.nullable(),
      zip: text.nullable(),
      country: text.nullable(),
    })
    .nullable(),
  lastModified: isoTime,
});

const lineNumber = z.number().int().nonnegative();

export const transactionSnapshotSchema = z.strictObject({
  id,
  tranId: text,
  entity: ref,
  tranDate: date,
  dueDate: date.nullable(),
  currency,
  exchangeRate: amount,
  terms: ref.nullable(),
  memo: text.nullable(),
  approvalStatus: z.enum(['approved', 'pending', 'rejected']).nullable(),
  status: text,
  subsidiary: ref,
  department: ref.nullable(),
  location: ref.nullable(),
  total: amount,
  purchaseOrders: z.array(z.strictObject({ id, tranId: text })).max(1000),
  expenses: z
    .array(
      z.strictObject({
        line: lineNumber,
        account: accountRef,
        amount,
        department: ref.nullable(),
        location: ref.nullable(),
        memo: text.nullable(),
      }),
    )
    .max(2000),
  items: z
    .array(
      z.strictObject({
        line: lineNumber,
        item: ref,
        quantity: amount.nullable(),
        rate: amount.nullable(),
        amount,
        account: accountRef.nullable(),
        department: ref.nullable(),
        location: ref.nullable(),
        description: text.nullable(),
      }),
    )
    .max(2000),
  // Bills only; optional since they came after schemaVersion 1 (docs/architecture.md "Snapshots").
  amountRemaining: amount.optional(),
  payments: z
    .array(z.strictObject({ id, tranId: text, type: z.enum(['VendPymt', 'VendCred']), date, amount }))
    .max(1000)
    .optional(),
  lastModified: isoTime,
});

const base = {
  schemaVersion: z.literal(1),
  eventId: z.string().min(1).max(200),
  occurredAt: isoTime,
  recordId: id,
  action: z.enum(['create', 'edit', 'delete', 'resync']),
  source: z.enum(['userevent', 'dispatcher', 'button', 'poll']),
};

const withSnapshot = <T extends z.ZodType>(recordType: string, snapshot: T) =>
  z.strictObject({ ...base, recordType: z.literal(recordType), snapshot: snapshot.nullable() });

export const envelopeSchema = z
  .discriminatedUnion('recordType', [
    withSnapshot('vendor', vendorSnapshotSchema),
    withSnapshot('vendorbill', transactionSnapshotSchema),
    withSnapshot('purchaseorder', transactionSnapshotSchema),
  ])
  .superRefine((envelope, ctx) => {
    if (envelope.action === 'delete' && envelope.snapshot !== null) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: 'must be null for a delete' });
    }
    if (envelope.action !== 'delete' && envelope.snapshot === null) {
      ctx.addIssue({ code: 'custom', path: ['snapshot'], message: `is required for ${envelope.action}` });
    }
    if (envelope.snapshot && envelope.snapshot.id !== envelope.recordId) {
      ctx.addIssue({ code: 'custom', path: ['recordId'], message: 'must equal snapshot.id' });
    }
  });

export const MAX_BATCH = 100;
