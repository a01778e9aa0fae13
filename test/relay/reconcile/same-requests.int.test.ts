import { describe, expect, it } from 'vitest';
import type { EventEnvelope, TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { createBackfiller } from '../../../relay/src/poller/backfill';
import type { DryRunOutcome } from '../../../relay/src/reconcile/dry-run-outcome';
import type { RecordPreview } from '../../../relay/src/reconcile/preview-record';
import type { CapturedRequest } from '../../../relay/src/reconcile/recording-client';
import { dryRunPredictor } from '../../../relay/src/reconcile/services';
import { startStack, type RecordBody, type Stack } from '../../helpers/stack';
import { systemClock } from '../../../relay/src/time/clock';

// One decision per record: for every record of the three-plants scenario, the backfill dry run, the
// record preview and the real run send the same Procurify writes (method, path, body; ids Procurify
// assigns compared by role) and reach the same outcome.

interface Prediction {
  envelope: EventEnvelope;
  dryRun: DryRunOutcome;
}

/** The dry run's outcome for a state the real run reached, given whether it wrote. */
function dryRunTerm(status: string, wrote: boolean): string {
  if (status === 'synced') return wrote ? 'would_write' : 'unchanged';
  if (status === 'linked') return 'would_link';
  return status;
}

function apiWrites(stack: Stack): CapturedRequest[] {
  return stack.procurify.control
    .requests()
    .filter((request) => request.method !== 'GET' && request.path.startsWith('/api/'))
    .map((request) => ({ method: request.method, path: request.path, body: request.body }));
}

/**
 * Ids only the write itself makes (Procurify's, or a dry run's `{new …}` labels) become their role;
 * the bill's vendor becomes `{vendor}`, from the id each side knows it by. Every other byte must agree.
 */
function normalised(requests: CapturedRequest[], vendorRef: string | number | undefined) {
  const scrub = (value: unknown, key?: string): unknown => {
    if (key !== undefined && ['id', 'object_id', 'created_on'].includes(key)) return '{assigned}';
    if (key === 'vendor' && vendorRef !== undefined && value === vendorRef) return '{vendor}';
    if (Array.isArray(value)) return value.map((entry) => scrub(entry));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([field, entry]) => [field, scrub(entry, field)]));
    }
    return value;
  };
  return requests.map((request) => ({
    method: request.method,
    path: request.path.replace(/\/(\d+|\{new [^}]+\})\//g, '/{assigned}/').replace(/\/[0-9a-f]{32}\//g, '/{assigned}/'),
    body: scrub(request.body),
  }));
}

async function dryRunOfScenario(stack: Stack): Promise<Prediction[]> {
  const predictions: Prediction[] = [];
  const predictor = dryRunPredictor({
    config: stack.relay.config,
    database: stack.relay.database,
    clients: stack.relay.clients,
    references: stack.relay.sync!.references,
    accountId: stack.scenario.accountId,
  })!;
  const backfiller = createBackfiller({
    client: stack.relay.clients.netsuite!,
    database: stack.relay.database,
    logger: stack.log.logger,
    clock: systemClock,
    dryRunPredictor: () => {
      const classify = predictor();
      return async (envelope) => {
        const dryRun = await classify(envelope);
        predictions.push({ envelope, dryRun });
        return dryRun;
      };
    },
  });
  await backfiller.start({ since: '2020-01-01', requestedBy: 'test', dryRun: true });
  await backfiller.settled();
  expect(await backfiller.progress()).toMatchObject({ status: 'done', dryRun: true });
  return predictions;
}

/**
 * The worker starts once the reference data is read, which may take a retry under load: a purchase
 * order outside the scenario (it writes nothing to Procurify) shows it at work before it is stopped.
 */
