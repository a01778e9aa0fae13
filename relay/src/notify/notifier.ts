import { redact } from '../audit/redact';
import type { Config } from '../config';
import type { SystemHealth } from '../connections/connection-health';
import type { Logger } from '../log/logger';
import type { Database } from '../store/database';
import { recordsWithIssueSince } from '../store/issue-records';
import { listRecords } from '../store/records';
import { createDigest, type DigestMessage, type NotificationEvent } from './digest';
import { sendMail } from './smtp';
import { postWebhook } from './webhook';

// Watches for what someone must act on (records that failed or need a mapping, bills whose paid
// status differs between the systems, credentials that stopped working) and sends it, digested, to the webhook and by email. Secrets are redacted from
// every message, whatever a record's message says.

export interface NotifierDeps {
  config: Config['notify'];
  database: Database;
  logger: Logger;
  health: { get(system: 'procurify' | 'netsuite'): SystemHealth };
  secrets: readonly string[];
  now?: () => number;
  /** How often the watcher looks (default: 10 s, or the interval when shorter). */
  checkMs?: number;
}

export interface Notifier {
  start(): void;
  /** Looks once for new failures and refused credentials. */
  check(): Promise<void>;
  stop(): Promise<void>;
}

export function createNotifier(deps: NotifierDeps): Notifier | undefined {
  const { config, logger } = deps;
  if (!config.webhookUrl && !config.smtp) return undefined;
  const now = deps.now ?? Date.now;
  const secrets = [...deps.secrets, config.webhookUrl?.reveal(), config.smtp?.password?.reveal()].filter(
    (value): value is string => !!value,
  );

  async function send(message: DigestMessage): Promise<void> {
    const safe = redact(message, secrets) as DigestMessage;
    const channels: Promise<void>[] = [];
    if (config.webhookUrl) channels.push(postWebhook(config.webhookUrl.reveal(), safe));
    if (config.smtp) {
      const { host, port, tls, from, to, user, password } = config.smtp;
      channels.push(
        sendMail(
          { host, port, tls, from, to, user, password: password?.reveal() },
          `ml-connector: ${safe.summary}`,
          plainText(safe),
        ),
      );
    }
    for (const result of await Promise.allSettled(channels)) {
      if (result.status === 'rejected') logger.warn({ err: result.reason }, 'notification not delivered');
    }
  }

  const digest = createDigest({ intervalMs: config.intervalMs, send, now });
  let since = new Date(now()).toISOString();
  const refused = { procurify: false, netsuite: false };
  let timer: NodeJS.Timeout | undefined;

  async function check(): Promise<void> {
    const until = new Date(now()).toISOString();
    for (const status of ['failed', 'needs_mapping'] as const) {
      for await (const record of changedRecords(deps.database, status, since)) digest.add(record);
    }
    for (const row of await recordsWithIssueSince(deps.database.db, 'payment_status_drift', since)) {
      digest.add({ kind: 'record', ...row, status: 'payment_status_drift' });
    }
    since = until;
    for (const system of ['procurify', 'netsuite'] as const) {
      const health = deps.health.get(system);
      if (health.credentialsRefused && !refused[system]) {
        const event: NotificationEvent = {
          kind: 'credential',
          system,
          problem: health.lastFailure ?? 'credentials refused',
          ...(health.refusalCode ? { code: health.refusalCode } : {}),
        };
        digest.add(event);
      }
      refused[system] = health.credentialsRefused;
    }
  }

  return {
    check,
    start() {
      const every = deps.checkMs ?? Math.min(10_000, Math.max(config.intervalMs, 1_000));
      timer = setInterval(
        () => void check().catch((error: unknown) => logger.warn({ err: error }, 'notification check failed')),
        every,
      );
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      digest.stop();
    },
  };
}

async function* changedRecords(database: Database, status: 'failed' | 'needs_mapping', since: string) {
  let cursor: string | undefined;
  do {
    const page = await listRecords(database.db, { status, limit: 500, cursor });
    for (const row of page.items) {
      if (row.updatedAt > since) {
        yield {
          kind: 'record' as const,
          recordType: row.recordType,
          recordId: row.recordId,
          status,
          message: row.message,
        };
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

function plainText(message: DigestMessage): string {
  const lines = [message.summary, ''];
  for (const record of message.records) {
    lines.push(
      `- ${record.recordType} ${record.recordId}: ${record.status}${record.message ? ` — ${record.message}` : ''}`,
    );
  }
  for (const credential of message.credentials) {
    const code = credential.code ? ` (${credential.code})` : '';
    lines.push(`- ${credential.system} credentials${code}: ${credential.problem}`);
  }
  lines.push('', `Sent by the ml-connector relay at ${message.sentAt}.`);
  return lines.join('\n');
}
