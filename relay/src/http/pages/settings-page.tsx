import { Hono } from 'hono';
import type { Config } from '../../config';
import { NETSUITE_FIELDS, PROCURIFY_FIELDS } from '../../connections/credential-sets';
import { loadCredentials, type CredentialSystem } from '../../store/credentials';
import { Card, When } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { formatDuration } from './format-time';
import { Layout } from './layout';
import { renderPage } from './render';

interface CredentialStatus {
  system: CredentialSystem;
  fields: { name: string; set: boolean }[];
  updatedAt: string | null;
  problem?: string;
}

/** `/admin/settings`: which credentials are set and when they changed (never a value), and the settings in force. */
export function settingsRoutes(ctx: PagesContext) {
  return new Hono<PagesEnv>().get('/settings', async (c) => {
    const credentials = await Promise.all([
      credentialStatus(ctx, 'procurify', PROCURIFY_FIELDS),
      credentialStatus(ctx, 'netsuite', NETSUITE_FIELDS),
    ]);
    const nowMs = ctx.now();
    return renderPage(
      c,
      <Layout title="Settings" active="settings" csrfToken={c.get('session').csrfToken}>
        <div class="grid">
          {credentials.map((status) => (
            <Card title={status.system === 'procurify' ? 'Procurify credentials' : 'NetSuite credentials'}>
              {status.problem && <p class="notice notice-error">{status.problem}</p>}
              <ul class="plain fields">
                {status.fields.map((field) => (
                  <li>
                    <span class={`pill ${field.set ? 'pill-good' : 'pill-bad'}`}>{field.set ? 'set' : 'missing'}</span>{' '}
                    <code>{field.name}</code>
                  </li>
                ))}
              </ul>
              <p>
                Last changed: <When iso={status.updatedAt} nowMs={nowMs} />
              </p>
            </Card>
          ))}
          <Card title="Relay secrets">
            <ul class="plain fields">
              {secretStatus(ctx.config).map(([name, set]) => (
                <li>
                  <span class={`pill ${set ? 'pill-good' : 'pill-bad'}`}>{set ? 'set' : 'missing'}</span>{' '}
                  <code>{name}</code>
                </li>
              ))}
            </ul>
            <p class="muted">Values are never shown. Change them with `mlc credentials set` or the environment.</p>
          </Card>
          <Card title="Settings in force" wide>
            <dl class="facts">
              {settingRows(ctx).map(([name, value]) => (
                <>
                  <dt>
                    <code>{name}</code>
                  </dt>
                  <dd>{value}</dd>
                </>
              ))}
            </dl>
          </Card>
        </div>
      </Layout>,
    );
  });
}

async function credentialStatus(
  ctx: PagesContext,
  system: CredentialSystem,
  expected: readonly string[],
): Promise<CredentialStatus> {
  const absent = { system, fields: expected.map((name) => ({ name, set: false })), updatedAt: null };
  if (!ctx.config.masterKey)
    return { ...absent, problem: 'MLC_MASTER_KEY is not set, so sealed credentials cannot be read.' };
  try {
    const stored = await loadCredentials(ctx.database.db, system, ctx.config.masterKey);
    if (!stored) return absent;
    // Only whether each field has a value leaves this function, never the value.
    const fields = expected.map((name) => ({ name, set: !!stored.values[name] }));
    return { system, fields, updatedAt: stored.updatedAt };
  } catch {
    return { ...absent, problem: 'The stored credentials could not be unsealed with this master key.' };
  }
}

function secretStatus(config: Config): [string, boolean][] {
  return [
    ['MLC_ADMIN_TOKEN', !!config.adminToken],
    ['MLC_EVENT_SECRET', !!config.eventSecret],
    ['MLC_EVENT_SECRET_PREVIOUS', !!config.eventSecretPrevious],
    ['MLC_MASTER_KEY', !!config.masterKey],
  ];
}

function settingRows(ctx: PagesContext): [string, string][] {
  const { config } = ctx;
  const sync = config.sync;
  return [
    ['NETSUITE_ACCOUNT_ID', ctx.accountId || 'not set'],
    [
      'MLC_DATABASE_URL',
      config.database.url.startsWith('file:') ? config.database.url : 'a libSQL server (URL hidden)',
    ],
    ['MLC_POLL_INTERVAL', formatDuration(sync.pollIntervalMs)],
    ['MLC_POLL_OVERLAP', formatDuration(sync.pollOverlapMs)],
    ['MLC_REFERENCE_REFRESH_INTERVAL', formatDuration(sync.referenceRefreshIntervalMs)],
    ['MLC_REQUEST_TIMEOUT', formatDuration(sync.requestTimeoutMs)],
    ['MLC_RETRY_MAX_DELAY', formatDuration(sync.retryMaxDelayMs)],
    ['MLC_RETRY_MAX_AGE', formatDuration(sync.retryMaxAgeMs)],
    ['MLC_BILL_WRITE', sync.billWrite],
    ['MLC_BILL_SUBMIT', String(sync.billSubmit)],
    ['MLC_VENDOR_TYPE', sync.vendorType === 3 ? '3 (preferred)' : '4 (regular)'],
    ['NETSUITE_CONCURRENCY', String(config.netsuite.concurrency)],
  ];
}
