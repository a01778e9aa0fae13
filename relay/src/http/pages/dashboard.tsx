import { Hono } from 'hono';
import type { SystemHealth } from '../../connections/connection-health';
import { countByStatus } from '../../store/records';
import { countSyncedSince, lastPollCursorUpdate } from '../../store/dashboard-stats';
import { Card, STATES, StateBadge, When } from './components';
import type { PaceStatus } from '../../procurify';
import type { PagesContext, PagesEnv, PollStatus } from './deps';
import { Layout } from './layout';
import { renderPage } from './render';

const HOUR_MS = 3_600_000;

/** `/admin/`: counts per state, throughput, last poll and token health, at a glance. */
export function dashboardRoutes(ctx: PagesContext) {
  return new Hono<PagesEnv>().get('/', async (c) => {
    const nowMs = ctx.now();
    const since = (ms: number) => new Date(nowMs - ms).toISOString();
    const [counts, lastHour, lastDay, poll] = await Promise.all([
      countByStatus(ctx.database.db),
      countSyncedSince(ctx.database.db, since(HOUR_MS)),
      countSyncedSince(ctx.database.db, since(24 * HOUR_MS)),
      (ctx.lastPoll ?? (() => watermarkPoll(ctx)))().catch(() => null),
    ]);
    const waiting = (counts.needs_mapping ?? 0) + (counts.failed ?? 0);
    return renderPage(
      c,
      <Layout title="Dashboard" active="dashboard" csrfToken={c.get('session').csrfToken}>
        <div class="grid">
          <Card title="Records by state" wide>
            <ul class="counts">
              {STATES.map((state) => (
                <li>
                  <a href={`/admin/queue?status=${state}`}>
                    <span class="count">{counts[state] ?? 0}</span>
                    <StateBadge state={state} />
                  </a>
                </li>
              ))}
            </ul>
            <p>
              {waiting > 0 ? (
                <a href="/admin/queue">
                  {waiting} record{waiting === 1 ? ' needs' : 's need'} attention in the work queue
                </a>
              ) : (
                <span class="muted">Nothing waits for attention.</span>
              )}
            </p>
          </Card>
          <Card title="Throughput">
            <dl class="facts">
              <dt>Synced in the last hour</dt>
              <dd class="figure">{lastHour}</dd>
              <dt>Synced in the last 24 hours</dt>
              <dd class="figure">{lastDay}</dd>
            </dl>
          </Card>
          <Card title="NetSuite polling">
            <LastPoll poll={poll} nowMs={nowMs} />
          </Card>
          <Card title="Connections">
            <ConnectionHealth name="Procurify" health={ctx.health?.get('procurify')} nowMs={nowMs} />
            {ctx.procurifyPace && <ProcurifyPace pace={ctx.procurifyPace()} />}
            <ConnectionHealth name="NetSuite" health={ctx.health?.get('netsuite')} nowMs={nowMs} />
          </Card>
        </div>
      </Layout>,
    );
  });
}

/** Without a poller status of its own, the watermarks tell when a poll last found changes. */
async function watermarkPoll(ctx: PagesContext): Promise<PollStatus | null> {
  const at = await lastPollCursorUpdate(ctx.database.db);
  return at ? { lastPollAt: at, summary: 'the last poll that found changes' } : null;
}

function LastPoll(props: { poll: PollStatus | null; nowMs: number }) {
  const { poll, nowMs } = props;
  if (poll?.intervalMs === 0)
    return <p class="muted">Polling is off (MLC_POLL_INTERVAL=0): changes arrive only as events.</p>;
  const every = poll?.intervalMs ? `every ${Math.round(poll.intervalMs / 60_000)} minutes` : null;
  return (
    <>
      <p>
        Last poll:{' '}
        {poll?.lastPollAt ? <When iso={poll.lastPollAt} nowMs={nowMs} /> : <span class="muted">not yet</span>}
        {poll?.summary && <span class="muted"> ({poll.summary})</span>}
      </p>
      {(poll?.nextPollAt || every) && (
        <p class="muted">
          {poll?.nextPollAt ? (
            <>
              Next poll <When iso={poll.nextPollAt} nowMs={nowMs} />
            </>
          ) : (
            'Next poll soon'
          )}
          {every && ` (${every})`}
        </p>
      )}
    </>
  );
}

/** ok, refused or failing, in words and colour, with when it last worked and failed. */
function ConnectionHealth(props: { name: string; health: SystemHealth | undefined; nowMs: number }) {
  const health = props.health;
  const verdict = !health
    ? { word: 'unknown', tone: 'muted' }
    : health.credentialsRefused
      ? { word: 'credentials refused', tone: 'bad' }
      : !health.lastSuccessAt && !health.lastFailureAt
        ? { word: 'no calls yet', tone: 'muted' }
        : (health.lastFailureAt ?? '') > (health.lastSuccessAt ?? '')
          ? { word: 'failing', tone: 'warn' }
          : { word: 'ok', tone: 'good' };
  return (
    <div class="connection">
      <h3>
        {props.name} <span class={`pill pill-${verdict.tone}`}>{verdict.word}</span>
      </h3>
      {health?.credentialsRefused && health.refusalCode && (
        <p class="small" data-testid={`refused-${health.refusalCode}`}>
          <code>{health.refusalCode}</code>: {props.name} refuses the relay’s credentials (a revoked or expired
          certificate, a changed role, an integration without the REST Web Services scope). Records wait and are tried
          again by themselves once it works; run <code>mlc doctor</code> to see why.
        </p>
      )}
      <dl class="facts small">
        <dt>Last success</dt>
        <dd>
          <When iso={health?.lastSuccessAt} nowMs={props.nowMs} />
        </dd>
        <dt>Last failure</dt>
        <dd>
          <When iso={health?.lastFailureAt} nowMs={props.nowMs} empty="none" />
          {health?.lastFailure && <div class="muted">{health.lastFailure}</div>}
        </dd>
      </dl>
    </div>
  );
}

/** The pace the relay keeps to with Procurify, and where it comes from. */
function ProcurifyPace(props: { pace: PaceStatus }) {
  const { ratePerSecond, learnt, ceilingPerSecond, throttled } = props.pace;
  const rate = ratePerSecond === null ? null : `${ratePerSecond.toLocaleString('en-US')} requests/s`;
  return (
    <p class="muted small" data-testid="procurify-pace">
      Pace:{' '}
      {rate === null
        ? 'as fast as Procurify answers (no rate limit met yet, PROCURIFY_RATE_LIMIT not set)'
        : learnt
          ? `${rate}, learnt from Procurify’s rate-limit answers${ceilingPerSecond === null ? '' : ` (ceiling ${ceilingPerSecond}/s)`}`
          : `${rate} (PROCURIFY_RATE_LIMIT)`}
      {throttled > 0 && `; ${throttled} rate-limit answer${throttled === 1 ? '' : 's'} since start`}
    </p>
  );
}
