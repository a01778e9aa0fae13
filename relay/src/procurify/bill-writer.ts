import { z } from 'zod';
import { HttpError, PermanentError } from '../retry/errors';
import {
  addItemsBody,
  billUpdateBody,
  draftBillBody,
  itemCreateBody,
  type BillWriteInput,
  type CreatedItem,
} from './bill-write-bodies';
import type { ProcurifyClient } from './client';
import { validateRequestBody } from './validate-body';

export type { BillLineInput, BillWriteInput } from './bill-write-bodies';

// The isolated adapter for the only (undocumented) bill-write evidence, procurify-api.md §14.4. The
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

/**
 * Writes one bill through the v2 draft flow: items, draft bill, add items, update (status 0), and
 * submit (status 1) when asked. A 405 or 403 anywhere on the path means this Procurify refuses bill
 * writes: PermanentError `bill_write_unsupported`, never retried.
 */
export async function writeBill(
  client: ProcurifyClient,
  input: BillWriteInput,
  options: WriteBillOptions,
): Promise<{ uuid: string; id: number }> {
  const valid = validateRequestBody(inputSchema, 'bill', input);
  return refusalsAsUnsupported(async () => {
    const items = await createItems(client, valid);
    const draft = await client.request({
      method: 'POST',
      path: '/api/v2/ap/bills/',
      body: draftBillBody(valid),
      schema: draftBillSchema,
      schemaName: 'created draft bill',
    });
    await attachAndSubmit(client, draft.data, items, valid, options);
    return { uuid: draft.data.uuid, id: draft.data.id };
  });
}

/**
 * Finishes a draft bill of ours that a crash or a lost answer left incomplete: fresh items for every
 * line, attached, then the full update (which leaves out, and so detaches, any older items) and the
 * submit. The same steps as the tail of writeBill.
 */
export async function completeDraftBill(
  client: ProcurifyClient,
  draft: { id: number; uuid: string; approval_chain?: unknown; approver?: unknown },
  input: BillWriteInput,
  options: WriteBillOptions,
): Promise<void> {
  const valid = validateRequestBody(inputSchema, 'bill', input);
  await refusalsAsUnsupported(async () => {
    const items = await createItems(client, valid);
    await attachAndSubmit(client, draft, items, valid, options);
  });
}

async function createItems(client: ProcurifyClient, valid: BillWriteInput): Promise<CreatedItem[]> {
  const items: CreatedItem[] = [];
  for (const line of valid.lines) {
    const created = await client.request({
      method: 'POST',
      path: '/api/v3/ap/items/',
      body: itemCreateBody(valid, line),
      schema: createdItemSchema,
      schemaName: 'created AP item',
    });
    items.push({ id: created.data.id, allocation: created.data.cost_allocations?.[0] });
  }
  return items;
}

async function attachAndSubmit(
  client: ProcurifyClient,
  draft: { id: number; approval_chain?: unknown; approver?: unknown },
  items: CreatedItem[],
  valid: BillWriteInput,
  options: WriteBillOptions,
): Promise<void> {
  const billPath = `/api/v2/ap/bills/${draft.id}/`;
  await client.request({
    method: 'POST',
    path: `/api/v3/ap/bills/${draft.id}/add-items/`,
    body: addItemsBody(items),
    schema: anyBody,
    schemaName: 'add-items answer',
  });
  const approval = {
    approval_chain: idOf(draft.approval_chain as number | { id: number } | null | undefined),
    approver: idOf(draft.approver as number | { id: number } | null | undefined),
  };
  await client.request({
    method: 'PUT',
    path: billPath,
    body: billUpdateBody(valid, items, approval, 0),
    schema: anyBody,
    schemaName: 'bill update answer',
  });
  if (options.submit) {
    await client.request({
      method: 'PUT',
      path: billPath,
      body: billUpdateBody(valid, items, approval, 1),
      schema: anyBody,
      schemaName: 'bill submit answer',
    });
  }
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

function idOf(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : value.id;
}
