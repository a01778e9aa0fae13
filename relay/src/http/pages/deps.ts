import type { Config } from '../../config';
import type { SystemHealth } from '../../connections/connection-health';
import type { ReconcileServices } from '../../reconcile/services';
import type { PaceStatus } from '../../procurify';
import type { Database } from '../../store/database';
import type { ReferenceCache } from '../../sync/reference-cache';
import type { FailureThrottle } from '../failure-throttle';
import type { SyncControl } from '../sync-control';
import type { AppEnv } from '../types';
import type { Session, SessionKeys } from './session';

/** When the poller last ran and runs next; the poller owns the data, the dashboard only shows it. */
export interface PollStatus {
  lastPollAt: string | null;
  /** A short line shown beside the time, e.g. "found 3 changes". */
  summary?: string;
  /** The poll interval; 0 when polling is off. Unknown without a poller of this process. */
  intervalMs?: number;
  nextPollAt?: string | null;
}

export interface AdminPagesDeps {
  database: Database;
  references: ReferenceCache;
  /** The background work; absent while no Procurify connection is configured. */
  sync?: SyncControl;
  secrets: readonly string[];
  /** What the relay has seen of each connection (token health). */
  health?: { get(system: 'procurify' | 'netsuite'): SystemHealth };
  /** The Procurify connection's pace (learnt from 429s or configured); absent without a connection. */
  procurifyPace?: () => PaceStatus;
  /** The poller's last run; the dashboard says "not yet" without it. */
  lastPoll?: () => Promise<PollStatus | null>;
  /** Month-end reconciliation and record previews; each part is absent while its connections are not configured. */
  reconciliation?: ReconcileServices;
  now?: () => number;
  /** Wrong sign-ins slow their address down (shared with the admin API). */
  throttle?: FailureThrottle;
}

/** Everything a page handler needs, resolved once when the pages are mounted. */
export interface PagesContext extends AdminPagesDeps {
  config: Config;
  accountId: string;
  keys: SessionKeys;
  now: () => number;
}

export interface PagesEnv {
  Variables: AppEnv['Variables'] & { session: Session };
}
