import { describe, expect, it } from 'vitest';
import { createApp } from '../../../relay/src/app';
import { loadConfig } from '../../../relay/src/config';
import { createRequestCounts } from '../../../relay/src/connections/request-counts';
import { acceptEvents } from '../../../relay/src/store/inbox';
import { createReferenceCache } from '../../../relay/src/sync/reference-cache';
import { capturedLogger } from '../../helpers/captured-logger';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDatabase } from '../../helpers/temp-database';

const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

describe('GET /metrics', () => {
  it('counts events by what they did and outbound requests by system and kind', async () => {
    const database = await tempDatabase();
    const requests = createRequestCounts();
    const app = createApp(loadConfig({}), {
      database,
      requests,
      references: createReferenceCache(database),
      logger: capturedLogger().logger,
      readiness: {},
    });
    const saved = vendorSnapshot('201');
    const first = envelope('vendor', saved);
    await acceptEvents(database, [first]);
    // A re-save with nothing we sync changed, the same event again, and the first save once more.
    await acceptEvents(database, [envelope('vendor', { ...saved, lastModified: later(saved.lastModified, 60) })]);
    await acceptEvents(database, [first, envelope('vendor', saved)]);
    for (const request of [
      { system: 'netsuite', method: 'POST', path: '/services/rest/query/v1/suiteql?limit=1000&offset=0' },
      {
        system: 'netsuite',
        method: 'PUT',
        path: '/services/rest/record/v1/customrecord_mlc_sync_state/eid:vendor-201',
      },
      { system: 'netsuite', method: 'POST', path: '/services/rest/auth/oauth2/v1/token' },
      { system: 'procurify', method: 'GET', path: '/api/v3/vendors/' },
      { system: 'procurify', method: 'POST', path: '/api/v3/vendors/' },
    ] as const) {
      requests.record({ ...request, status: 200, durationMs: 3, attempt: 1 });
    }
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('mlc_events_total{disposition="applied"} 1');
    expect(text).toContain('mlc_events_total{disposition="unchanged"} 1');
    expect(text).toContain('mlc_events_total{disposition="stale"} 1');
    expect(text).toContain('mlc_events_total{disposition="duplicate"} 1');
    expect(text).toContain('mlc_outbound_requests_total{system="netsuite",kind="read"} 1');
    expect(text).toContain('mlc_outbound_requests_total{system="netsuite",kind="write"} 1');
    expect(text).toContain('mlc_outbound_requests_total{system="netsuite",kind="token"} 1');
    expect(text).toContain('mlc_outbound_requests_total{system="procurify",kind="read"} 1');
    expect(text).toContain('mlc_outbound_requests_total{system="procurify",kind="write"} 1');
    expect(text).toContain('mlc_records{status="pending"} 1');
  });
});
