import { describe, expect, it } from 'vitest';
import { resolveDepartment, type ReferenceData } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, DEPT, overrides, references } from './fixtures';

const refs = references();

function department(id: number, name: string, externalId: string | null = null, active = true) {
  return { id, name, externalId, active, locationId: 1 };
}

describe('resolveDepartment', () => {
  it.each([
    ['its external id is ns:<account>:<id>', DEPT.hamilton, refs, 12],
    ['its external id is the bare NetSuite id', DEPT.admin, refs, 15],
    ['the last part of its full name matches, case-insensitively', DEPT.windsor, refs, 14],
    [
      'its external id uses another letter case for the account id',
      DEPT.hamilton,
      references({ departments: [department(30, 'X', `NS:${ACCOUNT_ID.toLowerCase()}:2`)] }),
      30,
    ],
    [
      'the full name matches before the last part',
      DEPT.windsor,
      references({
        departments: [department(20, 'Windsor Plant'), department(21, 'manufacturing :  windsor plant')],
      }),
      21,
    ],
    [
      'the prefixed external id matches before a name',
      DEPT.hamilton,
      references({ departments: [department(22, 'Hamilton Plant'), department(23, 'Other', `ns:${ACCOUNT_ID}:2`)] }),
      23,
    ],
    [
      'the snapshot holds only the short name and the cached NetSuite department gives the full name',
      { id: '2', name: 'Hamilton Plant' },
      references({
        departments: [department(24, 'Manufacturing : Hamilton Plant'), department(25, 'Hamilton Plant')],
        netsuiteDepartments: [
          { id: '2', name: 'Hamilton Plant', fullName: 'Manufacturing : Hamilton Plant', isInactive: false },
        ],
      }),
      24,
    ],
  ] as [string, { id: string; name: string }, ReferenceData, number][])(
    'maps a department when %s',
    (_case, netsuite, data, expected) => {
      expect(resolveDepartment(netsuite, data, overrides(), ACCOUNT_ID)).toMatchObject({
        ok: true,
        value: { id: expected },
      });
    },
  );

  it('lets a manual override win over every automatic rule', () => {
    const result = resolveDepartment(DEPT.hamilton, refs, overrides([], [[DEPT.hamilton.id, 14]]), ACCOUNT_ID);
    expect(result).toMatchObject({ ok: true, value: { id: 14 } });
  });

  it.each([
    ['has no match at all', DEPT.research, refs, overrides(), /"Research & Development" has no Procurify department/],
    [
      'matches only an inactive department',
      DEPT.procurement,
      refs,
      overrides(),
      /only the inactive Procurify department "Procurement" \(id 16\)/,
    ],
    [
      'is mapped by hand to a department that no longer exists',
      DEPT.hamilton,
      refs,
      overrides([], [[DEPT.hamilton.id, 404]]),
      /id 404, which no longer exists/,
    ],
    [
      'matches two active departments by name',
      DEPT.research,
      references({ departments: [department(1, 'Research & Development'), department(2, 'research & development')] }),
      overrides(),
      /matches 2 active Procurify departments by name "Research & Development" \(ids 1, 2\)/,
    ],
    [
      'has an external id of another NetSuite account',
      DEPT.research,
      references({ departments: [department(1, 'R and D', 'ns:999999:8')] }),
      overrides(),
      /no Procurify department/,
    ],
  ])('reports a department that %s', (_case, netsuite, data, manual, message) => {
    const result = resolveDepartment(netsuite, data, manual, ACCOUNT_ID);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('unmapped_department');
    expect(result.issue.message).toMatch(message);
    expect(result.issue.netsuiteDepartment).toEqual(netsuite);
  });
});
