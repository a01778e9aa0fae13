import { z } from 'zod';

// docs/reference/procurify-api.md "Reference lists": AccountCodeRead, DepartmentRead, LocationView, ChartOfAccountsAccount, Currency.

export const accountCodeSchema = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  description: z.string(),
  account_type: z.number().int().optional(),
  active: z.boolean().optional(),
  parent: z.number().int().nullable().optional(),
});
export type AccountCode = z.infer<typeof accountCodeSchema>;

const branchSchema = z.looseObject({ id: z.number().int(), name: z.string() });

export const departmentSchema = z.looseObject({
  id: z.number().int(),
  branch: branchSchema,
  external_id: z.string().nullable().optional(),
  name: z.string(),
  active: z.boolean().optional(),
});
export type Department = z.infer<typeof departmentSchema>;

export const currencySchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  description: z.string().optional(),
  rate: z.string(),
  base: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type Currency = z.infer<typeof currencySchema>;

export const locationSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  currency: currencySchema,
  active: z.boolean().optional(),
  external_id: z.string().nullable().optional(),
});
export type Location = z.infer<typeof locationSchema>;

export const accountSchema = z.looseObject({
  id: z.number().int(),
  account_code: accountCodeSchema,
  department: departmentSchema,
  active: z.boolean().optional(),
});
export type Account = z.infer<typeof accountSchema>;
