import { describe, expect, it } from 'vitest';
import { startSim } from './sim-client';

describe('Procurify simulator: reference data', () => {
  it('lists account codes with code and active filters, and creates one that opens accounts for its departments', async () => {
    const sim = await startSim();
    const byCode = await sim.client.callValid('GET', '/api/v3/account-codes/?code=6100');
    expect(byCode.body.data).toEqual([
      expect.objectContaining({ id: 41, code: '6100', applied_accounts_count: 1, account_type: 2 }),
    ]);
    const created = await sim.client.callValid('POST', '/api/v3/account-codes/', {
      code: '6300',
      description: 'Freight',
      account_type: 2,
      departments: [11, 12],
    });
    expect(created.status).toBe(201);
    const accounts = await sim.client.callValid('GET', `/api/v3/accounts/?account_code=${created.body.data.id}`);
    expect(accounts.body.data.map((a: { department: { id: number } }) => a.department.id)).toEqual([11, 12]);
    expect(
      (await sim.client.call('POST', '/api/v3/account-codes/', { code: '6300', description: 'Again' })).status,
    ).toBe(400);
    const updated = await sim.client.callValid('PUT', '/api/v3/account-codes/41/', {
      code: '6100',
      description: 'SaaS',
    });
    expect(updated.body.data.description).toBe('SaaS');
    expect((await sim.client.call('POST', '/api/v3/account-codes/', { code: '' })).body).toEqual({
      code: ['This field may not be blank.'],
      description: ['This field is required.'],
    });
  });

  it('lists, creates and updates departments, with the branch as a location', async () => {
    const sim = await startSim();
    const list = await sim.client.callValid('GET', '/api/v3/departments/?branch=2');
    expect(list.body.data.map((d: { name: string }) => d.name)).toEqual(['Operations']);
    const created = await sim.client.callValid('POST', '/api/v3/departments/', {
      branch: 1,
      name: 'Finance',
      external_id: 'ns:123_SB1:9',
    });
    expect(created.body.data).toMatchObject({
      name: 'Finance',
      external_id: 'ns:123_SB1:9',
      branch: { id: 1, name: 'Vancouver HQ' },
    });
    const put = await sim.client.callValid('PUT', `/api/v3/departments/${created.body.data.id}/`, {
      branch: 2,
      name: 'Finance East',
    });
    expect(put.body.data.branch.id).toBe(2);
    expect((await sim.client.call('POST', '/api/v3/departments/', { branch: 77, name: 'Nowhere' })).body).toEqual({
      branch: ['Invalid pk "77" - object does not exist.'],
    });
  });

  it('serves locations as a list, by id and through create', async () => {
    const sim = await startSim();
    expect(
      (await sim.client.callValid('GET', '/api/v2/locations/?headquarter=true')).body.data.map(
        (l: { id: number }) => l.id,
      ),
    ).toEqual([1]);
    expect((await sim.client.callValid('GET', '/api/v2/locations/2/')).body.data.currency.name).toBe('CAD');
    const address = { name: 'Plant', addressLineOne: '1 Road', city: 'Windsor', postalCode: 'N9A', country: 'Canada' };
    const created = await sim.client.callValid('POST', '/api/v2/locations/', {
      name: 'Windsor',
      currency: 'CAD',
      phoneOne: '555',
      primary_billing_address: address,
      primary_shipping_address: address,
      shipping_addresses: [address],
    });
    expect(created.status).toBe(201);
    expect((await sim.client.call('GET', '/api/v2/locations/999/')).status).toBe(404);
  });

  it('lists accounts with the account_code, departments, department and active filters', async () => {
    const sim = await startSim();
    const ids = async (query: string) =>
      (await sim.client.callValid('GET', `/api/v3/accounts/${query}`)).body.data.map((a: { id: number }) => a.id);
    expect(await ids('')).toEqual([94, 95, 96]);
    expect(await ids('?account_code=42')).toEqual([95, 96]);
    expect(await ids('?departments=11,12&active=true')).toEqual([94, 95]);
    expect(await ids('?department=11&active=false')).toEqual([96]);
    expect(await ids('?account_code=41,42&department=12')).toEqual([95]);
  });

  it('sees an account added later through the control API', async () => {
    const sim = await startSim();
    sim.control.addAccount({ accountCodeId: 41, departmentId: 12, active: true });
    expect((await sim.client.callValid('GET', '/api/v3/accounts/?account_code=41')).body.data).toHaveLength(2);
  });

  it('lists currencies filtered by name, base and active', async () => {
    const sim = await startSim();
    expect((await sim.client.callValid('GET', '/api/v2/currencies/?name=CAD')).body.data).toEqual([
      { id: 4, name: 'CAD', description: 'Canadian Dollar', rate: '1.350000', base: false, active: true },
    ]);
    expect(
      (await sim.client.callValid('GET', '/api/v2/currencies/?base=true')).body.data.map(
        (c: { name: string }) => c.name,
      ),
    ).toEqual(['USD']);
  });
});
