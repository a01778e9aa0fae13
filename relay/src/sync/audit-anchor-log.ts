import type { Logger } from '../log/logger';
import { auditAnchor } from '../store/audit-verify';
import type { Database } from '../store/database';
import { systemClock, type Clock } from '../time/clock';

const ANCHOR_LOG_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Writes the audit chain's anchor (newest entry id and hash) to the log at start and hourly. Logs
 * usually leave the machine, so they keep a trail of anchors outside the database without anyone
 * remembering to run `mlc audit anchor`; `mlc audit verify --anchor` checks against any of them.
 */
export function createAuditAnchorLog(options: { database: Database; logger: Logger; clock?: Clock }) {
  const clock = options.clock ?? systemClock;
  const stopping = new AbortController();
  let loop: Promise<void> | undefined;

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      await auditAnchor(options.database)
        .then(({ id, hash, entries }) => options.logger.info({ anchor: { id, hash }, entries }, 'audit anchor'))
        .catch((error: unknown) => options.logger.warn({ err: error }, 'audit anchor not read'));
      await clock.sleep(ANCHOR_LOG_INTERVAL_MS, stopping.signal);
    }
  }

  return {
    start(): void {
      loop ??= run();
    },
    async stop(): Promise<void> {
      stopping.abort();
      await loop;
    },
  };
}
