// How records are named in issue messages, so every message reads the same way.
import type { AccountRef, Ref } from '../../../../suiteapp/src/lib/snapshot-types';

/** "GL account 5300 Tooling & Dies", or "GL account Tooling & Dies (internal id 77)" without a number. */
export function describeGlAccount(account: AccountRef): string {
  const number = account.number?.trim();
  return number ? `GL account ${number} ${account.name}` : `GL account ${account.name} (internal id ${account.id})`;
}

export function describeDepartment(department: Ref): string {
  return `department "${department.name}"`;
}

export function listIds(ids: readonly number[]): string {
  return ids.map((id) => String(id)).join(', ');
}
