import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SaveEvent } from '../../../simulators/netsuite/account/types';
import { accessToken, startSeededSimulator, suiteql, type SuiteQlPage } from './helpers';

const BILL_PROBE_DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'bill-probe-dist');

const INVALID_LOGIN = {
  type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html',
  title: 'Unauthorized',
  status: 401,
  'o:errorDetails': [
    {
      detail:
        'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.',
      'o:errorCode': 'INVALID_LOGIN',
    },
  ],
};

describe('NetSuite simulator record API', () => {
  it('returns a vendor bill with expanded expense lines, references and links', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const response = await fetch(`${sim.baseUrl}/services/rest/record/v1/vendorBill/1001?expandSubResources=true`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('type=singular');
    const bill = (await response.json()) as Record<string, unknown>;
    const link = (type: string, id: string) => [
      { rel: 'self', href: `${sim.baseUrl}/services/rest/record/v1/${type}/${id}` },
    ];
    expect(bill).toMatchObject({
      id: '1001',
      links: link('vendorbill', '1001'),
      tranId: 'INV-1001',
      tranDate: '2026-11-02',
      entity: { id: '100', refName: 'ACME-001 Acme Supplies Ltd', links: link('vendor', '100') },
      approvalStatus: { id: '2', refName: 'Approved' },
      status: { id: 'Open', refName: 'Open' },
      total: 1250.5,
      lastModifiedDate: '2026-11-20T14:00:00Z',
      expense: {
        totalResults: 2,
        items: [
          expect.objectContaining({
            line: 1,
            amount: 1000,
            account: { id: '58', refName: '6100 Office Supplies', links: link('account', '58') },
            memo: 'Printer paper',
          }),
          expect.objectContaining({ line: 2, amount: 250.5, memo: 'Freight' }),
        ],
      },
      item: { totalResults: 0, items: [] },
    });
  });

  it('shows sublists as links only without expandSubResources, and finds records by any path case', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const response = await fetch(`${sim.baseUrl}/services/rest/record/v1/purchaseorder/900`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const order = (await response.json()) as Record<string, unknown>;
    expect(order.item).toEqual({
      links: [{ rel: 'self', href: `${sim.baseUrl}/services/rest/record/v1/purchaseorder/900/item` }],
    });
  });

  it('PATCH answers 204, moves lastmodifieddate as SuiteQL and GET show it, and reaches save listeners as a REST edit', async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'UTC' } });
    const token = await accessToken(sim);
    const events: SaveEvent[] = [];
    sim.store.onSave((event) => events.push(event));
    sim.clock.advance(60_000);
    const response = await fetch(`${sim.baseUrl}/services/rest/record/v1/vendorBill/1001`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ memo: 'Corrected by the AP team' }),
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(sim.control.record('vendorbill', '1001')?.fields.memo).toBe('Corrected by the AP team');
    const rows = await suiteql(
      sim,
      token,
      `SELECT TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM transaction WHERE id = 1001`,
    );
    expect(((await rows.json()) as SuiteQlPage).items).toEqual([{ links: [], lm: '2026-11-20T15:01:00' }]);
    const bill = await fetch(`${sim.baseUrl}/services/rest/record/v1/vendorBill/1001`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await bill.json()).toMatchObject({ lastModifiedDate: '2026-11-20T15:01:00Z' });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'vendorbill',
        id: '1001',
        kind: 'edit',
        context: expect.objectContaining({ executionContext: 'RESTWEBSERVICES' }),
      }),
    ]);
  });

  it("runs the bill's user events on a REST PATCH when the SuiteScript runtime is attached", async () => {
    const sim = await startSeededSimulator({ suitescript: { distDir: BILL_PROBE_DIST } });
    const token = await accessToken(sim);
    const response = await fetch(`${sim.baseUrl}/services/rest/record/v1/vendorbill/1002`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ memo: 'Edited over REST' }),
    });
    expect(response.status).toBe(204);
    const probes = (sim.suitescript?.logs ?? [])
      .filter((entry) => entry.title === 'bill probe')
      .map((entry) => JSON.parse(entry.details) as unknown);
    expect(probes).toEqual([{ type: 'edit', id: '1002', executionContext: 'RESTWEBSERVICES' }]);
  });

  it('PATCH of an unknown field, a retired writeback field or an over-long value answers INVALID_CONTENT with the path', async () => {
    const sim = await startSeededSimulator();
    sim.control.defineCustomField({ id: 'custentity_sim_note', kind: 'text', appliesTo: ['vendor'] });
    const token = await accessToken(sim);
    const patch = (body: unknown) =>
      fetch(`${sim.baseUrl}/services/rest/record/v1/vendor/100`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const field of ['custentity_sim_nope', 'custentity_mlc_status']) {
      const unknown = await patch({ [field]: 'x' });
      expect(unknown.status).toBe(400);
      expect(await unknown.json()).toMatchObject({
        title: 'Bad Request',
        'o:errorDetails': [{ 'o:errorCode': 'INVALID_CONTENT', 'o:errorPath': field }],
      });
    }
    const tooLong = await patch({ custentity_sim_note: 'x'.repeat(301) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({
      'o:errorDetails': [{ 'o:errorCode': 'INVALID_CONTENT', 'o:errorPath': 'custentity_sim_note' }],
    });
    expect(sim.control.record('vendor', '100')?.fields.custentity_sim_note).toBeUndefined();
    expect((await patch({ custentity_sim_note: 'x'.repeat(300) })).status).toBe(204);
  });

  it('answers NONEXISTENT_ID for a record that does not exist or was deleted', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    sim.control.deleteRecord('vendorbill', '1002');
    for (const id of ['424242', '1002']) {
      const response = await fetch(`${sim.baseUrl}/services/rest/record/v1/vendorBill/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        status: 404,
        'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ID' }],
      });
    }
  });

  it('answers the verbatim INVALID_LOGIN body without a token and once the token is 60 minutes old', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const get = (headers: Record<string, string>) =>
      fetch(`${sim.baseUrl}/services/rest/record/v1/vendor/100`, { headers });
    const anonymous = await get({});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(INVALID_LOGIN);
    sim.clock.advance(59 * 60_000);
    expect((await get({ authorization: `Bearer ${token}` })).status).toBe(200);
    sim.clock.advance(60_000);
    const expired = await get({ authorization: `Bearer ${token}` });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual(INVALID_LOGIN);
  });

  it('expires every token at once on request', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    sim.control.expireTokens();
    expect(
      (
        await fetch(`${sim.baseUrl}/services/rest/system/v1/serverTime`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
  });

  it('serves the server time from the simulated clock', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    sim.clock.advance(5000);
    const response = await fetch(`${sim.baseUrl}/services/rest/system/v1/serverTime`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await response.json()).toEqual({ serverTime: '2026-11-20T15:00:05.000Z' });
  });
});
