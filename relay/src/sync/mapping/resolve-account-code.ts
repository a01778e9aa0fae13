// GL account → Procurify account code (relay/src/sync/mapping/README.md): a manual override wins;
// otherwise the NetSuite account number equals the Procurify `code` (both trimmed, exact),
// among active account codes only.
import type { AccountRef } from '../../../../suiteapp/src/lib/snapshot-types';
import { describeGlAccount, listIds } from './describe';
import type { MappingIssue, Resolution } from './issues';
import type { MappingOverrides, ProcurifyAccountCode, ReferenceData } from './reference-data';
import { indexReferences } from './reference-index';

export function resolveAccountCode(
  glAccount: AccountRef,
  refs: ReferenceData,
  overrides: MappingOverrides,
): Resolution<ProcurifyAccountCode> {
  const index = indexReferences(refs);
  const subject = describeGlAccount(glAccount);
  const fail = (code: MappingIssue['code'], message: string, extra: Partial<MappingIssue> = {}) => ({
    ok: false as const,
    issue: { code, message, netsuiteAccount: { ...glAccount }, ...extra },
  });

  const overrideId = overrides.accounts.get(glAccount.id);
  if (overrideId !== undefined) {
    const target = index.accountCodeById.get(overrideId);
    if (target?.active) return { ok: true, value: target };
    const state = target ? 'is inactive' : 'no longer exists';
    return fail(
      'unmapped_gl_account',
      `${subject} is mapped by hand to Procurify account code id ${overrideId}, which ${state} in Procurify. Change the mapping.`,
      { procurifyAccountCodeId: overrideId },
    );
  }

  const number = glAccount.number?.trim();
  if (!number) {
    return fail(
      'missing_account_number',
      `${subject} has no account number, so it cannot be matched to a Procurify account code. Give it a number in NetSuite or map it by hand.`,
    );
  }

  const candidates = index.accountCodesByCode.get(number) ?? [];
  const active = candidates.filter((code) => code.active);
  const [only] = active;
  if (only && active.length === 1) return { ok: true, value: only };
  if (active.length > 1) {
    const ids = listIds(active.map((code) => code.id));
    return fail(
      'unmapped_gl_account',
      `${subject} matches ${active.length} active Procurify account codes "${number}" (ids ${ids}). Map it by hand.`,
    );
  }
  const why =
    candidates.length > 0
      ? `only an inactive Procurify account code "${number}"`
      : `no Procurify account code "${number}"`;
  return fail(
    'unmapped_gl_account',
    `${subject} has ${why}. Add or activate the account code in Procurify, or map the GL account by hand.`,
  );
}
