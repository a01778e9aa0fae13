import type { ProcurifyClient } from './client';
import { listAll, paginate } from './paginate';
import { singleSchema } from './schemas/envelope';
import {
  optimizedVendorSchema,
  vendorDetailSchema,
  vendorPatchSchema,
  vendorWriteSchema,
  type OptimizedVendor,
  type VendorDetail,
  type VendorPatch,
  type VendorWrite,
} from './schemas/vendor';
import { validateRequestBody } from './validate-body';

const VENDORS = '/api/v3/vendors/';

export interface VendorFilters {
  externalId?: string;
  name?: string;
  search?: string;
  type?: number;
}

/** `GET /api/v3/vendors/` with its documented filters, every page. */
export function listVendors(client: ProcurifyClient, filters: VendorFilters = {}): AsyncGenerator<OptimizedVendor> {
  const query = { external_id: filters.externalId, name: filters.name, search: filters.search, type: filters.type };
  return paginate(client, VENDORS, query, optimizedVendorSchema, 'OptimizedVendor');
}

/**
 * The vendors carrying exactly this `external_id` (the upsert key `ns:<account>:<id>`); normally one.
 * Looked up in the `all` vendor group: the plain list is documented as active vendors only, and a
 * deactivated vendor must be found again rather than created twice.
 */
export async function findVendorsByExternalId(client: ProcurifyClient, externalId: string): Promise<OptimizedVendor[]> {
  const found = await listAll(
    client,
    `${VENDORS}all/`,
    { external_id: externalId },
    optimizedVendorSchema,
    'OptimizedVendor',
  );
  // The filter is documented but its exactness is not (docs/reference/procurify-api.md "Open questions"): check it ourselves.
  return found.filter((vendor) => vendor.external_id === externalId);
}

export async function getVendor(client: ProcurifyClient, id: number): Promise<VendorDetail> {
  const answer = await client.request({
    method: 'GET',
    path: `${VENDORS}${id}/`,
    schema: singleSchema(vendorDetailSchema),
    schemaName: 'VendorDetail',
  });
  return answer.data;
}

/** `POST /api/v3/vendors/` → 201 VendorDetail. Not idempotent: look up by external_id first. */
export async function createVendor(client: ProcurifyClient, body: VendorWrite): Promise<VendorDetail> {
  const valid = validateRequestBody(vendorWriteSchema, 'OptimizedVendorRequest', body);
  const answer = await client.request({
    method: 'POST',
    path: VENDORS,
    body: valid,
    expect: [201],
    schema: singleSchema(vendorDetailSchema),
    schemaName: 'VendorDetail',
  });
  return answer.data;
}

/** `PATCH /api/v3/vendors/{id}/` → 200 OptimizedVendor. */
export async function patchVendor(client: ProcurifyClient, id: number, body: VendorPatch): Promise<OptimizedVendor> {
  const valid = validateRequestBody(vendorPatchSchema, 'PatchedOptimizedVendorRequest', body);
  const answer = await client.request({
    method: 'PATCH',
    path: `${VENDORS}${id}/`,
    body: valid,
    expect: [200],
    schema: singleSchema(optimizedVendorSchema),
    schemaName: 'OptimizedVendor',
  });
  return answer.data;
}
