import { describe, expect, it } from 'vitest';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack } from '../../helpers/stack';
import { waitUntil } from '../../helpers/wait-until';

describe('starting without reference data', () => {
  it('keeps records pending until the first reference refresh succeeds, instead of holding them as needs_mapping', async () => {
    const stack = await startStack({
      beforeRelay: ({ procurify }) =>
        procurify.control.addFault({ kind: 'server_error', status: 503, path: '/api/**' }),
    });
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);
    // The refresh at start and its retry a second later have both failed, and nothing is at work.
    await waitUntil(
      'two failed reference refreshes',
      () =>
        stack.log.lines().filter((line) => line.msg === 'reference refresh failed').length >= 2 && !stack.relay.busy(),
    );
    const waiting = await stack.admin<{ status: string }>('/v1/records/vendor/201');
    expect(waiting.body.status).toBe('pending');
    stack.procurify.control.clearFaults();
    const synced = await stack.waitFor('vendor', '201', ['synced'], 30_000);
    expect(synced.issues).toEqual([]);
  });
});
