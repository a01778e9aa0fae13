import { z } from 'zod';
import { accountCodeSchema, currencySchema } from './reference';

// docs/reference/procurify-api.md "Bills": SimpleBill (list item) and BillRead (GET /api/v2/ap/bills/{uuid}/).

export const simpleBillSchema = z.looseObject({
  id: z.number().int(),
  uuid: z.string(),
  status: z.number().int().optional(),
  invoice_number: z.string().optional(),
  vendor: z.looseObject({ id: z.number().int(), name: z.string() }),
  currency: z.looseObject({ id: z.number().int(), name: z.string(), rate: z.string() }),
  total_cost_with_tax: z.number().optional(),
  last_modified_datetime: z.string().optional(),
});
export type SimpleBill = z.infer<typeof simpleBillSchema>;

const costAllocationSchema = z.looseObject({
  id: z.number().int().optional(),
  budget: z.looseObject({
    id: z.number().int(),
    account_code: accountCodeSchema,
    department: z.looseObject({ id: z.number().int(), name: z.string() }),
  }),
  amount: z.string(),
  currency: currencySchema,
  object_id: z.number().int().nullable().optional(),
  created_on: z.string().optional(),
});

export const billItemSchema = z.looseObject({
  id: z.number().int(),
  description: z.string(),
  total_cost: z.number().optional(),
  cost_allocations: z.array(costAllocationSchema),
});
export type BillItem = z.infer<typeof billItemSchema>;

export const billReadSchema = z.looseObject({
  id: z.number().int(),
  uuid: z.string(),
  vendor: z.looseObject({ id: z.number().int(), name: z.string() }),
  currency: currencySchema,
  items: z.array(billItemSchema),
  invoice_number: z.string().optional(),
  invoice_date: z.string().nullable().optional(),
  due_date: z.string().nullable().optional(),
  payment_terms: z.string().optional(),
  note: z.string().optional(),
  status: z.number().int().optional(),
  total_cost: z.number().optional(),
  total_cost_with_tax: z.number().optional(),
  last_modified_datetime: z.string().optional(),
  approval_chain: z.unknown().optional(),
});
export type BillRead = z.infer<typeof billReadSchema>;
