// Field conversions for the Procurify vendor body (docs/architecture.md "Vendors").
import type { VendorSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';

// The `email` format of ajv-formats ("full" mode), the validator the Procurify simulator applies to
// `OptimizedVendorRequest.email[]`; an address it refuses would fail the whole write.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** `companyName` for a company, `firstName lastName` for a person; the entity id when both are empty. */
export function vendorName(vendor: VendorSnapshot): string {
  const person = [vendor.firstName, vendor.lastName].map((part) => part?.trim() ?? '').filter(Boolean);
  const company = vendor.companyName?.trim() ?? '';
  if (vendor.isPerson && person.length > 0) return person.join(' ');
  if (company) return company;
  if (person.length > 0) return person.join(' ');
  return vendor.entityId.trim();
}

export interface SplitEmails {
  valid: string[];
  invalid: string[];
}

/** NetSuite's email field as typed: several addresses split on `,` and `;`, trimmed, de-duplicated. */
export function splitEmails(field: string | null): SplitEmails {
  const seen = new Set<string>();
  const result: SplitEmails = { valid: [], invalid: [] };
  for (const raw of (field ?? '').split(/[,;]/)) {
    const address = raw.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    (EMAIL.test(address) ? result.valid : result.invalid).push(address);
  }
  return result;
}

/** An ISO 3166 alpha-2 code → its English name ("DE" → "Germany"); any other text is kept as given. */
export function countryName(country: string | null): string | null {
  const text = country?.trim();
  if (!text) return null;
  if (!/^[A-Za-z]{2}$/.test(text)) return text;
  const name = regionNames.of(text.toUpperCase());
  return name && name !== 'Unknown Region' ? name : text;
}

/** Trimmed text, empty → null. */
export function cleanText(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}
