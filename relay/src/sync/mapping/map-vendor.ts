// NetSuite vendor snapshot → Procurify vendor body (`OptimizedVendorRequest`, used for POST, and
// through `vendorDiff` for PATCH). Length limits are the spec's. The name is required, so an
// over-long name is the issue `name_too_long`. An over-long optional field is never truncated
// (a cut phone number or postal code is wrong data): it is left out of the body, so a PATCH keeps
// Procurify's value, and named in `warnings`. Email addresses the spec's `email` format refuses
// are left out the same way.
import type { VendorSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { Failure, MappingIssue } from './issues';
import type { MappingOverrides, ReferenceData } from './reference-data';
import { resolveAccountCode } from './resolve-account-code';
import { resolveCurrency } from './resolve-currency';
import { resolveDepartment } from './resolve-department';
import { cleanText, countryName, splitEmails, vendorName } from './vendor-fields';

export const MAX_VENDOR_NAME = 150;
export const MAX_PAYMENT_TERM_NAME = 100;

/** Optional text fields of the vendor body and their maximum lengths in the spec. */
export const VENDOR_TEXT_LIMITS = {
  addressLineOne: 300,
  addressLineTwo: 300,
  postalCode: 20,
  city: 50,
  state_province: 40,
  country: 80,
  phoneOne: 20,
} as const;

export type VendorTextField = keyof typeof VENDOR_TEXT_LIMITS;

/** The fields we own on a Procurify vendor. An absent optional field means "leave it as it is". */
export type ProcurifyVendorBody = {
  name: string;
  active: boolean;
  email: string[];
  external_id: string;
  currency: number;
  payment_term_ref?: { name: string } | null;
  type: 3 | 4;
  /** Required by the create body, nullable; never patched. */
  overall_score: null;
} & { [field in VendorTextField]?: string | null };

export interface VendorMappingSettings {
  /** NetSuite account id as `runtime.accountId` gives it. */
  accountId: string;
  /** `MLC_VENDOR_TYPE`: 4 regular, 3 preferred. */
  vendorType: 3 | 4;
  overrides: MappingOverrides;
}

export type VendorMappingResult = { ok: true; body: ProcurifyVendorBody; warnings: string[] } | Failure;

export function vendorExternalId(accountId: string, vendorId: string): string {
  return `ns:${accountId}:${vendorId}`;
}

export function mapVendor(
  snapshot: VendorSnapshot,
  refs: ReferenceData,
  settings: VendorMappingSettings,
): VendorMappingResult {
  const issues: MappingIssue[] = [];
  const warnings: string[] = [];

  const name = vendorName(snapshot);
  if (name.length > MAX_VENDOR_NAME) {
    issues.push({
      code: 'name_too_long',
      message: `The vendor name "${name.slice(0, 40)}…" has ${name.length} characters; Procurify allows ${MAX_VENDOR_NAME}. Shorten it in NetSuite.`,
    });
  }

  const currency = resolveCurrency(snapshot.currency.code, refs);
  if (!currency.ok) issues.push(currency.issue);

  if (snapshot.defaultExpenseAccount) {
    const code = resolveAccountCode(snapshot.defaultExpenseAccount, refs, settings.overrides);
    if (!code.ok) issues.push({ ...code.issue, message: `Default expense account: ${code.issue.message}` });
  }
  if (snapshot.department) {
    const department = resolveDepartment(snapshot.department, refs, settings.overrides, settings.accountId);
    if (!department.ok)
      issues.push({ ...department.issue, message: `Default department: ${department.issue.message}` });
  }
  if (issues.length > 0 || !currency.ok) return { ok: false, issues };

  const emails = splitEmails(snapshot.email);
  if (emails.invalid.length > 0) {
    warnings.push(`Left out email addresses that are not valid: ${emails.invalid.join(', ')}.`);
  }

  const body: ProcurifyVendorBody = {
    name,
    active: !snapshot.isInactive,
    email: emails.valid,
    external_id: vendorExternalId(settings.accountId, snapshot.id),
    currency: currency.value.id,
    type: settings.vendorType,
    overall_score: null,
  };

  const terms = cleanText(snapshot.terms?.name);
  if (terms && terms.length > MAX_PAYMENT_TERM_NAME) {
    warnings.push(
      `Left out the payment terms "${terms.slice(0, 40)}…": longer than ${MAX_PAYMENT_TERM_NAME} characters.`,
    );
  } else body.payment_term_ref = terms ? { name: terms } : null;

  const address = snapshot.address;
  const texts: Record<VendorTextField, string | null> = {
    addressLineOne: cleanText(address?.line1),
    addressLineTwo: cleanText(address?.line2),
    postalCode: cleanText(address?.zip),
    city: cleanText(address?.city),
    state_province: cleanText(address?.state),
    country: countryName(address?.country ?? null),
    phoneOne: cleanText(snapshot.phone),
  };
  for (const [field, value] of Object.entries(texts) as [VendorTextField, string | null][]) {
    const limit = VENDOR_TEXT_LIMITS[field];
    if (value !== null && value.length > limit) {
      warnings.push(`Left out ${field} "${value.slice(0, 40)}": longer than the ${limit} characters Procurify allows.`);
    } else body[field] = value;
  }

  return { ok: true, body, warnings };
}
