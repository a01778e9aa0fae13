import { describe, expect, it } from 'vitest';
import { createClock } from '../../../simulators/netsuite/account/clock';
import { AccountStore } from '../../../simulators/netsuite/account/store';
import { formatUserDate, formatWithModel, parseWithModel } from '../../../simulators/netsuite/suiteql/date-format';

const ISO_MODEL = 'YYYY-MM-DD"T"HH24:MI:SS';

describe('SuiteQL date handling', () => {
  it('formats the same instant in the user time zone across a DST change', () => {
    expect(formatWithModel(Date.parse('2026-11-01T08:30:00Z'), ISO_MODEL, 'America/Los_Angeles')).toBe(
      '2026-11-01T01:30:00',
    );
    expect(formatWithModel(Date.parse('2026-11-01T09:30:00Z'), ISO_MODEL, 'America/Los_Angeles')).toBe(
      '2026-11-01T01:30:00',
    );
    expect(formatWithModel(Date.parse('2026-07-01T12:00:00Z'), ISO_MODEL, 'Asia/Kolkata')).toBe('2026-07-01T17:30:00');
  });

  it('reads the repeated hour as its earlier instant', () => {
    expect(parseWithModel('2026-11-01 01:30:00', 'YYYY-MM-DD HH24:MI:SS', 'America/Los_Angeles')).toBe(
      Date.parse('2026-11-01T08:30:00Z'),
    );
  });

  it('refuses a literal that does not match its format', () => {
    expect(() => parseWithModel('2026-11-01T01:30:00', 'YYYY-MM-DD HH24:MI:SS', 'UTC')).toThrow(/does not match/);
  });

  it('shows dates in each NetSuite date preference', () => {
    const at = Date.parse('2026-03-04T12:00:00Z');
    expect(formatUserDate(at, 'M/D/YYYY', 'UTC')).toBe('3/4/2026');
    expect(formatUserDate(at, 'DD/MM/YYYY', 'UTC')).toBe('04/03/2026');
    expect(formatUserDate(at, 'D-Mon-YYYY', 'UTC')).toBe('4-Mar-2026');
  });
});

describe('account store', () => {
  it('moves lastmodifieddate on every save even when the clock stands still', () => {
    const store = new AccountStore(createClock({ mode: 'frozen', start: Date.parse('2026-11-20T15:00:00.700Z') }));
    const created = store.save('vendor', { fields: { entityid: 'V1' } });
    const edited = store.update('vendor', created.id, { fields: { phone: '1' } });
    expect(created.lastModifiedAt).toBe(Date.parse('2026-11-20T15:00:00Z'));
    expect(edited.lastModifiedAt).toBe(Date.parse('2026-11-20T15:00:01Z'));
    expect([...store.byLastModified('vendor')].map((record) => record.fields.phone)).toEqual(['1']);
  });

  it('lets a before-save listener abort the save and skips listeners for silent edits', () => {
    const store = new AccountStore(createClock({ mode: 'frozen' }));
    const seen: string[] = [];
    store.onSave((event) => seen.push(`${event.kind}:${event.context.executionContext}`));
    const unsubscribe = store.onBeforeSave(() => {
      throw new Error('refused by beforeSubmit');
    });
    expect(() => store.save('vendor', { fields: { entityid: 'V1' } })).toThrow('refused by beforeSubmit');
    expect(store.count('vendor')).toBe(0);
    unsubscribe();
    const saved = store.save(
      'vendor',
      { fields: { entityid: 'V1' } },
      { context: { executionContext: 'USERINTERFACE' } },
    );
    store.update('vendor', saved.id, { fields: { phone: '2' } }, { silent: true });
    store.delete('vendor', saved.id);
    expect(seen).toEqual(['create:USERINTERFACE']);
    expect(store.deleted()).toEqual([
      expect.objectContaining({ recordType: 'vendor', recordId: saved.id, name: 'V1' }),
    ]);
  });

  it('gives transactions one id sequence', () => {
    const store = new AccountStore(createClock({ mode: 'frozen' }));
    const bill = store.save('vendorbill', { fields: { tranid: 'B' } });
    const order = store.save('purchaseorder', { fields: { tranid: 'P' } });
    expect(Number(order.id)).toBe(Number(bill.id) + 1);
  });
});
