import { describe, expect, it } from 'vitest';
import { startSim } from './sim-client';

const NEW_VENDOR = {
  name: 'Northwind Traders',
  email: ['ap@northwind.example'],
  overall_score: null,
  type: 4,
  external_id: 'ns:123_SB1:3001',
  currency: 3,
  payment_term_ref: { name: 'Net 30' },
  country: 'Canada',
};

describe('Procurify simulator: vendors', () => {
  it('lists active vendors in the paginated envelope with absolute next and previous links', async () => {
    const sim = await startSim();
    const first = await sim.client.callValid('GET', '/api/v3/vendors/?page_size=2&order_by=name');
    expect(first.body.metadata.pagination).toEqual({
      count: 3,
      next: `${sim.baseUrl}/api/v3/vendors/?page_size=2&order_by=name&page=2`,
      previous: null,
      page_size: 2,
      num_pages: 2,
      current_page: 1,
    });
    expect(first.body.data.map((v: { name: string }) => v.name)).toEqual([
      'Acme Cloud Services Inc.',
      'Hand Entered Ltd',
    ]);
    const second = await sim.client.callValid(
      'GET',
      new URL(first.body.metadata.pagination.next).pathname + new URL(first.body.metadata.pagination.next).search,
    );
    expect(second.body.metadata.pagination.previous).toBe(`${sim.baseUrl}/api/v3/vendors/?page_size=2&order_by=name`);
    expect(second.body.data.map((v: { name: string }) => v.name)).toEqual(['OTHER']);
  });

  it('answers 404 "Invalid page." past the last page and clamps page_size to the configured maximum', async () => {
    const sim = await startSim({ settings: { maxPageSize: 2 } });
    expect((await sim.client.call('GET', '/api/v3/vendors/?page=9')).body).toEqual({ detail: 'Invalid page.' });
    expect((await sim.client.call('GET', '/api/v3/vendors/?page_size=500')).body.metadata.pagination.page_size).toBe(2);
  });

  it('filters by exact external_id, name, search and type, and hides inactive vendors outside the "all" group', async () => {
    const sim = await startSim();
    const ids = async (path: string) =>
      (await sim.client.callValid('GET', path)).body.data.map((v: { id: number }) => v.id);
    expect(await ids('/api/v3/vendors/?external_id=ns:123_SB1:2041')).toEqual([6]);
    expect(await ids('/api/v3/vendors/?external_id=ns:123_SB1:204')).toEqual([]);
    expect(await ids('/api/v3/vendors/?external_id=ns:123_SB1:2042')).toEqual([]);
    expect(await ids('/api/v3/vendors/all/?external_id=ns:123_SB1:2042')).toEqual([7]);
    expect(await ids('/api/v3/vendors/?name=Hand Entered Ltd')).toEqual([8]);
    expect(await ids('/api/v3/vendors/?search=acme')).toEqual([6]);
    expect(await ids('/api/v3/vendors/?type=4')).toEqual([1, 6, 8]);
    expect(await ids('/api/v3/vendors/?type__in=preferred')).toEqual([]);
    expect(await ids('/api/v3/vendors/?type__in=regular')).toEqual([1, 6, 8]);
    expect(await ids('/api/v3/vendors/other/')).toEqual([]);
    sim.control.updateSettings({ vendorListIncludesInactive: true });
    expect(await ids('/api/v3/vendors/?external_id=ns:123_SB1:2042')).toEqual([7]);
  });

  it('rejects an invalid filter value with a DRF field error', async () => {
    const sim = await startSim();
    const answer = await sim.client.call('GET', '/api/v3/vendors/?type=preferred');
    expect(answer.status).toBe(400);
    expect(answer.body.type[0]).toMatch(/valid choice/);
  });

  it('creates a vendor (201, VendorDetail) and reads it back by id', async () => {
    const sim = await startSim();
    const created = await sim.client.callValid('POST', '/api/v3/vendors/', NEW_VENDOR);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'Northwind Traders',
      external_id: 'ns:123_SB1:3001',
      payment_term_ref: { name: 'Net 30' },
      overall_score: null,
    });
    const id = created.body.data.id as number;
    const read = await sim.client.callValid('GET', `/api/v3/vendors/${id}/`);
    expect(read.body.data).toEqual(created.body.data);
    expect(sim.control.state().vendors.find((v) => v.id === id)?.email).toEqual(['ap@northwind.example']);
  });

  it('answers PUT with integer *_ref fields and PATCH with nested ones, moving dateModified on every write', async () => {
    const sim = await startSim({ clockStart: '2026-02-01T10:00:00Z' });
    const created = await sim.client.callValid('POST', '/api/v3/vendors/', NEW_VENDOR);
    const id = created.body.data.id as number;
    const put = await sim.client.callValid('PUT', `/api/v3/vendors/${id}/`, {
      ...NEW_VENDOR,
      name: 'Northwind Traders Ltd',
    });
    expect(typeof put.body.data.payment_term_ref).toBe('number');
    expect(put.body.data.dateModified > created.body.data.dateModified).toBe(true);
    const patch = await sim.client.callValid('PATCH', `/api/v3/vendors/${id}/`, { active: false });
    expect(patch.body.data).toMatchObject({
      active: false,
      name: 'Northwind Traders Ltd',
      payment_term_ref: { name: 'Net 30' },
    });
    const touch = await sim.client.callValid('PATCH', `/api/v3/vendors/${id}/`, {});
    expect(touch.body.data.dateModified > patch.body.data.dateModified).toBe(true);
    expect(touch.body.data.dateModified).toMatch(/^2026-02-01T10:00:00\.\d{6}Z$/);
  });

  it('rejects missing required fields, over-long values and bad emails in DRF style, and logs the failure', async () => {
    const sim = await startSim();
    const answer = await sim.client.call('POST', '/api/v3/vendors/', {
      name: 'x'.repeat(151),
      email: ['not-an-email'],
      external_id: 'y'.repeat(101),
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      name: ['Ensure this field has no more than 150 characters.'],
      email: { '0': ['Enter a valid email address.'] },
      external_id: ['Ensure this field has no more than 100 characters.'],
      overall_score: ['This field is required.'],
      type: ['This field is required.'],
    });
    const logged = sim.control.requests().at(-1);
    expect(logged).toMatchObject({ method: 'POST', path: '/api/v3/vendors/', status: 400 });
    expect(logged?.validationErrors).toEqual(answer.body);
  });

  it('rejects an unknown currency id and, when switched on, a duplicate external_id', async () => {
    const sim = await startSim();
    expect((await sim.client.call('POST', '/api/v3/vendors/', { ...NEW_VENDOR, currency: 99 })).body).toEqual({
      currency: ['Invalid pk "99" - object does not exist.'],
    });
    const duplicate = { ...NEW_VENDOR, external_id: 'ns:123_SB1:2041' };
    expect((await sim.client.call('POST', '/api/v3/vendors/', duplicate)).status).toBe(201);
    sim.control.updateSettings({ uniqueVendorExternalId: true });
    expect((await sim.client.call('POST', '/api/v3/vendors/', duplicate)).body.external_id).toBeDefined();
  });

  it('answers 404 for an unknown vendor id', async () => {
    const sim = await startSim();
    expect((await sim.client.call('PATCH', '/api/v3/vendors/4242/', {})).status).toBe(404);
  });
});
