import { describe, expect, it } from 'vitest';
import { accessToken, keysetQuery, startSeededSimulator, suiteql, type SuiteQlPage } from './helpers';

const page = async (response: Response) => {
  expect(response.status).toBe(200);
  return (await response.json()) as SuiteQlPage;
};

describe('NetSuite simulator SuiteQL', () => {
  it("answers the poller's keyset query with the documented envelope, lower-case keys and string values", async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'UTC' } });
    const token = await accessToken(sim);
    const body = await page(
      await suiteql(sim, token, keysetQuery('transaction', '2026-11-20 14:00:00', 1001, "type = 'VendBill' AND ")),
    );
    expect(body).toEqual({
      links: [{ rel: 'self', href: `${sim.baseUrl}/services/rest/query/v1/suiteql?limit=1000&offset=0` }],
      count: 2,
      hasMore: false,
      items: [
        { links: [], id: '1002', lm: '2026-11-20T14:00:00' },
        { links: [], id: '1003', lm: '2026-11-20T14:30:00' },
      ],
      offset: 0,
      totalResults: 2,
    });
    expect(sim.control.requests().at(-1)).toMatchObject({
      method: 'POST',
      kind: 'suiteql',
      status: 200,
      query: expect.stringContaining('FROM transaction'),
    });
  });

  it('keyset paging walks every record once even when many share one last-modified second', async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'UTC' } });
    sim.control.seedSyntheticBills(2500, { start: Date.parse('2026-10-01T00:00:00Z'), perSecond: 7 });
    const token = await accessToken(sim);
    const seen: string[] = [];
    let watermark = '2000-01-01 00:00:00';
    let lastId = 0;
    for (let pages = 0; pages < 10; pages++) {
      const body = await page(
        await suiteql(sim, token, keysetQuery('transaction', watermark, lastId, "type = 'VendBill' AND ")),
      );
      seen.push(...body.items.map((item) => String(item.id)));
      if (body.items.length < 1000) break;
      const last = body.items.at(-1) as { id: string; lm: string };
      watermark = last.lm.replace('T', ' ');
      lastId = Number(last.id);
    }
    expect(seen).toHaveLength(2503);
    expect(new Set(seen).size).toBe(2503);
  });

  it('pages with limit and offset up to the 100,000-row cap and refuses to go past it', async () => {
    const sim = await startSeededSimulator();
    sim.control.seedSyntheticBills(100_500);
    const token = await accessToken(sim);
    const query = "SELECT id FROM transaction WHERE type = 'VendBill' ORDER BY id";
    const first = await page(await suiteql(sim, token, query, 'limit=1000&offset=0'));
    expect(first).toMatchObject({ count: 1000, hasMore: true, offset: 0, totalResults: 100_503 });
    expect(first.links.map((link) => link.rel)).toEqual(['next', 'last', 'self']);
    const lastReachable = await page(await suiteql(sim, token, query, 'limit=1000&offset=99000'));
    expect(lastReachable).toMatchObject({ count: 1000, hasMore: true, offset: 99_000 });
    expect(lastReachable.links.map((link) => link.rel)).toEqual(['previous', 'first', 'last', 'self']);
    const beyond = await suiteql(sim, token, query, 'limit=1000&offset=100000');
    expect(beyond.status).toBe(400);
    expect(await beyond.json()).toMatchObject({
      status: 400,
      'o:errorDetails': [{ 'o:errorCode': 'INVALID_PARAMETER', 'o:errorQueryParam': 'offset' }],
    });
  }, 60_000);

  it('leaves null columns out of the item instead of sending null', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const body = await page(
      await suiteql(sim, token, 'SELECT id, email, companyname, firstname FROM vendor ORDER BY id'),
    );
    expect(body.items).toEqual([
      { links: [], id: '100', email: 'ap@acme.example; billing@acme.example', companyname: 'Acme Supplies Ltd' },
      { links: [], id: '101', firstname: 'Jane' },
    ]);
  });

  it('keeps addresses in entityaddress, reached through the vendor default address keys', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const body = await page(
      await suiteql(
        sim,
        token,
        'SELECT v.id, ba.addr1, ba.city, ba.state, ba.zip, ba.country FROM vendor v ' +
          'LEFT JOIN entityaddress ba ON ba.nkey = v.defaultbillingaddress ORDER BY v.id',
      ),
    );
    expect(body.items).toEqual([
      { links: [], id: '100', addr1: '1 Main St', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' },
      { links: [], id: '101' },
    ]);
    // As in NetSuite: the vendor row holds no address fields, standard vendors no department, and
    // an account's name without its number is accountsearchdisplaynamecopy.
    for (const query of [
      'SELECT billaddr1 FROM vendor',
      'SELECT department FROM vendor',
      'SELECT acctname FROM account',
    ]) {
      expect((await suiteql(sim, token, query)).status).toBe(400);
    }
  });

  it('names a transaction status with its type in BUILTIN.DF', async () => {
    const sim = await startSeededSimulator();
    const body = await page(
      await suiteql(
        sim,
        await accessToken(sim),
        'SELECT BUILTIN.DF(status) AS statusname FROM transaction WHERE id = 1003',
      ),
    );
    expect(body.items).toEqual([{ links: [], statusname: 'Bill : Pending Approval' }]);
  });

  it("shows dates in the user's date format and time zone, while TO_CHAR with a format is exact", async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const query =
      'SELECT lastmodifieddate, TO_CHAR(lastmodifieddate,\'YYYY-MM-DD"T"HH24:MI:SS\') AS lm, trandate FROM transaction WHERE id = 1003';
    const pacific = await page(await suiteql(sim, token, query));
    expect(pacific.items[0]).toEqual({
      links: [],
      lastmodifieddate: '11/20/2026',
      lm: '2026-11-20T06:30:00',
      trandate: '11/2/2026',
    });
    sim.control.updateSettings({ timeZone: 'Europe/Berlin', dateFormat: 'DD.MM.YYYY' });
    const berlin = await page(await suiteql(sim, token, query));
    expect(berlin.items[0]).toEqual({
      links: [],
      lastmodifieddate: '20.11.2026',
      lm: '2026-11-20T15:30:00',
      trandate: '02.11.2026',
    });
  });

  it('reads TO_TIMESTAMP literals in the user time zone', async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'America/Los_Angeles' } });
    const token = await accessToken(sim);
    // 14:30 UTC is 06:30 in Los Angeles: only bill 1003 is at or after it.
    const query =
      "SELECT id FROM transaction WHERE lastmodifieddate >= TO_TIMESTAMP('2026-11-20 06:30:00','YYYY-MM-DD HH24:MI:SS')";
    expect((await page(await suiteql(sim, token, query))).items).toEqual([{ links: [], id: '1003' }]);
  });

  it('joins lines to accounts and shows display names with BUILTIN.DF, a line without a department showing none', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const query =
      'SELECT tl.transaction, tl.id, a.acctnumber, BUILTIN.DF(tl.department) AS department, tl.netamount, tl.memo ' +
      "FROM transactionline tl INNER JOIN account a ON a.id = tl.expenseaccount WHERE tl.mainline = 'F' AND tl.transaction IN (1001, 900) ORDER BY tl.transaction, tl.id";
    const body = await page(await suiteql(sim, token, query));
    expect(body.items).toEqual([
      {
        links: [],
        transaction: '900',
        id: '1',
        acctnumber: '6100',
        department: 'Operations : Plant A',
        netamount: '125',
        memo: 'Gloves',
      },
      {
        links: [],
        transaction: '1001',
        id: '1',
        acctnumber: '6100',
        department: 'Operations : Plant A',
        netamount: '1000',
        memo: 'Printer paper',
      },
      {
        links: [],
        transaction: '1001',
        id: '2',
        acctnumber: '6150',
        // The line has no department of its own: null, left out (the header's is not inherited).
        netamount: '250.5',
        memo: 'Freight',
      },
    ]);
  });

  it('lists deletes from DeletedRecord', async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'UTC' } });
    sim.control.deleteRecord('vendorbill', '1002');
    const token = await accessToken(sim);
    const query =
      'SELECT TO_CHAR(deleteddate,\'YYYY-MM-DD"T"HH24:MI:SS\') AS deleteddate, type AS recordtype, recordid, name FROM DeletedRecord ' +
      "WHERE deleteddate >= TO_TIMESTAMP('2026-11-20 00:00:00','YYYY-MM-DD HH24:MI:SS') ORDER BY deleteddate";
    const body = await page(await suiteql(sim, token, query));
    expect(body.items).toEqual([
      { links: [], deleteddate: '2026-11-20T15:00:00', recordtype: 'vendorbill', recordid: '1002', name: 'INV-1002' },
    ]);
  });

  const errors: [string, string][] = [
    ['an unknown table', 'SELECT id FROM vendorz'],
    ['an unknown column', 'SELECT nope FROM vendor'],
    ['a syntax error', 'SELECT id FROM vendor WHERE'],
    ['a statement other than SELECT', 'DELETE FROM vendor WHERE id = 1'],
    ['an ISO string compared with a date', "SELECT id FROM vendor WHERE lastmodifieddate > '2026-01-01'"],
  ];
  for (const [what, query] of errors) {
    it(`answers ${what} with 400 INVALID_PARAMETER in o:errorDetails`, async () => {
      const sim = await startSeededSimulator();
      const response = await suiteql(sim, await accessToken(sim), query);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { 'o:errorDetails': { detail: string; 'o:errorCode': string }[] };
      expect(body['o:errorDetails'][0]).toMatchObject({
        'o:errorCode': 'INVALID_PARAMETER',
        detail: expect.stringContaining('Invalid search query'),
      });
    });
  }

  it('refuses a request without Prefer: transient and a limit above 1000', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const noPrefer = await fetch(`${sim.baseUrl}/services/rest/query/v1/suiteql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'SELECT id FROM vendor' }),
    });
    expect(noPrefer.status).toBe(400);
    expect((await suiteql(sim, token, 'SELECT id FROM vendor', 'limit=1001')).status).toBe(400);
  });
});
