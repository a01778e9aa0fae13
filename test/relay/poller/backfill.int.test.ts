import { describe, expect, it } from 'vitest';
import { startPollerWorld } from './poller-world';

// `npm run test:soak` runs 250,000 bills against NetSuite's real 100,000-row offset cap (about 8
// minutes: the inbox stores ~700 events/s). CI runs 12,000 bills against a cap lowered to 5,000, which
// offset paging could not pass either.
const SOAK = process.env.MLC_SOAK === '1';
const BILLS = SOAK ? 250_000 : 12_000;
const CAP = SOAK ? 100_000 : 5_000;

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('backfill from a date', () => {
  it(
    `delivers each of ${BILLS.toLocaleString('en')} bills exactly once past a ${CAP.toLocaleString('en')}-row SuiteQL cap, resuming after a restart where it stopped`,
    async () => {
      const world = await startPollerWorld({ settings: { maxResults: CAP } });
      world.sim.control.seedSyntheticBills(BILLS, { perSecond: 7 });
      const totalBills = [...world.sim.store.scan('vendorbill')].length;

      const first = world.backfiller();
      const run = await first.start({ since: '2026-01-01', requestedBy: 'test' });
      await waitUntil(
        async () => ((await first.progress())?.progress.vendorbill?.scanned ?? 0) >= BILLS / 2,
        SOAK ? 900_000 : 60_000,
      );
      await first.stop(); // the relay stops between two pages
      const stopped = (await first.progress())!;
      expect(stopped.status).toBe('running');
      expect(stopped.progress.vendorbill!.scanned).toBeLessThan(totalBills);

      const second = world.backfiller(); // a new process on the same database
      await second.resume();
      await second.settled();
      const done = (await second.progress())!;

      expect(done).toMatchObject({ id: run.id, status: 'done' });
      // No page read twice (no repeat) and none skipped (no gap): the counts add up exactly.
      expect(done.progress.vendorbill).toEqual({ done: true, scanned: totalBills, accepted: totalBills });
      const rows = await world.database.client.execute(
        "select count(*) as events, count(distinct record_id) as records from inbound_event where record_type = 'vendorbill'",
      );
      expect(rows.rows[0]).toMatchObject({ events: totalBills, records: totalBills });
      expect(done.progress.vendor).toMatchObject({ done: true, accepted: 60 });
    },
    SOAK ? 1_800_000 : 120_000,
  );
});
