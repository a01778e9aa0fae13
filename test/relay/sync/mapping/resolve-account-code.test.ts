import { describe, expect, it } from 'vitest';
import { resolveAccountCode } from '../../../../relay/src/sync/mapping';
import { GL, overrides, references } from './fixtures';

const refs = references();

describe('resolveAccountCode', () => {
  it.each([
    ['the number equals the code exactly', GL.steel, 41],
    ['the Procurify code has white space around it', GL.freight, 42],
    ['the NetSuite number has white space around it', { ...GL.software, number: ' 6100 ' }, 43],
  ])('maps a GL account when %s', (_case, account, codeId) => {
    const result = resolveAccountCode(account, refs, overrides());
    expect(result).toMatchObject({ ok: true, value: { id: codeId } });
  });

  it('lets a manual override win over the account number', () => {
    const result = resolveAccountCode(GL.steel, refs, overrides([[GL.steel.id, 45]]));
    expect(result).toMatchObject({ ok: true, value: { id: 45, code: '7000' } });
  });

  it('maps an account without a number when it is mapped by hand', () => {
    const result = resolveAccountCode(GL.noNumber, refs, overrides([[GL.noNumber.id, 43]]));
    expect(result).toMatchObject({ ok: true, value: { id: 43 } });
  });

  it.each([
    [
      'has no number',
      GL.noNumber,
      overrides(),
      'missing_account_number',
      /Sundry \(internal id 105\) has no account number/,
    ],
    [
      'has a blank number',
      { ...GL.noNumber, number: '  ' },
      overrides(),
      'missing_account_number',
      /no account number/,
    ],
    [
      'has no matching code',
      GL.tooling,
      overrides(),
      'unmapped_gl_account',
      /5300 Tooling & Dies has no Procurify account code "5300"/,
    ],
    [
      'matches only an inactive code',
      GL.retired,
      overrides(),
      'unmapped_gl_account',
      /only an inactive Procurify account code "6900"/,
    ],
    [
      'is mapped by hand to a code that no longer exists',
      GL.steel,
      overrides([[GL.steel.id, 999]]),
      'unmapped_gl_account',
      /id 999, which no longer exists/,
    ],
    [
      'is mapped by hand to an inactive code',
      GL.steel,
      overrides([[GL.steel.id, 44]]),
      'unmapped_gl_account',
      /id 44, which is inactive/,
    ],
  ])('reports an account that %s', (_case, account, manual, code, message) => {
    const result = resolveAccountCode(account, refs, manual);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe(code);
    expect(result.issue.message).toMatch(message);
    expect(result.issue.netsuiteAccount).toEqual({ ...account });
  });

  it('does not match a code that differs only by a prefix or suffix', () => {
    expect(resolveAccountCode({ ...GL.steel, number: '501' }, refs, overrides()).ok).toBe(false);
    expect(resolveAccountCode({ ...GL.steel, number: '50100' }, refs, overrides()).ok).toBe(false);
  });

  it('refuses to guess between two active codes with the same number', () => {
    const twice = references({
      accountCodes: [
        { id: 1, code: '5010', description: 'A', active: true },
        { id: 2, code: '5010 ', description: 'B', active: true },
      ],
    });
    const result = resolveAccountCode(GL.steel, twice, overrides());
    expect(result).toMatchObject({ ok: false, issue: { code: 'unmapped_gl_account' } });
    if (!result.ok)
      expect(result.issue.message).toMatch(/matches 2 active Procurify account codes "5010" \(ids 1, 2\)/);
  });
});
