import { z } from 'zod';
import type { BillRead } from './schemas/bill';

// How far the draft-bill write of one NetSuite bill got: the items and the draft it created, which
// items the draft holds, and which of the last steps are done. It is saved after every step (with
// the sync record), so a retry, a crash or a restart resumes the write instead of starting over and
// leaving the first attempt's items behind in Procurify.

const allocationSchema = z.object({
  id: z.number().int().optional(),
  object_id: z.number().int().nullable().optional(),
  created_on: z.string().optional(),
});

const progressItemSchema = z.object({
  id: z.number().int(),
  description: z.string(),
  currencyId: z.number().int(),
  allocation: allocationSchema.optional(),
});
export type ProgressItem = z.infer<typeof progressItemSchema>;

export const billWriteProgressSchema = z.object({
  /** The Procurify vendor the items and the draft belong to. */
  vendorId: z.number().int(),
  items: z.array(progressItemSchema),
  /** An item create that was sent for this line and whose answer was never read: look before creating again. */
  pendingItem: z.object({ description: z.string(), accountId: z.number().int() }).optional(),
  /** A draft create was sent and its answer never read: look for the draft before creating another. */
  pendingDraft: z.boolean().optional(),
  draft: z
    .object({
      id: z.number().int(),
      uuid: z.string(),
      approvalChain: z.number().int().nullable(),
      approver: z.number().int().nullable(),
    })
    .optional(),
  /** Ids of the items the draft holds. */
  attached: z.array(z.number().int()),
  /** Hash of the last full update (status 0) sent: the same update is not sent twice. */
  updatedHash: z.string().optional(),
});
export type BillWriteProgress = z.infer<typeof billWriteProgressSchema>;

export function freshProgress(vendorId: number): BillWriteProgress {
  return { vendorId, items: [], attached: [] };
}

/** Stored progress, or undefined when there is none or it is not in today's shape (the write then starts afresh). */
export function parseProgress(json: string | null): BillWriteProgress | undefined {
  if (json === null) return undefined;
  try {
    const parsed = billWriteProgressSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Progress that knows the draft of ours Procurify holds (found by its uuid, or by invoice number after
 * a lost answer or from before progress was kept): the draft's items are what it holds, and reused.
 */
export function withDraftFound(progress: BillWriteProgress, bill: BillRead): BillWriteProgress {
  const known = new Set(progress.items.map((item) => item.id));
  const held = bill.items.map((item) => {
    const allocation = item.cost_allocations[0];
    return {
      id: item.id,
      description: item.description,
      currencyId: allocation?.currency.id ?? bill.currency.id,
      allocation: allocation && {
        id: allocation.id,
        object_id: allocation.object_id ?? item.id,
        created_on: allocation.created_on,
      },
    };
  });
  const { pendingDraft: _found, ...rest } = progress;
  return {
    ...rest,
    items: [...progress.items, ...held.filter((item) => !known.has(item.id))],
    draft: {
      id: bill.id,
      uuid: bill.uuid,
      approvalChain: progress.draft?.approvalChain ?? referenceId(bill.approval_chain),
      approver: progress.draft?.approver ?? null,
    },
    attached: held.map((item) => item.id),
  };
}

/** The draft's items and the draft itself, as a person would look for them in Procurify. */
export function describeLeftovers(progress: BillWriteProgress, itemIds: readonly number[]): string {
  const parts = [];
  if (progress.draft) parts.push(`draft bill ${progress.draft.id}`);
  if (itemIds.length > 0) parts.push(`unbilled AP item${itemIds.length === 1 ? '' : 's'} ${itemIds.join(', ')}`);
  return parts.join(' and ');
}

/** A reference Procurify gives as an id or as an object with one. */
export function referenceId(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') {
    return (value as { id: number }).id;
  }
  return null;
}
