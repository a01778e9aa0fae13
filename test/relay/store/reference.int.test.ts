import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../relay/src/store/audit-store';
import { loadReference, replaceReference } from '../../../relay/src/store/reference';
import { referenceItem } from '../../../relay/src/store/schema';
import { clockReading } from '../../../relay/src/time/clock';
import { tempDatabase } from '../../helpers/temp-database';

const departments = [
  { id: 1, name: 'Hamilton Plant' },
  { id: 2, name: 'Guelph Plant' },
];

describe('the reference cache', () => {
  it('says whether a refresh changed anything, and moves only the refresh time when it did not', async () => {
    let now = 0;
    const database = await tempDatabase({ clock: clockReading(() => now) });
    const refresh = (lists: Record<string, { id: number; name: string }[]>, at: string) => {
      now = Date.parse(at);
      return replaceReference(database, 'procurify', lists, {
        audit: { action: 'reference_refreshed', actor: 'scheduler', detail: { system: 'procurify' } },
      });
    };
    expect(await refresh({ department: departments }, '2026-12-07T15:00:00Z')).toBe(true);
    // The same lists in another order: nothing changed.
    expect(await refresh({ department: [...departments].reverse() }, '2026-12-07T16:00:00Z')).toBe(false);
    const cached = await database.db
      .select({ system: referenceItem.system, kind: referenceItem.kind, refreshedAt: referenceItem.refreshedAt })
      .from(referenceItem);
    expect(cached).toEqual([
      { system: 'procurify', kind: 'department', refreshedAt: '2026-12-07T16:00:00.000Z' },
      { system: 'procurify', kind: 'department', refreshedAt: '2026-12-07T16:00:00.000Z' },
    ]);
    const renamed = [departments[0]!, { id: 2, name: 'Guelph Works' }];
    expect(await refresh({ department: renamed }, '2026-12-07T17:00:00Z')).toBe(true);
    expect(await loadReference(database.db, 'procurify', 'department')).toEqual(expect.arrayContaining(renamed));
    expect(await refresh({ department: [departments[0]!] }, '2026-12-07T18:00:00Z')).toBe(true);
    const audit = await listAudit(database.db, {});
    expect(audit.map((entry) => entry.detail.changed)).toEqual([true, true, false, true]);
  });
});
