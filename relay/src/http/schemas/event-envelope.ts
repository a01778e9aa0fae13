import { z } from 'zod';
import { internalId, isoTime, transactionSnapshotSchema, vendorSnapshotSchema } from '../../domain/snapshot-schemas';

// The wire contract SuiteApp → relay (docs/architecture.md "SuiteApp → relay: events"), checked field by field so that a
// bad event is refused with the name of the field, and nothing is stored.

/** The snapshots check as the relay reads them back (store/record-columns.ts). */
export { transactionSnapshotSchema, vendorSnapshotSchema };

const base = {
  schemaVersion: z.literal(1),
  eventId: z.string().min(1).max(200),
  occurredAt: isoTime,
  recordId: internalId,
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
