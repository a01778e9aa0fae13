import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOperation, validateRequest, validateResponse } from '../../../simulators/procurify/openapi';

const examples = JSON.parse(readFileSync(new URL('../../fixtures/procurify-examples.json', import.meta.url), 'utf8'));

describe('Procurify OpenAPI validation', () => {
  it('accepts the reference vendor create request and reports nothing', () => {
    expect(validateRequest('POST', '/api/v3/vendors/', examples.vendor_create_request.body)).toEqual({
      documented: true,
      operationId: 'vendors_create',
      ok: true,
      errors: {},
    });
  });

  it('reports body errors in Django REST Framework style, nested by field and index', () => {
    const result = validateRequest('PATCH', '/api/v3/vendors/12/', {
      email: ['ok@example.com', 'nope'],
      payment_term_ref: {},
      type: 1,
      currency: 'USD',
    });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      email: { '1': ['Enter a valid email address.'] },
      payment_term_ref: { name: ['This field is required.'] },
      type: ['"1" is not a valid choice.'],
      currency: ['A valid integer is required.'],
    });
  });

  it('accepts null for nullable fields, including nullable nested objects, and refuses it elsewhere', () => {
    expect(validateRequest('PATCH', '/api/v3/vendors/1/', { payment_term_ref: null, country: null }).ok).toBe(true);
    expect(validateRequest('PATCH', '/api/v3/vendors/1/', { name: null }).errors).toEqual({
      name: ['This field may not be null.'],
    });
  });

  it('checks query parameters of the operation, reading them from the path when not given apart', () => {
    expect(validateRequest('GET', '/api/v3/ap/bills/?last_modified_datetime_0=yesterday', undefined).errors).toEqual({
      last_modified_datetime_0: ['Enter a valid date/time.'],
    });
    expect(validateRequest('GET', '/api/v3/ap/bills/', undefined, { 'vendor[]': ['1', 'x'] }).errors).toEqual({
      'vendor[]': ['Enter a whole number.'],
    });
    expect(validateRequest('GET', '/api/v3/accounts/?active=maybe', undefined).ok).toBe(false);
    expect(validateRequest('GET', '/api/v3/vendors/?unknown=1', undefined).ok).toBe(true);
  });

  it('routes the vendor_group path form to the vendor list and reports undocumented operations as such', () => {
    expect(findOperation('GET', '/api/v3/vendors/all/')?.template).toBe('/api/v3/vendors/');
    expect(findOperation('GET', '/api/v3/vendors/15/')?.template).toBe('/api/v3/vendors/{id}/');
    expect(validateRequest('POST', '/api/v2/ap/bills/', { anything: true })).toMatchObject({
      documented: false,
      ok: true,
    });
  });

  it('validates responses against the documented schema and status', () => {
    expect(validateResponse('POST', '/api/v3/ap/bills/mark-as-paid/', 200, examples.mark_as_paid_request.body).ok).toBe(
      true,
    );
    expect(
      validateResponse('GET', '/api/v2/currencies/', 200, { metadata: { pagination: {} }, data: [{ id: 1 }] }).errors
        .length,
    ).toBeGreaterThan(0);
    expect(validateResponse('GET', '/api/v2/currencies/', 404, {}).ok).toBe(false);
  });
});
