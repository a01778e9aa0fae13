import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../simulators/netsuite/account/store';
import { createClock } from '../../../simulators/netsuite/account/clock';
import { FEATURE_PROFILES, isFeatureInEffect } from '../../../simulators/netsuite/account/features';
import { SuiteQlError } from '../../../simulators/netsuite/suiteql/errors';
import { runSuiteQl } from '../../../simulators/netsuite/suiteql/execute';
import { createTables } from '../../../simulators/netsuite/suiteql/tables';

function query(features: (typeof FEATURE_PROFILES)[keyof typeof FEATURE_PROFILES], text: string) {
  const store = new AccountStore(createClock());
  store.features = { ...features };
  const tables = createTables({ store, timeZone: 'America/Los_Angeles', deletedTypeStyle: 'recordtype' });
  return () => runSuiteQl(text, tables, { timeZone: 'America/Los_Angeles', dateFormat: 'M/D/YYYY' }).page(0, 10);
}

describe('an account without optional features', () => {
  it.each([
    [
      'SELECT tl.department FROM transactionline tl',
      "Field 'department' for record 'tl' was not found. Reason: NOT_EXPOSED",
    ],
    ['SELECT tl.location FROM transactionline tl', "Field 'location'"],
    ['SELECT tl.class FROM transactionline tl', "Field 'class'"],
    ['SELECT v.subsidiary FROM vendor v', "Field 'subsidiary'"],
    ['SELECT t.currency FROM transaction t', "Field 'currency'"],
    ['SELECT t.exchangerate FROM transaction t', "Field 'exchangerate'"],
    ['SELECT id FROM department', "Record 'department' was not found."],
    ['SELECT id FROM subsidiary', "Record 'subsidiary' was not found."],
    ['SELECT id FROM currency', "Record 'currency' was not found."],
  ])('refuses %s as NetSuite does', (text, message) => {
    expect(query(FEATURE_PROFILES.basic, text)).toThrow(SuiteQlError);
    expect(query(FEATURE_PROFILES.basic, text)).toThrow(message);
    expect(query(FEATURE_PROFILES.full, text)).not.toThrow();
  });

  it('answers runtime.isFeatureInEffect by the feature ids of Enable Features', () => {
    const basic = FEATURE_PROFILES.basic;
    expect(
      ['DEPARTMENTS', 'LOCATIONS', 'CLASSES', 'SUBSIDIARIES', 'MULTICURRENCY'].map((id) =>
        isFeatureInEffect(basic, id),
      ),
    ).toEqual([false, false, false, false, false]);
    expect(isFeatureInEffect(FEATURE_PROFILES.departmentsOnly, 'departments')).toBe(true);
    expect(isFeatureInEffect(basic, 'ACCOUNTING')).toBe(true);
  });
});
