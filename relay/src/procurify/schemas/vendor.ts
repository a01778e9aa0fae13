import { z } from 'zod';

// docs/reference/procurify-api.md "Vendors" and the OpenAPI models OptimizedVendor (list, PATCH), VendorDetail (POST, GET),
// Vendor (PUT) and OptimizedVendorRequest (POST/PUT body).

const nullableText = (max: number) => z.string().max(max).nullable();
const namedRef = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable().optional(),
  active: z.boolean().optional(),
});

const vendorReadBase = {
  id: z.number().int(),
  name: z.string(),
  active: z.boolean().optional(),
  addressLineOne: z.string().nullable().optional(),
  addressLineTwo: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  state_province: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  phoneOne: z.string().nullable().optional(),
  email: z.array(z.string()).optional(),
  external_id: z.string().nullable().optional(),
  dateModified: z.string().optional(),
  currency: z.number().int().nullable().optional(),
  type: z.number().int(),
};

/** A list item and the PATCH answer: `*_ref` fields are nested objects, overall_score a decimal string. */
export const optimizedVendorSchema = z.looseObject({
  ...vendorReadBase,
  email: z.array(z.string()),
  overall_score: z.string().nullable(),
  payment_term_ref: namedRef.nullable().optional(),
});
export type OptimizedVendor = z.infer<typeof optimizedVendorSchema>;

/** The POST and GET-by-id answer: `*_ref` nested, overall_score a number. */
export const vendorDetailSchema = z.looseObject({
  ...vendorReadBase,
  overall_score: z.number().nullable().optional(),
  payment_term_ref: namedRef.nullable().optional(),
});
export type VendorDetail = z.infer<typeof vendorDetailSchema>;

const termRequest = z.object({
  name: z.string().min(1).max(100),
  description: z.string().nullable().optional(),
  active: z.boolean().optional(),
});

/** OptimizedVendorRequest: what we send on POST (all required fields) and, partially, on PATCH. */
export const vendorWriteSchema = z.strictObject({
  name: z.string().min(1).max(150),
  active: z.boolean().optional(),
  addressLineOne: nullableText(300).optional(),
  addressLineTwo: nullableText(300).optional(),
  postalCode: nullableText(20).optional(),
  city: nullableText(50).optional(),
  state_province: nullableText(40).optional(),
  country: nullableText(80).optional(),
  phoneOne: nullableText(20).optional(),
  phoneTwo: nullableText(20).optional(),
  fax: nullableText(20).optional(),
  email: z.array(z.email()),
  comments: z.string().nullable().optional(),
  contact: nullableText(50).optional(),
  url: nullableText(200).optional(),
  external_id: nullableText(100).optional(),
  currency: z.number().int().nullable().optional(),
  payment_term_ref: termRequest.nullable().optional(),
  tax: z.number().int().nullable().optional(),
  type: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(6), z.literal(7)]),
  default_payment_method: z.number().int().nullable().optional(),
  is_1099_eligible: z.boolean().nullable().optional(),
  overall_score: z
    .string()
    .regex(/^-?\d{0,2}(?:\.\d{0,3})?$/)
    .nullable(),
});
export type VendorWrite = z.infer<typeof vendorWriteSchema>;

/** PatchedOptimizedVendorRequest: the same fields, none required. */
export const vendorPatchSchema = vendorWriteSchema.partial();
export type VendorPatch = z.infer<typeof vendorPatchSchema>;
