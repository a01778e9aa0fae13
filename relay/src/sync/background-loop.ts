import type { Logger } from '../log/logger';
import { systemClock, type Clock } from '../time/clock';

export interface BackgroundLoop {
  start(): void;
  /** Wakes an idle loop at once (new work arrived). */
  nudge(): void;
  /** Stops after the pass in progress. */
  stop(): Promise<void>;
  /** True while a pass runs (not while the loop waits for work). */
  busy(): boolean;
}

const MIN_WAIT_MS = 5;

export interface BackgroundLoopOptions {
  logger: Logger;
  clock?: Clock;
  /** Longest wait of an idle loop before it looks again (work queued by another relay process). */
  idleMs?: number;
  /** When the earliest known work falls due (epoch ms), so an idle loop wakes for it; null when none. */
  nextDueAt?: () => Promise<number | null>;
}

/**
 * Runs `pass` again and again; when a pass found nothing to do, waits until the next known work is
 * due, at most `idleMs`, or until nudged. A pass that throws is logged and the loop goes on.
 */
export function createBackgroundLoop(
  name: string,
  pass: () => Promise<number>,
  options: BackgroundLoopOptions,
): BackgroundLoop {
  const clock = options.clock ?? systemClock;
  const idleMs = options.idleMs ?? 1_000;
  let running = false;
  let inPass = false;
  let loop: Promise<void> | undefined;
  let wake: AbortController | undefined;
  /** A nudge that came while a pass ran: the work it announced may have arrived after the pass looked. */
  let nudged = false;

  async function idleWait(): Promise<number> {
    const due = await options.nextDueAt?.().catch(() => null);
    // A floor, so work that is due but not claimable yet (a race with another worker) cannot spin the loop.
    return due === null || due === undefined ? idleMs : Math.min(idleMs, Math.max(MIN_WAIT_MS, due - clock.now()));
  }

  async function run(): Promise<void> {
    while (running) {
      nudged = false;
      let done = 0;
      inPass = true;
      try {
        done = await pass();
      } catch (error) {
        options.logger.error({ err: error, loop: name }, 'background pass failed');
      } finally {
        inPass = false;
      }
      if (done > 0 || nudged || !running) continue;
      wake = new AbortController();
      const waitMs = await idleWait();
      if (running) await clock.sleep(waitMs, wake.signal);
      wake = undefined;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    nudge() {
      nudged = true;
      wake?.abort();
    },
    async stop() {
      running = false;
      wake?.abort();
      await loop;
    },
    busy: () => inPass,
  };
}
