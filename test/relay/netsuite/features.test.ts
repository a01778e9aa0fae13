import { describe, expect, it } from 'vitest';
import type { NetSuiteClient } from '../../../relay/src/netsuite';
import {
  accountFeatures,
  describeFeatures,
  detectNetSuiteFeatures,
  isMissingFieldError,
} from '../../../relay/src/netsuite/features';
import { HttpError } from '../../../relay/src/transport/errors';

// Feature detection asks SuiteQL for one column per feature: a column the account lacks is refused
// with 400 and NetSuite's "not found / NOT_EXPOSED" text; anything else is not an answer.

const target = { system: 'netsuite' as const, method: 'POST', path: '/services/rest/query/v1/suiteql' };

function missingField(column: string): HttpError {
  return new HttpError(target, 400, {
    'o:errorDetails': [
      {
        detail: `Search error occurred: Field '${column}' for record 'transactionLine' was not found. Reason: NOT_EXPOSED - Not available for channel SEARCH`,
        'o:errorCode': 'INVALID_PARAMETER',
      },
    ],
  });
}

/** A client whose SuiteQL refuses the columns named, and counts the queries it was sent. */
function accountWithout(columns: string[], failure?: Error): NetSuiteClient & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async suiteql(query) {
      queries.push(query);
      if (failure) throw failure;
      const refused = columns.find((column) => new RegExp(`\\.${column}\\b`).test(query));
      if (refused) throw missingField(refused);
      return { items: [], count: 0, hasMore: false, offset: 0, totalResults: 0 };
    },
    getRecord: () => Promise.reject(new Error('not used')),
    upsertRecord: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
}

describe('detectNetSuiteFeatures', () => {
  it('finds every feature on when SuiteQL answers every probe', async () => {
    const client = accountWithout([]);
    expect(await detectNetSuiteFeatures(client)).toEqual({
      departments: true,
      locations: true,
      classes: true,
      oneWorld: true,
      multiCurrency: true,
    });
    expect(client.queries).toHaveLength(5);
  });

  it.each([
    [['department'], { departments: false }],
    [['location', 'class'], { locations: false, classes: false }],
    [['subsidiary'], { oneWorld: false }],
    [['currency'], { multiCurrency: false }],
    [
      ['department', 'location', 'class', 'subsidiary', 'currency'],
      { departments: false, locations: false, classes: false, oneWorld: false, multiCurrency: false },
    ],
  ])('turns off the features whose columns SuiteQL refuses (%j)', async (columns, off) => {
    const features = await detectNetSuiteFeatures(accountWithout(columns));
    const on = { departments: true, locations: true, classes: true, oneWorld: true, multiCurrency: true };
    expect(features).toEqual({ ...on, ...off });
  });

  it('throws a failure that is not about a missing column instead of guessing', async () => {
    const forbidden = new HttpError(target, 403, { 'o:errorDetails': [{ detail: 'Permission Violation' }] });
    await expect(detectNetSuiteFeatures(accountWithout([], forbidden))).rejects.toBe(forbidden);
    const otherBadQuery = new HttpError(target, 400, { 'o:errorDetails': [{ detail: 'Invalid search query' }] });
    await expect(detectNetSuiteFeatures(accountWithout([], otherBadQuery))).rejects.toBe(otherBadQuery);
  });
});

describe('isMissingFieldError', () => {
  it('recognises NetSuite refusing a field or a record, and nothing else', () => {
    expect(isMissingFieldError(missingField('department'))).toBe(true);
    expect(isMissingFieldError(new HttpError(target, 400, "Record 'department' was not found."))).toBe(true);
    expect(isMissingFieldError(new HttpError(target, 500, 'was not found'))).toBe(false);
    expect(isMissingFieldError(new Error('was not found'))).toBe(false);
  });
});

describe('accountFeatures', () => {
  it('detects once per client, and tries again after a failed detection', async () => {
    const client = accountWithout(['department']);
    const [first, second] = await Promise.all([accountFeatures(client), accountFeatures(client)]);
    expect(first).toBe(second);
    expect(first.departments).toBe(false);
    expect(client.queries).toHaveLength(5);

    let fail = true;
    const flaky = accountWithout([]);
    const suiteql = flaky.suiteql.bind(flaky);
    flaky.suiteql = (query, page) => (fail ? Promise.reject(new Error('socket hang up')) : suiteql(query, page));
    await expect(accountFeatures(flaky)).rejects.toThrow('socket hang up');
    fail = false;
    expect((await accountFeatures(flaky)).multiCurrency).toBe(true);
  });
});

describe('describeFeatures', () => {
  it('names each feature as Enable Features shows it, with on or off', () => {
    const text = describeFeatures({
      departments: true,
      locations: false,
      classes: false,
      oneWorld: false,
      multiCurrency: true,
    });
    expect(text).toBe(
      'Departments on, Locations off, Classes off, OneWorld (subsidiaries) off, Multiple Currencies on',
    );
  });
});
