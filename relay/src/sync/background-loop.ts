import type { Logger } from '../log/logger';

export interface BackgroundLoop {
  start(): void;
  /** Wakes an idle loop at once (new work arrived). */
  nudge(): void;
  /** Stops after the pass in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `pass` again and again; when a pass found nothing to do, waits `idleMs` or until nudged.
 * A pass that throws is logged and the loop goes on.
 */
export function createBackgroundLoop(
  name: string,
  pass: () => Promise<number>,
  options: { logger: Logger; idleMs?: number },
): BackgroundLoop {
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function run(): Promise<void> {
    while (running) {
      let done = 0;
      try {
        done = await pass();
      } catch (error) {
        options.logger.error({ err: error, loop: name }, 'background pass failed');
      }
      if (done === 0 && running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, options.idleMs ?? 1_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = undefined;
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    nudge() {
      wake?.();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
