import { needsMappingRecords } from '../store/blocked-records';
import type { Database } from '../store/database';
import { listOverrides, type MappingKind } from '../store/mapping-overrides';
import type { RecordKey } from '../store/records';
import {
  coverageReport,
  mappingGaps,
  mappingLabel,
  type CoverageGap,
  type MappingGap,
  type MappingIssue,
} from '../sync/mapping';
import type { ReferenceCache } from '../sync/reference-cache';

export interface BlockingGap extends CoverageGap {
  /** The records waiting in `needs_mapping` because of this gap. */
  blocked: RecordKey[];
}

export interface MappingCoverage {
  /** Every gap that holds a record back or would, with the records waiting and the candidates. */
  gaps: MappingGap[];
  accounts: BlockingGap[];
  departments: BlockingGap[];
  checked: { accounts: number; departments: number };
  needsMapping: number;
}

interface CoverageDeps {
  database: Database;
  references: ReferenceCache;
  accountId: string;
}

/**
 * What does not map, and the records each gap blocks: `GET /v1/mappings/coverage`, the admin
 * mapping editor and the CSV export all show this. `gaps` comes from the records waiting (their
 * issues) and from the reference data; `accounts` and `departments` are the reference data's part.
 */
export async function mappingCoverage(deps: CoverageDeps): Promise<MappingCoverage> {
  const { refs, overrides } = await deps.references.get();
  const report = coverageReport(refs.netsuiteAccounts, refs.netsuiteDepartments, refs, overrides, deps.accountId);
  const blocked = await needsMappingRecords(deps.database.db);
  const waiting = blocked.map((record) => ({ ...record, issues: record.issues as MappingIssue[] }));
  const gaps = mappingGaps(waiting, refs, overrides, deps.accountId);
  const blockedBy = (key: string) => gaps.find((gap) => gap.key === key)?.waiting ?? [];
  return {
    gaps,
    accounts: report.accounts.map((gap) => ({ ...gap, blocked: blockedBy(`accounts-${gap.netsuiteId}`) })),
    departments: report.departments.map((gap) => ({ ...gap, blocked: blockedBy(`departments-${gap.netsuiteId}`) })),
    checked: report.checked,
    needsMapping: blocked.length,
  };
}

/** One row of the CSV export: names beside ids, and for a gap the values Procurify offers. */
export interface ExportRow {
  kind: MappingKind;
  netsuite: string;
  netsuiteId: string;
  procurify: string;
  procurifyId: string;
  note: string;
  candidates: string;
}

/** The manual mappings of the given kinds, and with `gaps` a row to fill in for each gap that can be mapped. */
export async function mappingExportRows(
  deps: CoverageDeps,
  kinds: readonly MappingKind[],
  options: { gaps: boolean },
): Promise<{ rows: ExportRow[]; elsewhere: MappingGap[] }> {
  const { refs } = await deps.references.get();
  const rows: ExportRow[] = [];
  for (const kind of kinds) {
    for (const pair of await listOverrides(deps.database.db, kind)) {
      rows.push({
        kind,
        netsuite: mappingLabel(kind, 'netsuite', pair.netsuiteId, refs) ?? '',
        netsuiteId: pair.netsuiteId,
        procurify: mappingLabel(kind, 'procurify', pair.procurifyId, refs) ?? '',
        procurifyId: pair.procurifyId,
        note: 'mapped by hand',
        candidates: '',
      });
    }
  }
  if (!options.gaps) return { rows, elsewhere: [] };
  const { gaps } = await mappingCoverage(deps);
  const elsewhere: MappingGap[] = [];
  for (const gap of gaps) {
    const kind = gap.kind === 'pairs' ? 'accounts' : gap.kind;
    if ((kind !== 'accounts' && kind !== 'departments') || gap.netsuiteId === null || !kinds.includes(kind)) {
      if (gap.waiting.length > 0) elsewhere.push(gap);
      continue;
    }
    const waiting = gap.waiting.map((key) => `${key.recordType} ${key.recordId}`).join(', ');
    const note = `${gap.message}${waiting ? ` Waiting: ${waiting}.` : ''}`;
    const candidates = gap.candidates.map((candidate) => candidate.label).join(' | ');
    // One row per NetSuite record: a second gap on it (another department) adds to the row's note.
    const same = rows.find((row) => row.kind === kind && row.netsuiteId === gap.netsuiteId);
    if (same) {
      same.note = `${same.note} ${note}`;
      if (!same.candidates) same.candidates = candidates;
      continue;
    }
    const netsuite = mappingLabel(kind, 'netsuite', gap.netsuiteId, refs) ?? gap.label;
    rows.push({ kind, netsuite, netsuiteId: gap.netsuiteId, procurify: '', procurifyId: '', note, candidates });
  }
  return { rows, elsewhere };
}
