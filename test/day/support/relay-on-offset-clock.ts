// The real relay for the day-of-operation suite, in its own process as in production (N/https in
// the SuiteScript runtime blocks the suite's thread), on a clock the suite moves over IPC. It reads
// its settings from the environment exactly as `npm start` does, and answers the suite's questions:
// is anything at work, and when does the next timer fall due.
import diagnostics from 'node:diagnostics_channel';
import { loadConfig } from '../../../relay/src/config';
import { secretValues } from '../../../relay/src/config/dev-secrets';
import { environment } from '../../../relay/src/config/environment';
import { createLogger } from '../../../relay/src/log/logger';
import { serveRelay } from '../../../relay/src/serve-relay';
import { createOffsetClock } from './offset-clock';

export type ToRelay = { id: number; type: 'offset'; offsetMs: number } | { id: number; type: 'status' };
export type FromRelay =
  | { id: 0; type: 'listening'; port: number }
  | { id: number; type: 'ok' }
  | {
      id: number;
      type: 'status';
      busy: boolean;
      inFlight: number;
      quietMs: number;
      nextDue: number | null;
      /** Work paused on the clock (a rate pause, a Retry-After): it goes on only when time moves. */
      waitsInPass: number;
    };

const env = environment();
const clock = createOffsetClock(Number(env.DAY_CLOCK_OFFSET_MS ?? '0'));
const config = loadConfig(env);
const logger = createLogger({ level: config.logLevel, secrets: secretValues(config) });

let inFlight = 0;
let lastActivity = Date.now();
const touch = (change: number) => () => {
  inFlight += change;
  lastActivity = Date.now();
};
diagnostics.subscribe('undici:request:create', touch(1));
diagnostics.subscribe('undici:request:trailers', touch(-1));
diagnostics.subscribe('undici:request:error', touch(-1));

const served = await serveRelay(config, { logger, clock, idleMs: Number(env.DAY_IDLE_MS ?? '300000') });
process.send?.({ id: 0, type: 'listening', port: served.port } satisfies FromRelay);
process.on('message', (message: ToRelay) => {
  const reply = (answer: FromRelay) => process.send?.(answer);
  if (message.type === 'offset') {
    clock.setOffset(message.offsetMs);
    lastActivity = Date.now();
    reply({ id: message.id, type: 'ok' });
  } else {
    const busy = served.relay.busy();
    if (busy) lastActivity = Math.max(lastActivity, Date.now() - 1);
    reply({
      id: message.id,
      type: 'status',
      busy,
      inFlight,
      quietMs: Date.now() - lastActivity,
      nextDue: clock.nextDue(),
      waitsInPass: clock.waitsInPass(),
    });
  }
});
process.on('SIGTERM', () => void served.close().then(() => process.exit(0)));
await served.relay.start();
