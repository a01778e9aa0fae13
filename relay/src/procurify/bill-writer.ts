import { z } from 'zod';
import { HttpError, PermanentError } from '../transport/errors';
import { contentHash } from '../domain/content-hash';
import { listUnbilledItems } from './ap-items';
import {
  addItemsBody,
  billUpdateBody,
  draftBillBody,
  itemCreateBody,
  type BillLineInput,
  type BillWriteInput,
} from './bill-write-bodies';
import { referenceId, type BillWriteProgress, type ProgressItem } from './bill-write-progress';
import type { ProcurifyClient } from './client';
import { validateRequestBody } from './validate-body';

export type { BillLineInput, BillWriteInput } from './bill-write-bodies';

// The isolated adapter for the only (undocumented) bill-write evidence, docs/reference/procurify-api.md "Bill writes (undocumented)". The
// answers of these endpoints are undocumented too, so we read just the fields the evidence uses.

const idOrObject = z
  .union([z.number().int(), z.looseObject({ id: z.number().int() })])
  .nullable()
  .optional();

const createdItemSchema = z.looseObject({
  data: z.looseObject({
    id: z.number().int(),
    cost_allocations: z
      .array(
        z.looseObject({
          id: z.number().int().optional(),
          object_id: z.number().int().nullable().optional(),
          created_on: z.string().optional(),
        }),
      )
      .optional(),
  }),
});

const draftBillSchema = z.looseObject({
  data: z.looseObject({
    id: z.number().int(),
    uuid: z.string().min(1),
    approval_chain: idOrObject,
    approver: idOrObject,
  }),
});

const anyBody = z.unknown();

const inputSchema = z.object({
  vendorId: z.number().int().positive(),
  invoiceNumber: z.string().trim().min(1).max(50),
  invoiceDate: z.iso.date(),
  dueDate: z.iso.date().nullable(),
  currencyId: z.number().int().positive(),
  paymentTerms: z.string().max(100),
  note: z.string(),
  lines: z
    .array(
      z.object({
        description: z.string().min(1).max(1000),
        accountId: z.number().int().positive(),
        amount: z.string().regex(/^-?\d+(\.\d{1,8})?$/),
      }),
    )
    .min(1),
});

export interface WriteBillOptions {
  /** Submit the bill (status 1) once complete; false leaves a draft for review (MLC_BILL_SUBMIT). */
  submit: boolean;
}

/** Where a write keeps its progress: saved after every step, so the next attempt resumes it. */
export interface ProgressStore {
  progress: BillWriteProgress;
  save(progress: BillWriteProgress): Promise<void>;
}

export interface WrittenBill {
  uuid: string;
  id: number;
  /** Items this write created that the bill no longer holds (its lines changed meanwhile). */
  leftoverItems: number[];
}

/**
 * Writes one bill through the v2 draft flow as resumable steps: items, draft bill, add items, update
 * (status 0), and submit (status 1) when asked. Each step is skipped when the stored progress shows
 * it done; items already created are reused; a step whose answer was lost is looked up before it is
 * sent again. A 405 or 403 anywhere means this Procurify refuses bill writes: PermanentError
 * `bill_write_unsupported`, never retried.
 */
export async function resumeBillWrite(
  client: ProcurifyClient,
  input: BillWriteInput,
  options: WriteBillOptions,
  store: ProgressStore,
): Promise<WrittenBill> {
  const valid = validateRequestBody(inputSchema, 'bill', input);
  let progress = store.progress;
  const save = async (next: BillWriteProgress) => {
    progress = next;
    await store.save(next);
  };
  return refusalsAsUnsupported(async () => {
    const lineItems = await itemsForLines(client, valid, () => progress, save);
    const draft = progress.draft ?? (await createDraft(client, valid, save, () => progress));
    const items = lineItems.map((item) => ({ id: item.id, allocation: item.allocation }));
    const unattached = items.filter((item) => !progress.attached.includes(item.id));
    if (unattached.length > 0) {
      await client.request({
        method: 'POST',
        path: `/api/v3/ap/bills/${draft.id}/add-items/`,
        body: addItemsBody(unattached),
        schema: anyBody,
        schemaName: 'add-items answer',
      });
      await save({ ...progress, attached: [...progress.attached, ...unattached.map((item) => item.id)] });
    }
    const approval = { approval_chain: draft.approvalChain, approver: draft.approver };
    const billPath = `/api/v2/ap/bills/${draft.id}/`;
    const update = billUpdateBody(valid, items, approval, 0);
    const updateHash = contentHash(update);
    if (progress.updatedHash !== updateHash) {
      await client.request({
        method: 'PUT',
        path: billPath,
        body: update,
        schema: anyBody,
        schemaName: 'bill update answer',
      });
      // The update names the bill's items: any other item it held is detached now.
      await save({ ...progress, attached: items.map((item) => item.id), updatedHash: updateHash });
    }
    if (options.submit) {
      await client.request({
        method: 'PUT',
        path: billPath,
        body: billUpdateBody(valid, items, approval, 1),
        schema: anyBody,
        schemaName: 'bill submit answer',
      });
    }
    const used = new Set(items.map((item) => item.id));
    return {
      uuid: draft.uuid,
      id: draft.id,
      leftoverItems: progress.items.filter((item) => !used.has(item.id)).map((item) => item.id),
    };
  });
}

