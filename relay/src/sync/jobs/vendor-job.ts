import type { VendorSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { createVendor, findVendorsByExternalId, patchVendor, type ProcurifyClient } from '../../procurify';
import { HttpError } from '../../retry';
import type { SyncRecordRow } from '../../store/records';
import type { Outcome } from '../../store/work-queue';
import { isEmptyPatch, mapVendor, vendorDiff, vendorExternalId, type ProcurifyVendorBody } from '../mapping';
import type { Job } from '../worker';
import type { JobDeps } from './job-deps';
import { fromIssues, hashBody } from './outcomes';

/**
 * Vendor upsert keyed by external_id (docs/architecture.md "Vendors"): never created on a name match. A
 * vendor we wrote before is PATCHed by its id, and only when its body changed, so a steady-state
 * change costs one Procurify call.
 */
export function createVendorJob(deps: JobDeps): Job {
  return async (record) => {
    const externalId = vendorExternalId(deps.settings.accountId, record.recordId);
    if (record.action === 'delete' || record.snapshot === null) return deactivate(deps.procurify, externalId);

    const snapshot = JSON.parse(record.snapshot) as VendorSnapshot;
    const { refs, overrides, vendorLinks } = await deps.references.get();
    const mapped = mapVendor(snapshot, refs, {
      accountId: deps.settings.accountId,
      vendorType: deps.settings.vendorType,
      overrides,
    });
    if (!mapped.ok) return fromIssues(mapped.issues, 'Vendor');
    const written = await upsertVendor(
      deps.procurify,
      record,
      externalId,
      mapped.body,
      vendorLinks.get(record.recordId),
    );
    const notes = mapped.warnings.length > 0 ? ` ${mapped.warnings.join(' ')}` : '';
    return {
      status: 'synced',
      procurifyId: String(written.id),
      writtenHash: hashBody(mapped.body),
      message: `${written.change}.${notes}`,
    };
  };
}

async function upsertVendor(
  client: ProcurifyClient,
  record: SyncRecordRow,
  externalId: string,
  body: ProcurifyVendorBody,
  linkedId: number | undefined,
): Promise<{ id: number; change: string }> {
  const { overall_score: _unused, ...patchable } = body;
  // A manual link (PUT /v1/mappings/vendors) names the Procurify vendor; the PATCH then sets its external_id.
  const storedId = record.procurifyId && !record.uncertainWrite ? Number(record.procurifyId) : undefined;
  const knownId = linkedId ?? storedId;
  if (knownId !== undefined) {
    if (knownId === storedId && record.writtenHash === hashBody(body))
      return { id: knownId, change: 'Vendor unchanged in Procurify' };
    try {
      await patchVendor(client, knownId, patchable);
      return { id: knownId, change: 'Vendor updated in Procurify' };
    } catch (error) {
      // Removed in Procurify since: fall back to the lookup below.
      if (!(error instanceof HttpError && error.status === 404)) throw error;
    }
  }
  const [existing] = await findVendorsByExternalId(client, externalId);
  if (existing) {
    const patch = vendorDiff(existing, body);
    if (isEmptyPatch(patch)) return { id: existing.id, change: 'Vendor already up to date in Procurify' };
    await patchVendor(client, existing.id, patch);
    return { id: existing.id, change: 'Vendor updated in Procurify' };
  }
  const created = await createVendor(client, body);
  return { id: created.id, change: 'Vendor created in Procurify' };
}

/** An inactive or deleted NetSuite vendor becomes inactive in Procurify. */
async function deactivate(client: ProcurifyClient, externalId: string): Promise<Outcome> {
  const [existing] = await findVendorsByExternalId(client, externalId);
  if (!existing) return { status: 'deleted', message: 'Vendor deleted in NetSuite; it was never in Procurify.' };
  if (existing.active !== false) await patchVendor(client, existing.id, { active: false });
  return {
    status: 'deleted',
    procurifyId: String(existing.id),
    writtenHash: null,
    message: 'Vendor deleted in NetSuite; deactivated in Procurify.',
  };
}
