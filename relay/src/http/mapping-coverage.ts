import { needsMappingRecords } from '../store/blocked-records';
import type { Database } from '../store/database';
import type { RecordKey } from '../store/records';
import { coverageReport, type CoverageGap } from '../sync/mapping';
import type { ReferenceCache } from '../sync/reference-cache';

export interface BlockingGap extends CoverageGap {
  /** The records waiting in `needs_mapping` because of this gap. */
  blocked: RecordKey[];
}

export interface MappingCoverage {
  accounts: BlockingGap[];
  departments: BlockingGap[];
  checked: { accounts: number; departments: number };
  needsMapping: number;
}

/**
 * What does not map, and the records each gap blocks: `GET /v1/mappings/coverage` and the admin
 * mapping editor both show this.
 */
export async function mappingCoverage(deps: {
  database: Database;
  references: ReferenceCache;
  accountId: string;
}): Promise<MappingCoverage> {
  const { refs, overrides } = await deps.references.get();
  const report = coverageReport(refs.netsuiteAccounts, refs.netsuiteDepartments, refs, overrides, deps.accountId);
  const blocked = await needsMappingRecords(deps.database.db);
  const blockedBy = (kind: 'netsuiteAccount' | 'netsuiteDepartment', id: string) =>
    blocked
      .filter((record) => record.issues.some((issue) => issue[kind]?.id === id))
      .map(({ recordType, recordId }) => ({ recordType, recordId }));
  return {
    accounts: report.accounts.map((gap) => ({ ...gap, blocked: blockedBy('netsuiteAccount', gap.netsuiteId) })),
    departments: report.departments.map((gap) => ({
      ...gap,
      blocked: blockedBy('netsuiteDepartment', gap.netsuiteId),
    })),
    checked: report.checked,
    needsMapping: blocked.length,
  };
}
