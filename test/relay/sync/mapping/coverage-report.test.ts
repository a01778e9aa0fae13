import { describe, expect, it } from 'vitest';
import { coverageReport, type NetsuiteAccount, type NetsuiteDepartment } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, overrides, references } from './fixtures';

const accounts: NetsuiteAccount[] = [
  { id: '101', number: '5010', name: 'Raw Materials', fullName: 'Raw Materials', isInactive: false, type: 'COGS' },
  { id: '103', number: '5300', name: 'Tooling & Dies', fullName: 'Tooling & Dies', isInactive: false, type: 'COGS' },
  { id: '105', number: null, name: 'Sundry', fullName: 'Expenses : Sundry', isInactive: false, type: 'Expense' },
  { id: '107', number: '9999', name: 'Old', fullName: 'Old', isInactive: true, type: 'Expense' },
  {
    id: '108',
    number: '2000',
    name: 'Accounts Payable',
    fullName: 'Accounts Payable',
    isInactive: false,
    type: 'AcctPay',
  },
];

const departments: NetsuiteDepartment[] = [
  { id: '2', name: 'Hamilton Plant', fullName: 'Manufacturing : Hamilton Plant', isInactive: false },
  { id: '4', name: 'Windsor Plant', fullName: 'Manufacturing : Windsor Plant', isInactive: false },
  { id: '8', name: 'Research & Development', fullName: 'Research & Development', isInactive: false },
  { id: '9', name: 'Old Plant', fullName: 'Manufacturing : Old Plant', isInactive: true },
];

describe('coverageReport', () => {
  it('lists every active account and department that does not map, with the reason', () => {
    const report = coverageReport(accounts, departments, references(), overrides(), ACCOUNT_ID);
    expect(report.accounts.map(({ netsuiteId, code }) => [netsuiteId, code])).toEqual([
      ['103', 'unmapped_gl_account'],
      ['105', 'missing_account_number'],
      ['108', 'unmapped_gl_account'],
    ]);
    expect(report.departments).toEqual([
      expect.objectContaining({ netsuiteId: '8', fullName: 'Research & Development', code: 'unmapped_department' }),
    ]);
    expect(report.checked).toEqual({ accounts: 4, departments: 3 });
  });

  it('counts manual overrides as mapped', () => {
    const manual = overrides(
      [
        ['103', 45],
        ['105', 41],
      ],
      [['8', 15]],
    );
    const report = coverageReport(accounts, departments, references(), manual, ACCOUNT_ID);
    expect(report.accounts.map((gap) => gap.netsuiteId)).toEqual(['108']);
    expect(report.departments).toEqual([]);
  });

  it('can limit the accounts to the types bills are coded to', () => {
    const report = coverageReport(accounts, departments, references(), overrides(), ACCOUNT_ID, {
      accountTypes: ['Expense', 'COGS'],
    });
    expect(report.accounts.map((gap) => gap.netsuiteId)).toEqual(['103', '105']);
  });

  it('asks for the department of lines without one when NetSuite has no departments, until it is mapped', () => {
    const report = coverageReport(accounts, [], references(), overrides(), ACCOUNT_ID);
    expect(report.departments).toEqual([
      expect.objectContaining({ netsuiteId: '0', fullName: '(no department)', code: 'unmapped_department' }),
    ]);
    const mapped = coverageReport(accounts, [], references(), overrides([], [['0', 15]]), ACCOUNT_ID);
    expect(mapped.departments).toEqual([]);
  });
});
