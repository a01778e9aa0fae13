export {
  createProcurifyClient,
  buildUrl,
  type ProcurifyClient,
  type ProcurifyClientOptions,
  type ProcurifyRequest,
  type Query,
  type RequestRecord,
} from './client';
export { createRequestPace, withPacePriority, type PaceStatus, type RequestPace } from './pace';
export { paginate, listAll, DEFAULT_PAGE_SIZE } from './paginate';
export { PROCURIFY_AUDIENCE } from './token';
export {
  listVendors,
  findVendorsByExternalId,
  getVendor,
  createVendor,
  patchVendor,
  type VendorFilters,
} from './vendors';
export { listAccountCodes, listDepartments, listLocations, listAccounts, listCurrencies } from './reference-data';
export { listBills, getBill, type BillFilters } from './bills';
export {
  resumeBillWrite,
  type BillLineInput,
  type BillWriteInput,
  type ProgressStore,
  type WriteBillOptions,
  type WrittenBill,
} from './bill-writer';
export {
  describeLeftovers,
  freshProgress,
  parseProgress,
  withDraftFound,
  type BillWriteProgress,
} from './bill-write-progress';
export { listUnbilledItems, type ApItem } from './ap-items';
export { findBillByVendorAndInvoice } from './bill-lookup';
export { markBillsPaid, MARK_PAID_MAX_BILLS } from './mark-paid';
export type { OptimizedVendor, VendorDetail, VendorWrite, VendorPatch } from './schemas/vendor';
export type { AccountCode, Department, Location, Account, Currency } from './schemas/reference';
export type { SimpleBill, BillRead, BillItem } from './schemas/bill';