/**
 * One item per line: an item of this write with the line's description and currency is reused;
 * after a create whose answer was lost, an unbilled item matching the line is adopted; otherwise a
 * new one is created, the intent saved before it is sent.
 */
async function itemsForLines(
  client: ProcurifyClient,
  valid: BillWriteInput,
  current: () => BillWriteProgress,
  save: (progress: BillWriteProgress) => Promise<void>,
): Promise<ProgressItem[]> {
  const chosen: ProgressItem[] = [];
  for (const line of valid.lines) {
    const reusable = current().items.find(
      (item) => !chosen.includes(item) && item.description === line.description && item.currencyId === valid.currencyId,
    );
    if (reusable) {
      chosen.push(reusable);
      continue;
    }
    const pending = current().pendingItem;
    const adopted =
      pending?.description === line.description && pending.accountId === line.accountId
        ? await unbilledItemFor(client, valid, line, current())
        : undefined;
    if (!adopted)
      await save({ ...current(), pendingItem: { description: line.description, accountId: line.accountId } });
    const item = adopted ?? (await createItem(client, valid, line));
    const { pendingItem: _done, ...rest } = current();
    await save({ ...rest, items: [...rest.items, item] });
    chosen.push(item);
  }
  return chosen;
}

async function createItem(client: ProcurifyClient, valid: BillWriteInput, line: BillLineInput): Promise<ProgressItem> {
  const created = await client.request({
    method: 'POST',
    path: '/api/v3/ap/items/',
    body: itemCreateBody(valid, line),
    schema: createdItemSchema,
    schemaName: 'created AP item',
  });
  return {
    id: created.data.id,
    description: line.description,
    currencyId: valid.currencyId,
    allocation: created.data.cost_allocations?.[0],
  };
}

/** The item a lost create left: unbilled, this vendor, this account, this description, not one of ours already. */
async function unbilledItemFor(
  client: ProcurifyClient,
  valid: BillWriteInput,
  line: BillLineInput,
  progress: BillWriteProgress,
): Promise<ProgressItem | undefined> {
  const known = new Set(progress.items.map((item) => item.id));
  const candidates = (await listUnbilledItems(client, valid.vendorId, line.accountId)).filter(
    (item) => item.description === line.description && item.currency.id === valid.currencyId && !known.has(item.id),
  );
  const newest = candidates.sort((a, b) => b.id - a.id)[0];
  if (!newest) return undefined;
  const allocation = newest.cost_allocations[0];
  return {
    id: newest.id,
    description: newest.description,
    currencyId: newest.currency.id,
    allocation: allocation && { id: allocation.id, object_id: allocation.object_id, created_on: allocation.created_on },
  };
}

/** The empty draft; the intent is saved first, so a lost answer is looked up (by invoice) before another is made. */
async function createDraft(
  client: ProcurifyClient,
  valid: BillWriteInput,
  save: (progress: BillWriteProgress) => Promise<void>,
  current: () => BillWriteProgress,
): Promise<NonNullable<BillWriteProgress['draft']>> {
  await save({ ...current(), pendingDraft: true });
  const created = await client.request({
    method: 'POST',
    path: '/api/v2/ap/bills/',
    body: draftBillBody(valid),
    schema: draftBillSchema,
    schemaName: 'created draft bill',
  });
  const draft = {
    id: created.data.id,
    uuid: created.data.uuid,
    approvalChain: referenceId(created.data.approval_chain),
    approver: referenceId(created.data.approver),
  };
  const { pendingDraft: _done, ...rest } = current();
  await save({ ...rest, draft });
  return draft;
}

async function refusalsAsUnsupported<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof HttpError && (error.status === 405 || error.status === 403)) {
      throw new PermanentError(
        'bill_write_unsupported',
        `Procurify refused the bill write (${error.target.method} ${error.target.path} answered ${error.status}). ` +
          'This Procurify account does not allow bills to be created through the API; ask Procurify to enable it, ' +
          'or set MLC_BILL_WRITE=off and enter bills in Procurify.',
        { cause: error, details: { status: error.status, method: error.target.method, path: error.target.path } },
      );
    }
    throw error;
  }
}
