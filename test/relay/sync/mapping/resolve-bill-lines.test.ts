import { describe, expect, it } from 'vitest';
import { resolveBillLines, type MappingIssue } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, bill, DEPT, expense, GL, item, overrides, references } from './fixtures';

const refs = references();

function issuesOf(snapshot: ReturnType<typeof bill>, data = refs): MappingIssue[] {
  const result = resolveBillLines(snapshot, data, overrides(), ACCOUNT_ID);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

describe('resolveBillLines', () => {
  it('codes every expense line to the one active Procurify account of its GL account and department', () => {
    const result = resolveBillLines(bill(), refs, overrides(), ACCOUNT_ID);
    expect(result).toEqual({
      ok: true,
      lines: [
        expect.objectContaining({
          line: 1,
          kind: 'expense',
          description: 'Steel stock, October',
          accountId: 94,
          amount: '4250.00',
          amountCents: 425000,
          accountCode: '5010',
          departmentId: 12,
        }),
        expect.objectContaining({
          line: 2,
          kind: 'expense',
          description: 'Freight in',
          accountId: 95,
          amount: '380.50',
          amountCents: 38050,
        }),
      ],
      // Every source line's coding, for the NetSuite subtab's per-line view.
      coding: [
        expect.objectContaining({
          source: expect.objectContaining({ line: 1, kind: 'expense' }),
          accountCode: expect.objectContaining({ code: '5010' }),
          department: expect.objectContaining({ id: 12 }),
        }),
        expect.objectContaining({
          source: expect.objectContaining({ line: 2, kind: 'expense' }),
          accountCode: expect.objectContaining({ code: expect.any(String) }),
          department: expect.objectContaining({ id: expect.any(Number) }),
        }),
      ],
    });
  });

  it('codes item lines with the item expense account and describes them by the line description or the item name', () => {
    const snapshot = bill({
      expenses: [],
      items: [item(1, { description: 'Bolts, zinc plated' }), item(2, { account: GL.steel, amount: '-5.00' })],
    });
    const result = resolveBillLines(snapshot, refs, overrides(), ACCOUNT_ID);
    expect(
      result.ok &&
        result.lines.map(({ kind, description, accountId, amount }) => ({ kind, description, accountId, amount })),
    ).toEqual([
      { kind: 'item', description: 'Bolts, zinc plated', accountId: 95, amount: '15.00' },
      { kind: 'item', description: 'Bolts M8', accountId: 94, amount: '-5.00' },
    ]);
  });

  it('describes an expense line without a memo by its GL account name, cut to 1,000 characters', () => {
    const long = 'x'.repeat(1200);
    const result = resolveBillLines(
      bill({ expenses: [expense(1), expense(2, { memo: long })] }),
      refs,
      overrides(),
      ACCOUNT_ID,
    );
    expect(result.ok && result.lines.map((line) => line.description.length)).toEqual(['Raw Materials'.length, 1000]);
    expect(result.ok && result.lines[0]?.description).toBe('Raw Materials');
  });

  it('gives a line without a department the bill header department', () => {
    const snapshot = bill({ department: DEPT.admin, expenses: [expense(1, { department: null })] });
    const result = resolveBillLines(snapshot, refs, overrides(), ACCOUNT_ID);
    expect(result).toMatchObject({ ok: true, lines: [{ accountId: 97, departmentId: 15 }] });
  });

  it('uses manual overrides for both the GL account and the department', () => {
    const manual = overrides([[GL.tooling.id, 45]], [[DEPT.research.id, 12]]);
    const snapshot = bill({ expenses: [expense(1, { account: GL.tooling, department: DEPT.research })] });
    expect(resolveBillLines(snapshot, refs, manual, ACCOUNT_ID)).toMatchObject({
      ok: true,
      lines: [{ accountId: 100 }],
    });
  });

  it('picks the lowest id among several active accounts with the same coding, and names the others', () => {
    const data = references({
      accounts: [
        { id: 310, accountCodeId: 41, departmentId: 12, active: true },
        { id: 300, accountCodeId: 41, departmentId: 12, active: true },
        { id: 305, accountCodeId: 41, departmentId: 12, active: false },
      ],
    });
    const result = resolveBillLines(bill({ expenses: [expense(1)] }), data, overrides(), ACCOUNT_ID);
    expect(result).toMatchObject({ ok: true, lines: [{ accountId: 300, otherAccountIds: [310] }] });
  });

  it.each([
    [
      'a GL account without a Procurify code',
      expense(1, { account: GL.tooling }),
      'unmapped_gl_account',
      /Line 1 \(expense\): GL account 5300 Tooling & Dies has no Procurify account code "5300"/,
    ],
    [
      'a GL account without a number',
      expense(1, { account: GL.noNumber }),
      'missing_account_number',
      /Line 1 \(expense\): GL account Sundry/,
    ],
    [
      'a department Procurify does not have',
      expense(1, { department: DEPT.research }),
      'unmapped_department',
      /Line 1 \(expense\): NetSuite department "Research & Development"/,
    ],
    [
      'a code and department that exist but not as an account together',
      expense(1, { account: GL.software, department: DEPT.hamilton }),
      'no_procurify_account',
      /Line 1 \(expense\): Procurify has no active account for account code 6100 × department "Hamilton" \(GL account 6100 Software Subscriptions, NetSuite department "Manufacturing : Hamilton Plant"\)/,
    ],
    [
      'a pair whose only account is inactive',
      expense(1, { account: GL.software, department: DEPT.windsor }),
      'no_procurify_account',
      /no active account \(only an inactive one\)/,
    ],
  ])('stops on %s', (_case, line, code, message) => {
    const [issue, ...rest] = issuesOf(bill({ expenses: [line] }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code, line: 1, lineKind: 'expense' });
    expect(issue?.message).toMatch(message);
  });

  it('stops on an item line whose item has no expense account', () => {
    const [issue] = issuesOf(bill({ expenses: [], items: [item(3, { account: null })] }));
    expect(issue).toMatchObject({ code: 'unmapped_gl_account', line: 3, lineKind: 'item' });
    expect(issue?.message).toBe(
      `Line 3 (item): item "Bolts M8" has no expense account in NetSuite. Set the item's expense account.`,
    );
  });

  it('stops on a line without a department when the bill has none either', () => {
    const [issue] = issuesOf(bill({ department: null, expenses: [expense(2, { department: null })] }));
    expect(issue).toMatchObject({ code: 'unmapped_department', line: 2 });
    expect(issue?.message).toMatch(/Line 2 \(expense\): the line has no department and neither has the bill/);
  });

  it('says how to map lines without a department, as an account without Departments has them', () => {
    const [issue] = issuesOf(bill({ department: null, expenses: [expense(1, { department: null })] }));
    expect(issue).toMatchObject({ code: 'unmapped_department', netsuiteDepartment: { id: '0' } });
    expect(issue?.message).toMatch(/in an account without Departments, map NetSuite department 0 \(no department\)/);
  });

  it('codes lines without a department to the Procurify department mapped by hand to department 0', () => {
    const noDepartments = bill({ department: null, expenses: [expense(1, { department: null })] });
    const result = resolveBillLines(noDepartments, refs, overrides([], [['0', 15]]), ACCOUNT_ID);
    expect(result.ok && result.lines[0]).toMatchObject({
      accountId: 97,
      departmentId: 15,
      netsuiteDepartment: { id: '0', name: '(no department)' },
    });
  });

  it('stops when lines without a department are mapped to an inactive Procurify department', () => {
    const noDepartments = bill({ department: null, expenses: [expense(1, { department: null })] });
    const result = resolveBillLines(noDepartments, refs, overrides([], [['0', 16]]), ACCOUNT_ID);
    expect(!result.ok && result.issues[0]?.message).toMatch(/Procurify department id 16, which is inactive/);
  });

  it('says when an unmapped department came from the bill header', () => {
    const [issue] = issuesOf(bill({ department: DEPT.research, expenses: [expense(1, { department: null })] }));
    expect(issue?.message).toMatch(/\(taken from the bill header\)$/);
  });

  it('lists every problem on every line, not only the first', () => {
    const snapshot = bill({
      expenses: [
        expense(1),
        expense(2, { account: GL.tooling, department: DEPT.research }),
        expense(3, { account: GL.software, department: DEPT.hamilton }),
      ],
      items: [item(1, { account: null, department: null }), item(2)],
    });
    const issues = issuesOf(bill({ ...snapshot, department: null }));
    expect(issues.map(({ code, line, lineKind }) => [code, lineKind, line])).toEqual([
      ['unmapped_gl_account', 'expense', 2],
      ['unmapped_department', 'expense', 2],
      ['no_procurify_account', 'expense', 3],
      ['unmapped_gl_account', 'item', 1],
      ['unmapped_department', 'item', 1],
    ]);
  });

  it('still returns the lines that did map when others do not, for the per-line view', () => {
    const snapshot = bill({
      expenses: [expense(1), expense(2, { account: GL.tooling }), expense(3, { account: GL.freight })],
    });
    const result = resolveBillLines(snapshot, refs, overrides(), ACCOUNT_ID);
    expect(result.ok).toBe(false);
    expect(result.lines.map((line) => [line.line, line.accountId])).toEqual([
      [1, 94],
      [3, 95],
    ]);
  });

  it('resolves a bill of five hundred lines to exact cents', () => {
    const lines = Array.from({ length: 500 }, (_, index) =>
      expense(index + 1, { amount: index % 2 ? '0.10' : '-0.03' }),
    );
    const result = resolveBillLines(bill({ expenses: lines }), refs, overrides(), ACCOUNT_ID);
    expect(result.ok && result.lines.reduce((total, line) => total + line.amountCents, 0)).toBe(250 * 10 - 250 * 3);
  });
});
