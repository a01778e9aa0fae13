import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startLocalStack } from '../../helpers/local-stack';
import { acceptEvents } from '../../../relay/src/store/inbox';
import { migrateDatabase, openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { claimDueRecords } from '../../../relay/src/store/work-queue';
import { capturedLogger } from '../../helpers/captured-logger';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDir } from '../../helpers/temp-dir';

// Found by the crash suite: a relay killed mid-job left its lease on the record, and the restarted
// relay (a new worker id) waited out the whole 5-minute lease before touching that record again.

describe('a relay restarted on the file a killed relay left behind', () => {
  it('processes the record the killed relay held at once instead of after its lease', async () => {
    const dataDir = tempDir('mlc-lease-');
    const database = await openDatabase({ url: `file:${path.join(dataDir, 'mlc.db')}`, audit: toolAudit() });
    await migrateDatabase(database);
    await acceptEvents(database, [envelope('vendor', vendorSnapshot('201'))]);
    const held = await claimDueRecords(database, {
      owner: 'worker-killed',
      nowMs: Date.now(),
      leaseMs: 300_000,
      limit: 5,
    });
    expect(held).toHaveLength(1);
    database.close();

    const log = capturedLogger({ level: 'debug' });
    const stack = await startLocalStack({ dataDir, logger: log.logger, relay: { idleMs: 25, retryBaseMs: 200 } });
    onTestFinished(() => stack.close());
    const deadline = Date.now() + 20_000;
    let status = 'pending';
    while (status === 'pending' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await stack.admin<{ status: string }>('/v1/records/vendor/201')).body.status;
    }
    expect(status).toBe('synced');
    expect(log.lines().some((line) => line.msg === 'released leases left by a relay that did not stop cleanly')).toBe(
      true,
    );
  });
});
