import { describe, expect, it } from 'vitest';
import { listsForIssues } from '../../../relay/src/sync/replay-reference';

describe('the Procurify lists a replay reads again', () => {
  it.each([
    [['unmapped_gl_account'], ['account_code', 'account']],
    [['unmapped_department'], ['department', 'account']],
    [['no_procurify_account'], ['account_code', 'department', 'account']],
    [['unmapped_currency'], ['currency']],
    [
      ['unmapped_gl_account', 'unmapped_currency', 'unmapped_department'],
      ['account_code', 'account', 'currency', 'department'],
    ],
    [['name_too_long'], []],
    [['vendor_not_synced'], []],
    [['http_422'], []],
    [[], []],
  ])('for issues %j reads %j', (codes, lists) => {
    expect(listsForIssues(codes.map((code) => ({ code })))).toEqual(lists);
  });
});
