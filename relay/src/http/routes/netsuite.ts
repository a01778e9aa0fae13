import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from '../../config';
import { acceptEvents } from '../../store/inbox';
import type { Database } from '../../store/database';
import type { Logger } from '../../log/logger';
import { getRecord } from '../../store/records';
import { ApiError } from '../errors';
import { limitBodiesInFlight } from '../middleware/bodies-in-flight';
import { MAX_BODY_BYTES, tooLarge, verifyNetSuiteRequest, type SignedEnv } from '../middleware/netsuite-signature';
import { recordView } from '../record-view';
import { parseEventBody } from '../schemas/parse-events';
import type { SyncControl } from '../sync-control';

const RECORD_TYPES = new Set(['vendor', 'vendorbill', 'purchaseorder']);

/** The signed routes the SuiteApp calls (docs/architecture.md "SuiteApp → relay: events"). */
export function netsuiteRoutes(config: Config, deps: { database: Database; sync?: SyncControl; now?: () => number }) {
  const app = new Hono<SignedEnv>();
  // A declared length is checked before anything is read (verifyNetSuiteRequest), and the parser
  // reads no more than it; only a body streamed without one must be cut at the limit as it arrives.
  // Hono's body limit builds the full Request object, which costs the fast body read on every event.
  const limitStreamedBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge();
    },
  });
  app.use('*', limitBodiesInFlight(config.http.maxBodiesInFlight));
  app.use('*', (c, next) => (c.req.header('content-length') === undefined ? limitStreamedBody(c, next) : next()));
  app.use('*', verifyNetSuiteRequest(config, deps.now));

  app.post('/events', async (c) => {
    const envelopes = parseEventBody(c.get('rawBody'));
    refuseUnlessDatabaseFileHeld(deps.database, c.get('logger'));
    const result = await acceptEvents(deps.database, envelopes, {
      receivedAtMs: deps.now?.(),
    });
    // A commit into a file deleted meanwhile would vanish on restart: no 202 for it, the sender retries.
    refuseUnlessDatabaseFileHeld(deps.database, c.get('logger'));
    deps.sync?.nudge();
    return c.json({ accepted: result.accepted, duplicates: result.duplicates }, 202);
  });

  app.get('/records/:recordType/:recordId', async (c) => {
    const { recordType, recordId } = c.req.param();
    if (!RECORD_TYPES.has(recordType)) throw new ApiError('not_found', `Unknown record type ${recordType}.`);
    const row = await getRecord(deps.database.db, { recordType, recordId });
    if (!row) throw new ApiError('record_not_found', `The relay has not seen ${recordType} ${recordId} yet.`);
    return c.json(await recordView(deps.database.db, row, 10));
  });
  return app;
}

function refuseUnlessDatabaseFileHeld(database: Database, logger: Logger | undefined): void {
  const problem = database.fileProblem();
  if (problem) {
    logger?.error({ problem }, 'events refused: the database file is not the one the relay opened');
    throw new ApiError('not_ready', 'The relay cannot store events safely right now; send them again later.');
  }
}
