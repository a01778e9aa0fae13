// Wanted vendor body vs the vendor Procurify holds (`OptimizedVendor` from GET or the list) → a
// PATCH body with only the changed fields, so an unchanged vendor costs no write. Empty text and
// null count as the same; emails compare as a set, case-insensitively; payment terms by name.
import type { ProcurifyVendorBody, VendorTextField } from './map-vendor';
import { VENDOR_TEXT_LIMITS } from './map-vendor';

/** The parts of Procurify's vendor read model the diff looks at. */
export type ProcurifyVendorView = {
  name?: string;
  active?: boolean;
  email?: string[] | null;
  external_id?: string | null;
  currency?: number | null;
  /** A nested `PaymentTerm` on reads; an id in PUT answers (then it cannot be compared). */
  payment_term_ref?: { name: string } | number | null;
  type?: number;
} & { [field in VendorTextField]?: string | null };

export type VendorPatch = Partial<Omit<ProcurifyVendorBody, 'overall_score'>>;

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a?.trim() || null) === (b?.trim() || null);
}

function sameEmails(current: string[] | null | undefined, wanted: string[]): boolean {
  const normalize = (list: readonly string[]) => [...new Set(list.map((email) => email.trim().toLowerCase()))].sort();
  return JSON.stringify(normalize(current ?? [])) === JSON.stringify(normalize(wanted));
}

function samePaymentTerm(current: ProcurifyVendorView['payment_term_ref'], wanted: { name: string } | null): boolean {
  if (typeof current === 'number') return false;
  const name = (term: { name: string } | null | undefined) => term?.name.trim().toLowerCase() || null;
  return name(current) === name(wanted);
}

export function vendorDiff(current: ProcurifyVendorView, wanted: ProcurifyVendorBody): VendorPatch {
  const patch: VendorPatch = {};
  if (!sameText(current.name, wanted.name)) patch.name = wanted.name;
  if (current.active !== wanted.active) patch.active = wanted.active;
  if (!sameEmails(current.email, wanted.email)) patch.email = wanted.email;
  if (current.external_id !== wanted.external_id) patch.external_id = wanted.external_id;
  if (current.currency !== wanted.currency) patch.currency = wanted.currency;
  if (current.type !== wanted.type) patch.type = wanted.type;
  if (wanted.payment_term_ref !== undefined && !samePaymentTerm(current.payment_term_ref, wanted.payment_term_ref)) {
    patch.payment_term_ref = wanted.payment_term_ref;
  }
  for (const field of Object.keys(VENDOR_TEXT_LIMITS) as VendorTextField[]) {
    const value = wanted[field];
    if (value !== undefined && !sameText(current[field], value)) patch[field] = value;
  }
  return patch;
}

export function isEmptyPatch(patch: VendorPatch): boolean {
  return Object.keys(patch).length === 0;
}