async function stopWorkerOnceRunning(stack: Stack, predictions: Prediction[]): Promise<void> {
  const order = predictions.find(({ envelope }) => envelope.recordType === 'purchaseorder')!.envelope;
  const snapshot = { ...(order.snapshot as TransactionSnapshot), id: '999999' };
  await stack.sendEvents([{ ...order, eventId: 'warm-up-999999', recordId: '999999', snapshot }]);
  await stack.waitFor('purchaseorder', '999999', ['skipped', 'needs_mapping']);
  await stack.relay.sync!.worker!.stop();
}

describe('one decision per record', () => {
  it('sends the same writes and reaches the same outcome in the dry run, the preview and the real run', async () => {
    const stack = await startStack();
    await stack.settled();
    stack.procurify.control.clearRequests();

    const predictions = await dryRunOfScenario(stack);
    expect(apiWrites(stack)).toEqual([]);
    expect(new Set(predictions.map(({ envelope }) => envelope.recordType))).toEqual(
      new Set(['vendor', 'vendorbill', 'purchaseorder']),
    );
    expect(predictions.length).toBeGreaterThan(150);
    await stopWorkerOnceRunning(stack, predictions);

    // The labels the dry run gave the vendors it would create, in the order it created them.
    const createdLabel = new Map<string, string>();
    for (const { envelope, dryRun } of predictions) {
      if (envelope.recordType === 'vendor' && dryRun.requests.some((r) => r.method === 'POST'))
        createdLabel.set(envelope.recordId, `{new vendor ${createdLabel.size + 1}}`);
    }

    const seen = new Map<string, number>();
    let writes = 0;
    for (const { envelope, dryRun } of predictions) {
      const { recordType, recordId } = envelope;
      const name = `${recordType} ${recordId}`;
      await stack.sendEvents([envelope]);
      stack.procurify.control.clearRequests();
      const preview = await stack.admin<RecordPreview>(`/v1/records/${recordType}/${recordId}/preview`);
      expect(preview.status, name).toBe(200);
      expect(apiWrites(stack), `${name}: the preview writes nothing`).toEqual([]);

      while ((await stack.relay.sync!.worker!.runOnce()) > 0);
      const real = apiWrites(stack);
      const { body: record } = await stack.admin<RecordBody>(`/v1/records/${recordType}/${recordId}`);
      expect(record.status, `${name} is processed`).not.toBe('pending');

      // The bill's vendor: the id Procurify gave it, or in the dry run the label of a vendor it would create.
      const vendorId = recordType === 'vendorbill' ? (envelope.snapshot as TransactionSnapshot).entity.id : undefined;
      const vendorRecord = vendorId
        ? (await stack.admin<RecordBody>(`/v1/records/vendor/${vendorId}`)).body
        : undefined;
      const realVendor = vendorRecord?.procurifyId ? Number(vendorRecord.procurifyId) : undefined;
      const dryVendor = (vendorId && createdLabel.get(vendorId)) || realVendor;

      const expected = normalised(real, realVendor);
      expect(normalised(preview.body.requests, realVendor), `${name}: preview requests`).toEqual(expected);
      expect(normalised(dryRun.requests, dryVendor), `${name}: dry-run requests`).toEqual(expected);

      const reached = dryRunTerm(record.status, real.length > 0);
      const previewed = preview.body.outcome.status;
      expect(previewed === 'would_write' ? 'would_write' : dryRunTerm(previewed, real.length > 0), name).toBe(reached);
      expect(dryRun.outcome, `${name}: dry-run outcome`).toBe(reached);
      if (record.status !== 'skipped') {
        const codes = [...new Set(record.issues.map((issue) => issue.code))].sort();
        expect([...dryRun.reasons].sort(), `${name}: dry-run reasons`).toEqual(codes);
      }
      seen.set(reached, (seen.get(reached) ?? 0) + 1);
      writes += real.length;
    }
    expect(writes).toBeGreaterThan(predictions.length);
    // The scenario covers every kind of decision.
    expect(Object.fromEntries(seen)).toMatchObject({
      would_write: expect.any(Number),
      would_link: 1,
      needs_mapping: expect.any(Number),
      skipped: expect.any(Number),
    });
  }, 300_000);
});
