export { createPoller, type Poller, type PollerOptions, type PollerStatus, type PollResult } from './poller';
export { BackfillConflictError, createBackfiller, type Backfiller } from './backfill';
export { pollEventId } from './deliver-page';
export type { Scope } from './scopes';
