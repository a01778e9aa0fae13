import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack } from '../../helpers/stack';

describe('secrets', () => {
  it('never reach a log line, an audit row, a stored record or an error body during a run with failures', async () => {
    const stack = await startStack({ env: { MLC_LOG_LEVEL: 'trace' } });
    stack.procurify.control.addFault({ kind: 'server_error', status: 500, times: 2 });
    const bill = billSnapshot(SCENARIO_CASES.billTwoLines);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
    await stack.waitFor('vendorbill', bill.id, ['synced'], 30_000);
    const refused = await fetch(`${stack.baseUrl}/v1/records`, {
      headers: { authorization: `Bearer ${SECRETS.adminToken}x` },
    });
    const errorBody = await refused.text();

    const privateKey = stack.relay.secrets.find((value) => value.includes('PRIVATE KEY'))!;
    const keyBody = privateKey.split('\n').find((line) => line.length > 40)!;
    const values = [SECRETS.adminToken, SECRETS.eventSecret, SECRETS.masterKey, SECRETS.procurifyClientSecret, keyBody];

    const tables = [
      'audit_entry',
      'sync_record',
      'inbound_event',
      'writeback',
      'reference_item',
      'setting',
      'mapping_override',
    ];
    const dump: string[] = [stack.log.text(), errorBody];
    for (const table of tables) {
      dump.push(JSON.stringify((await stack.relay.database.client.execute(`select * from ${table}`)).rows));
    }
    const sealed = JSON.stringify((await stack.relay.database.client.execute('select * from credential')).rows);
    for (const value of values) {
      for (const text of [...dump, sealed]) expect(text).not.toContain(value);
    }
    expect(stack.log.text()).toContain('"msg":"request"');
  });
});
