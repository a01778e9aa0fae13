import { describe, expect, it } from 'vitest';
import {
  isEmptyPatch,
  mapVendor,
  vendorDiff,
  type ProcurifyVendorBody,
  type ProcurifyVendorView,
} from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, overrides, references, vendor } from './fixtures';

function wanted(fields: Parameters<typeof vendor>[0] = {}): ProcurifyVendorBody {
  const result = mapVendor(vendor(fields), references(), {
    accountId: ACCOUNT_ID,
    vendorType: 4,
    overrides: overrides(),
  });
  if (!result.ok) throw new Error('the fixture vendor should map');
  return result.body;
}

/** The vendor as Procurify answers it (`OptimizedVendor`), in sync with `wanted()`. */
function current(fields: Partial<ProcurifyVendorView> = {}): ProcurifyVendorView {
  return {
    name: 'Great Lakes Steel Ltd.',
    active: true,
    email: ['ap@gls.example.com'],
    external_id: `ns:${ACCOUNT_ID}:201`,
    currency: 4,
    payment_term_ref: { name: 'Net 30' },
    type: 4,
    addressLineOne: '100 King St W',
    addressLineTwo: '',
    postalCode: 'L8P 4R5',
    city: 'Hamilton',
    state_province: 'ON',
    country: 'Canada',
    phoneOne: '+1 905 555 0101',
    ...fields,
  };
}

describe('vendorDiff', () => {
  it('finds nothing to write for an unchanged vendor', () => {
    const patch = vendorDiff(current(), wanted());
    expect(patch).toEqual({});
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it.each([
    ['emails in another order and case', { email: ['AP@gls.example.com'] }],
    ['an empty text where we send null', { addressLineTwo: '' }],
    [
      'payment terms with another letter case and extra fields',
      { payment_term_ref: { id: 5, name: 'net 30', active: true } as { name: string } },
    ],
  ])('treats %s as unchanged', (_case, fields) => {
    expect(vendorDiff(current(fields), wanted())).toEqual({});
  });

  it.each([
    ['the name', { companyName: 'Great Lakes Steel Inc.' }, { name: 'Great Lakes Steel Inc.' }],
    ['the active flag', { isInactive: true }, { active: false }],
    [
      'the emails',
      { email: 'ap@gls.example.com; billing@gls.example.com' },
      { email: ['ap@gls.example.com', 'billing@gls.example.com'] },
    ],
    ['the currency', { currency: { id: '1', code: 'USD' } }, { currency: 3 }],
    ['the payment terms', { terms: { id: '3', name: 'Net 45' } }, { payment_term_ref: { name: 'Net 45' } }],
    ['removed payment terms', { terms: null }, { payment_term_ref: null }],
    [
      'the city',
      { address: { line1: '100 King St W', line2: null, city: 'Guelph', state: 'ON', zip: 'L8P 4R5', country: 'CA' } },
      { city: 'Guelph' },
    ],
    ['a removed phone', { phone: null }, { phoneOne: null }],
  ])('patches only %s when only it changed', (_case, fields, patch) => {
    expect(vendorDiff(current(), wanted(fields))).toEqual(patch);
  });

  it('patches the external id and type of a vendor found by hand', () => {
    expect(vendorDiff(current({ external_id: null, type: 3 }), wanted())).toEqual({
      external_id: `ns:${ACCOUNT_ID}:201`,
      type: 4,
    });
  });

  it('writes the payment terms when Procurify answered them as an id it cannot compare', () => {
    expect(vendorDiff(current({ payment_term_ref: 5 }), wanted())).toEqual({ payment_term_ref: { name: 'Net 30' } });
  });

  it('keeps Procurify’s value for a field the body left out', () => {
    const body = wanted({ phone: 'x'.repeat(30) });
    expect(vendorDiff(current({ phoneOne: '+1 555' }), body)).toEqual({});
  });

  it('never patches the overall score', () => {
    expect(vendorDiff(current(), wanted())).not.toHaveProperty('overall_score');
  });
});
