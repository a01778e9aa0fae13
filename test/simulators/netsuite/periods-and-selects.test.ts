import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describePeriod, periodIdOf, periodKeyOfId, periodOf } from '../../../simulators/netsuite/account/periods';
import { selectTargetOf, targetCovers } from '../../../simulators/netsuite/account/select-targets';
import { readSdfObjects } from '../../../simulators/netsuite/suitescript/sdf-objects';

const SDF_FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'sdf-objects');

describe('accounting periods', () => {
  it.each([
    [{ trandate: '2026-11-02' }, '2026-11'],
    [{ trandate: '2026-11-02', postingperiod: '202612' }, '2026-12'],
    [{ trandate: '2026-11-02', postingperiod: null }, '2026-11'],
    [{ trandate: null }, null],
    [{ postingperiod: '202613' }, null],
  ])('puts a transaction with %j in period %s', (fields, key) => {
    expect(periodOf(fields)).toBe(key);
  });

  it('names and bounds a month period the way NetSuite lists it', () => {
    expect(describePeriod('2028-02', false)).toEqual({
      id: '202802',
      key: '2028-02',
      name: 'Feb 2028',
      startDate: '2028-02-01',
      endDate: '2028-02-29',
      closed: false,
    });
    expect(periodKeyOfId(periodIdOf('2026-01'))).toBe('2026-01');
    expect(() => periodIdOf('2026-13')).toThrow(/YYYY-MM/);
  });
});

describe('custom record select fields', () => {
  it.each([
    ['-30', 'vendorbill', true],
    ['-30', 'purchaseorder', true],
    ['-30', 'vendor', false],
    ['-3', 'vendor', true],
    ['[scriptid=customrecord_mlc_sync_state]', 'customrecord_mlc_sync_state', true],
    ['customrecord_mlc_sync_state', 'vendorbill', false],
    ['-999', 'vendor', false],
  ])('a select on %s can hold a %s: %s', (selectRecordType, type, covered) => {
    expect(targetCovers(selectTargetOf(selectRecordType), type)).toBe(covered);
  });

  it('reads selectrecordtype and onparentdelete from the SDF XML, leaving an empty rule empty', () => {
    const pin = readSdfObjects(SDF_FIXTURES).customRecordTypes.get('customrecord_sim_pin');
    expect(pin?.fieldDefinitions).toMatchObject({
      custrecord_sim_pin_transaction: { type: 'SELECT', selectRecordType: '-30', onParentDelete: 'NO_ACTION' },
      custrecord_sim_pin_vendor: { type: 'SELECT', selectRecordType: '-3', onParentDelete: null },
      custrecord_sim_pin_notes: { type: 'CLOBTEXT', selectRecordType: null, onParentDelete: null },
    });
    expect(pin?.fields.custrecord_sim_pin_count).toBe('INTEGER');
  });
});
