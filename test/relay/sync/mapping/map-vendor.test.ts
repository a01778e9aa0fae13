import { describe, expect, it } from 'vitest';
import { mapVendor, type VendorMappingSettings } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, DEPT, GL, overrides, references, vendor } from './fixtures';

const refs = references();
const settings: VendorMappingSettings = { accountId: ACCOUNT_ID, vendorType: 4, overrides: overrides() };

function bodyOf(snapshot: ReturnType<typeof vendor>, options = settings) {
  const result = mapVendor(snapshot, refs, options);
  if (!result.ok) throw new Error(`expected a body, got ${JSON.stringify(result.issues)}`);
  return result;
}

describe('mapVendor', () => {
  it('builds the Procurify vendor body from a company vendor', () => {
    expect(bodyOf(vendor()).body).toEqual({
      name: 'Great Lakes Steel Ltd.',
      active: true,
      email: ['ap@gls.example.com'],
      external_id: `ns:${ACCOUNT_ID}:201`,
      currency: 4,
      payment_term_ref: { name: 'Net 30' },
      type: 4,
      overall_score: null,
      addressLineOne: '100 King St W',
      addressLineTwo: null,
      postalCode: 'L8P 4R5',
      city: 'Hamilton',
      state_province: 'ON',
      country: 'Canada',
      phoneOne: '+1 905 555 0101',
    });
  });

  it.each([
    ['a person', { isPerson: true, companyName: null, firstName: ' Ana ', lastName: 'Lopez' }, 'Ana Lopez'],
    [
      'a person with only a last name',
      { isPerson: true, companyName: null, firstName: null, lastName: 'Lopez' },
      'Lopez',
    ],
    [
      'a person with a company name',
      { isPerson: true, companyName: 'Lopez Consulting', firstName: 'Ana', lastName: 'Lopez' },
      'Ana Lopez',
    ],
    ['a company without a company name', { companyName: '  ', entityId: 'V00201' }, 'V00201'],
  ])('names %s', (_case, fields, name) => {
    expect(bodyOf(vendor(fields)).body.name).toBe(name);
  });

  it.each([
    ['a single address', 'ap@a.example', ['ap@a.example']],
    [
      'addresses split on commas and semicolons',
      'ap@a.example; billing@a.example,  ar@a.example ',
      ['ap@a.example', 'billing@a.example', 'ar@a.example'],
    ],
    ['repeated addresses, whatever their case', 'ap@a.example;AP@A.example;;', ['ap@a.example']],
    ['no email', null, []],
  ])('sends %s as the email list', (_case, email, list) => {
    expect(bodyOf(vendor({ email })).body.email).toEqual(list);
  });

  it('leaves out an address the spec would refuse and says so', () => {
    const result = bodyOf(vendor({ email: 'ap@a.example; not an email' }));
    expect(result.body.email).toEqual(['ap@a.example']);
    expect(result.warnings).toEqual(['Left out email addresses that are not valid: not an email.']);
  });

  it.each([
    ['US', 'United States'],
    ['de', 'Germany'],
    ['GB', 'United Kingdom'],
    ['Canada', 'Canada'],
    ['ZZ', 'ZZ'],
    [null, null],
  ])('writes the country %s as %s', (country, name) => {
    const address = { line1: '1 Main St', line2: null, city: 'X', state: null, zip: '1', country };
    expect(bodyOf(vendor({ address })).body.country).toBe(name);
  });

  it('clears the address fields of a vendor without an address', () => {
    const { body } = bodyOf(vendor({ address: null, phone: null, terms: null }));
    expect(body).toMatchObject({
      addressLineOne: null,
      city: null,
      country: null,
      phoneOne: null,
      payment_term_ref: null,
    });
  });

  it('marks an inactive NetSuite vendor inactive and uses the preferred type when set', () => {
    const { body } = bodyOf(vendor({ isInactive: true }), { ...settings, vendorType: 3 });
    expect(body).toMatchObject({ active: false, type: 3 });
  });

  it('leaves out an over-long optional field instead of cutting it, and says so', () => {
    const { body, warnings } = bodyOf(vendor({ phone: '+1 905 555 0101 ext. 4471 (ask for AP)' }));
    expect(body).not.toHaveProperty('phoneOne');
    expect(warnings).toEqual([expect.stringMatching(/Left out phoneOne .*20 characters/)]);
  });

  it('accepts a name of exactly 150 characters', () => {
    expect(bodyOf(vendor({ companyName: 'n'.repeat(150) })).body.name).toHaveLength(150);
  });

  it.each([
    [
      'a name over 150 characters',
      vendor({ companyName: 'n'.repeat(151) }),
      'name_too_long',
      /has 151 characters; Procurify allows 150/,
    ],
    [
      'a currency Procurify does not have',
      vendor({ currency: { id: '2', code: 'GBP' } }),
      'unmapped_currency',
      /currency GBP does not exist in Procurify/,
    ],
    [
      'a currency inactive in Procurify',
      vendor({ currency: { id: '9', code: 'eur' } }),
      'unmapped_currency',
      /currency EUR is inactive/,
    ],
    [
      'a default expense account that does not map',
      vendor({ defaultExpenseAccount: GL.tooling }),
      'unmapped_gl_account',
      /^Default expense account: GL account 5300/,
    ],
    [
      'a default department that does not map',
      vendor({ department: DEPT.research }),
      'unmapped_department',
      /^Default department: NetSuite department "Research & Development"/,
    ],
  ])('stops on %s', (_case, snapshot, code, message) => {
    const result = mapVendor(snapshot, refs, settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe(code);
    expect(result.issues[0]?.message).toMatch(message);
  });

  it('accepts default coding that maps, including by a manual override', () => {
    const snapshot = vendor({ defaultExpenseAccount: GL.tooling, department: DEPT.hamilton });
    expect(mapVendor(snapshot, refs, { ...settings, overrides: overrides([[GL.tooling.id, 45]]) }).ok).toBe(true);
  });

  it('lists every problem of a vendor at once', () => {
    const snapshot = vendor({
      companyName: 'n'.repeat(200),
      currency: { id: '2', code: 'GBP' },
      defaultExpenseAccount: GL.noNumber,
      department: DEPT.research,
    });
    const result = mapVendor(snapshot, refs, settings);
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual([
      'name_too_long',
      'unmapped_currency',
      'missing_account_number',
      'unmapped_department',
    ]);
  });
});
