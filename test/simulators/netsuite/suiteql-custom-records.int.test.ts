import { describe, expect, it } from 'vitest';
import { SYNC_STATE_FIELDS as F, SYNC_STATE_RECORD } from '../../../suiteapp/src/lib/sync-state-record';
import { accessToken, recordApi, SDF_FIXTURES, startSeededSimulator, suiteql, type SuiteQlPage } from './helpers';

async function rows(response: Response): Promise<Record<string, unknown>[]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as SuiteQlPage).items.map(({ links: _links, ...row }) => row);
}

describe('SuiteQL over custom record tables and accounting periods', () => {
  it('filters transactions by their sync state with a join on the select column, as a list view would', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const states: [string, string, string][] = [
      ['vendorbill', '1001', 'synced'],
      ['vendorbill', '1002', 'failed'],
      ['vendorbill', '1003', 'failed'],
      ['purchaseorder', '900', 'failed'],
    ];
    for (const [type, id, status] of states) {
      const body = { name: `${type} ${id}`, [F.transaction]: { id }, [F.status]: status };
      expect((await call('PUT', `${SYNC_STATE_RECORD}/eid:${type}-${id}`, body)).status).toBe(204);
    }
    const token = await accessToken(sim);
    const failed = await suiteql(
      sim,
      token,
      `SELECT t.id FROM transaction t INNER JOIN ${SYNC_STATE_RECORD} s ON s.${F.transaction} = t.id ` +
        `WHERE s.${F.status} = 'failed' AND t.type = 'VendBill' ORDER BY t.id`,
    );
    expect(await rows(failed)).toEqual([{ id: '1002' }, { id: '1003' }]);
    const columns = await suiteql(
      sim,
      token,
      `SELECT s.externalid, s.${F.transaction} AS tx, BUILTIN.DF(s.${F.transaction}) AS txname, s.isinactive ` +
        `FROM ${SYNC_STATE_RECORD} s WHERE s.externalid = 'purchaseorder-900'`,
    );
    expect(await rows(columns)).toEqual([
      { externalid: 'purchaseorder-900', tx: '900', txname: 'Purchase Order #PO-900', isinactive: 'F' },
    ]);
  });

  it("gives transaction.postingperiod the period's id and lists month periods in accountingperiod", async () => {
    const sim = await startSeededSimulator({ settings: { timeZone: 'UTC' } });
    sim.control.editRecord('vendorbill', '1003', { fields: { postingperiod: '202612' } });
    sim.control.closePeriod('2026-10');
    const token = await accessToken(sim);
    const periods = await suiteql(
      sim,
      token,
      'SELECT id, postingperiod, BUILTIN.DF(postingperiod) AS period FROM transaction WHERE id IN (1001, 1003) ORDER BY id',
    );
    expect(await rows(periods)).toEqual([
      { id: '1001', postingperiod: '202611', period: 'Nov 2026' },
      { id: '1003', postingperiod: '202612', period: 'Dec 2026' },
    ]);
    const months = await suiteql(
      sim,
      token,
      `SELECT id, periodname, TO_CHAR(startdate,'YYYY-MM-DD') AS starts, TO_CHAR(enddate,'YYYY-MM-DD') AS ends, ` +
        `closed, isyear, isquarter FROM accountingperiod ORDER BY id`,
    );
    expect(await rows(months)).toEqual([
      {
        id: '202610',
        periodname: 'Oct 2026',
        starts: '2026-10-01',
        ends: '2026-10-31',
        closed: 'T',
        isyear: 'F',
        isquarter: 'F',
      },
      {
        id: '202611',
        periodname: 'Nov 2026',
        starts: '2026-11-01',
        ends: '2026-11-30',
        closed: 'F',
        isyear: 'F',
        isquarter: 'F',
      },
      {
        id: '202612',
        periodname: 'Dec 2026',
        starts: '2026-12-01',
        ends: '2026-12-31',
        closed: 'F',
        isyear: 'F',
        isquarter: 'F',
      },
    ]);
  });
});
