import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { planEvents } from './support/event-plan';
import { startProofSystems } from './support/proof-systems';
import { adminGet, listRecords } from './support/relay-calls';
import { startRelayRun, waitSettled } from './support/relay-run';
import { startRelay } from '../helpers/relay-process';
import { tempDir } from '../helpers/temp-dir';

// Data at rest: the database file is copied while the relay runs (plain copy of the file with its
// -wal, and the online `VACUUM INTO` of docs/backup.md); a new relay on either copy starts, has every
// record, and its audit chain verifies.

describe('backing up the database of a running relay', () => {
  it('restores from a copy of the file and its WAL, and from VACUUM INTO, into relays that work', async () => {
    const systems = await startProofSystems();
    const plan = planEvents(systems.scenario, 80);
    const run = await startRelayRun(systems, plan);
    await run.delivered;
    const records = await waitSettled(() => run.current().baseUrl, plan.records, systems.netsuite, 120_000);

    const copyDir = tempDir('mlc-copy-');
    copyFileSync(systems.databaseFile, path.join(copyDir, 'mlc.db'));
    if (existsSync(`${systems.databaseFile}-wal`))
      copyFileSync(`${systems.databaseFile}-wal`, path.join(copyDir, 'mlc.db-wal'));
    const vacuumDir = tempDir('mlc-vacuum-');
    const online = createClient({ url: `file:${systems.databaseFile}` });
    await online.execute({ sql: 'VACUUM INTO ?', args: [path.join(vacuumDir, 'mlc.db')] });
    online.close();

    for (const dir of [copyDir, vacuumDir]) {
      const restored = await startRelay({
        cwd: dir,
        env: { ...systems.env, MLC_DATABASE_URL: `file:${path.join(dir, 'mlc.db')}` },
      });
      const again = await listRecords(restored.baseUrl);
      expect([...again.keys()].sort()).toEqual([...records.keys()].sort());
      expect(await adminGet<{ ok: boolean }>(restored.baseUrl, '/v1/audit/verify')).toMatchObject({ ok: true });
      await restored.stop('SIGTERM');
    }
  });
});
