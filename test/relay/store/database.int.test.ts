import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { tempDir } from '../../helpers/temp-dir';

describe('the database', () => {
  it('applies the migrations to a fresh file and skips them on a second start', async () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'mlc.db');
    const first = await openDatabase({ url: `file:${file}`, audit: toolAudit() });
    await migrateDatabase(first);
    const tables = await first.client.execute("select name from sqlite_master where type = 'table' order by name");
    expect(tables.rows.map((row) => row.name)).toContain('setting');
    const applied = await first.client.execute('select count(*) as n from __drizzle_migrations');
    await first.client.execute(
      "insert into setting (key, value, updated_at, updated_by) values ('k', 'v', '2026-01-01T00:00:00Z', 'test')",
    );
    first.close();

    const second = await openDatabase({ url: `file:${file}`, audit: toolAudit() });
    await migrateDatabase(second);
    const again = await second.client.execute('select count(*) as n from __drizzle_migrations');
    expect(again.rows[0]?.n).toBe(applied.rows[0]?.n);
    const kept = await second.client.execute('select value from setting where key = ?', ['k']);
    expect(kept.rows[0]?.value).toBe('v');
    second.close();
  });

  it.each([
    [undefined, 1],
    ['normal', 1],
    ['full', 2],
  ] as const)('writes with synchronous=%s (level %i) on the embedded file', async (synchronous, level) => {
    const database = await openDatabase({
      url: `file:${path.join(tempDir(), 'mlc.db')}`,
      synchronous,
      audit: toolAudit(),
    });
    const rows = await database.write((tx) => tx.all<{ synchronous: number }>(sql`pragma synchronous`));
    expect(rows[0]?.synchronous).toBe(level);
    database.close();
  });

  it('runs the embedded file in WAL mode so it can be copied while the relay runs', async () => {
    const database = await openDatabase({ url: `file:${path.join(tempDir(), 'mlc.db')}`, audit: toolAudit() });
    const mode = await database.client.execute('pragma journal_mode');
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    database.close();
  });
});
