import type { VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { OptimizedVendor } from '../procurify';
import { vendorExternalId } from '../sync/mapping';
import { vendorName } from '../sync/mapping/vendor-fields';

// Vendors (pure): each NetSuite vendor against the Procurify vendor carrying its external_id (or the
// id the relay stored): missing in Procurify, or different in name, payment terms or active flag.

export interface VendorDifference {
  field: 'name' | 'terms' | 'active';
  netsuite: string | boolean | null;
  procurify: string | boolean | null;
}

export interface VendorDrift {
  netsuiteId: string;
  name: string;
  issue: 'missing' | 'different';
  procurifyId?: number;
  differences: VendorDifference[];
  relayStatus?: string;
}

export interface VendorDriftContext {
  accountId: string;
  relayRecord(netsuiteVendorId: string): { status: string; procurifyId: string | null } | undefined;
}

export function vendorDrift(
  netsuite: readonly VendorSnapshot[],
  procurify: readonly OptimizedVendor[],
  context: VendorDriftContext,
): VendorDrift[] {
  const byExternalId = new Map(procurify.filter((v) => v.external_id).map((v) => [v.external_id!, v]));
  const byId = new Map(procurify.map((v) => [v.id, v]));
  const drift: VendorDrift[] = [];
  for (const vendor of netsuite) {
    const record = context.relayRecord(vendor.id);
    const stored = record?.procurifyId ? byId.get(Number(record.procurifyId)) : undefined;
    const partner = byExternalId.get(vendorExternalId(context.accountId, vendor.id)) ?? stored;
    const name = vendorName(vendor);
    if (!partner) {
      // An inactive NetSuite vendor that Procurify never had is as it should be.
      if (!vendor.isInactive)
        drift.push({ netsuiteId: vendor.id, name, issue: 'missing', differences: [], relayStatus: record?.status });
      continue;
    }
    const differences = compare(vendor, name, partner);
    if (differences.length > 0) {
      drift.push({
        netsuiteId: vendor.id,
        name,
        issue: 'different',
        procurifyId: partner.id,
        differences,
        relayStatus: record?.status,
      });
    }
  }
  return drift;
}

function compare(vendor: VendorSnapshot, name: string, partner: OptimizedVendor): VendorDifference[] {
  const differences: VendorDifference[] = [];
  if (name.trim() !== partner.name.trim()) differences.push({ field: 'name', netsuite: name, procurify: partner.name });
  const netsuiteTerms = vendor.terms?.name.trim() || null;
  const procurifyTerms = partner.payment_term_ref?.name.trim() || null;
  if (netsuiteTerms?.toLowerCase() !== procurifyTerms?.toLowerCase()) {
    differences.push({ field: 'terms', netsuite: netsuiteTerms, procurify: procurifyTerms });
  }
  const active = !vendor.isInactive;
  if (active !== (partner.active ?? true))
    differences.push({ field: 'active', netsuite: active, procurify: partner.active ?? true });
  return differences;
}
