// The relay's mapping engine: pure decisions over plain data (no I/O, no database, no HTTP).
export { billApproval, type ApprovalDecision } from './bill-approval';
export { checkPurchaseOrder, type PurchaseOrderCheck } from './check-purchase-order';
export {
  compareBillReadBack,
  type BillReadBack,
  type ReadBackDifference,
  type ReadBackField,
} from './compare-bill-read-back';
export {
  coverageReport,
  GAP_KINDS,
  gapKey,
  mappingGaps,
  type CoverageGap,
  type CoverageOptions,
  type CoverageReport,
  type GapCandidate,
  type GapKind,
  type MappingGap,
  type WaitingRecord,
} from './coverage-report';
export { ISSUE_CODES, type Failure, type IssueCode, type LineKind, type MappingIssue, type Resolution } from './issues';
export {
  billNote,
  invoiceNumberOf,
  mapBill,
  type BillMappingContext,
  type BillMappingResult,
  type MappedBill,
  type MappedBillLine,
} from './map-bill';
export {
  mapVendor,
  vendorExternalId,
  VENDOR_TEXT_LIMITS,
  type ProcurifyVendorBody,
  type VendorMappingResult,
  type VendorMappingSettings,
} from './map-vendor';
export { describeLine, MAX_LINE_DESCRIPTION, sourceLines, type SourceLine } from './line-sources';
export { centsFromReadBack, formatCents, parseCents, sumCents } from './money';
export {
  NO_OVERRIDES,
  type MappingOverrides,
  type NetsuiteAccount,
  type NetsuiteDepartment,
  type ProcurifyAccount,
  type ProcurifyAccountCode,
  type ProcurifyCurrency,
  type ProcurifyDepartment,
  type ReferenceData,
} from './reference-data';
export {
  mappingLabel,
  resolveMappingRow,
  type MappingRowInput,
  type RowKind,
  type RowResolution,
} from './mapping-rows';
export { resolveAccountCode } from './resolve-account-code';
export { resolveBillLines, type LineCoding, type LinesResult, type ResolvedLine } from './resolve-bill-lines';
export { resolveCurrency } from './resolve-currency';
export { departmentExternalId, NO_DEPARTMENT, resolveDepartment, resolveNoDepartment } from './resolve-department';
export { isEmptyPatch, vendorDiff, type ProcurifyVendorView, type VendorPatch } from './vendor-diff';
