// NetSuite department → Procurify department (relay/src/sync/mapping/README.md). In order, the first
// step that finds anything decides: manual override; `external_id` = `ns:<account id>:<id>`;
// `external_id` = the bare id; same name, case-insensitive, the full `Parent : Child` name
// first, then its last part. Only active departments match. A step that finds several active
// departments stops with an issue instead of guessing, since a wrong department is worse than none.
import type { Ref } from '../../../../suiteapp/src/lib/snapshot-types';
import { describeDepartment, listIds } from './describe';
import type { MappingIssue, Resolution } from './issues';
import type { MappingOverrides, ProcurifyDepartment, ReferenceData } from './reference-data';
import { indexReferences, nameKey, type ReferenceIndex } from './reference-index';

interface Step {
  label: string;
  candidates: ProcurifyDepartment[];
}

/**
 * Lines with no department at all (an account without the Departments feature, or a bill coded
 * without one) go to the Procurify department mapped by hand to this id: NetSuite internal ids start
 * at 1, so 0 names no department. Every Procurify account is a code × department pair, so without
 * such a mapping the line cannot be coded and the record waits as `needs_mapping`.
 */
export const NO_DEPARTMENT: Ref = Object.freeze({ id: '0', name: '(no department)' });

/** The Procurify department for lines without a NetSuite department, if one is mapped to `NO_DEPARTMENT`. */
export function resolveNoDepartment(
  refs: ReferenceData,
  overrides: MappingOverrides,
  document: string,
): Resolution<ProcurifyDepartment> {
  const fail = (message: string) => ({
    ok: false as const,
    issue: { code: 'unmapped_department' as const, message, netsuiteDepartment: { ...NO_DEPARTMENT } },
  });
  const overrideId = overrides.departments.get(NO_DEPARTMENT.id);
  if (overrideId === undefined) {
    return fail(
      `the line has no department and neither has the ${document}. Set a department on the line or on the ${document}; ` +
        `in an account without Departments, map NetSuite department ${NO_DEPARTMENT.id} ${NO_DEPARTMENT.name} to the Procurify department these lines belong to.`,
    );
  }
  const target = indexReferences(refs).departmentById.get(overrideId);
  if (target?.active) return { ok: true, value: target };
  return fail(
    `the line has no department, and lines without one are mapped by hand to Procurify department id ${overrideId}, which ${target ? 'is inactive' : 'no longer exists'} in Procurify. Change the mapping.`,
  );
}

export function departmentExternalId(accountId: string, departmentId: string): string {
  return `ns:${accountId}:${departmentId}`;
}

/** The names to try, most specific first: the full `Parent : Child` name, then the last part. */
export function departmentNames(department: Ref, index: ReferenceIndex): string[] {
  const known = index.netsuiteDepartmentById.get(department.id);
  const fullName = department.name.includes(':') ? department.name : (known?.fullName ?? department.name);
  const lastPart = fullName.split(':').at(-1)?.trim() ?? fullName;
  return nameKey(lastPart) === nameKey(fullName) ? [fullName] : [fullName, lastPart];
}

function lookupSteps(department: Ref, index: ReferenceIndex, accountId: string): Step[] {
  const byExternalId = (value: string) => index.departmentsByExternalId.get(value.toLowerCase()) ?? [];
  const prefixed = departmentExternalId(accountId, department.id);
  return [
    { label: `external id "${prefixed}"`, candidates: byExternalId(prefixed) },
    { label: `external id "${department.id}"`, candidates: byExternalId(department.id) },
    ...departmentNames(department, index).map((name) => ({
      label: `name "${name}"`,
      candidates: index.departmentsByName.get(nameKey(name)) ?? [],
    })),
  ];
}

export function resolveDepartment(
  department: Ref,
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
): Resolution<ProcurifyDepartment> {
  const index = indexReferences(refs);
  const subject = `NetSuite ${describeDepartment(department)}`;
  const fail = (message: string, extra: Partial<MappingIssue> = {}) => ({
    ok: false as const,
    issue: { code: 'unmapped_department' as const, message, netsuiteDepartment: { ...department }, ...extra },
  });

  const overrideId = overrides.departments.get(department.id);
  if (overrideId !== undefined) {
    const target = index.departmentById.get(overrideId);
    if (target?.active) return { ok: true, value: target };
    const state = target ? 'is inactive' : 'no longer exists';
    return fail(
      `${subject} is mapped by hand to Procurify department id ${overrideId}, which ${state} in Procurify. Change the mapping.`,
      { procurifyDepartmentId: overrideId },
    );
  }

  const inactiveMatches: ProcurifyDepartment[] = [];
  for (const step of lookupSteps(department, index, accountId)) {
    const active = step.candidates.filter((candidate) => candidate.active);
    const [only] = active;
    if (only && active.length === 1) return { ok: true, value: only };
    if (active.length > 1) {
      const ids = listIds(active.map((candidate) => candidate.id));
      return fail(
        `${subject} matches ${active.length} active Procurify departments by ${step.label} (ids ${ids}). Map it by hand.`,
      );
    }
    inactiveMatches.push(...step.candidates);
  }
  const [inactive] = inactiveMatches;
  if (inactive) {
    return fail(
      `${subject} matches only the inactive Procurify department "${inactive.name}" (id ${inactive.id}). Activate it in Procurify or map the department by hand.`,
      { procurifyDepartmentId: inactive.id },
    );
  }
  return fail(
    `${subject} has no Procurify department with the same name or with external id "${departmentExternalId(accountId, department.id)}". Add it in Procurify or map it by hand.`,
  );
}
