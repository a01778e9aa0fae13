import type { Clock } from '../../../relay/src/time/clock';

// The relay child's clock in the day-of-operation suite: real time plus an offset the suite moves
// forward to skip the quiet parts of a simulated day. While nothing jumps it runs at real speed,
// so the relay's own processing costs simulated time as it costs real time.

interface Sleeper {
  due: number;
  /** Loops wait for work with a signal that wakes them; a wait inside a pass (a rate pause) has none. */
  inPass: boolean;
  timer: NodeJS.Timeout;
  resolve: () => void;
}

export interface OffsetClock extends Clock {
  /** Moves the clock (forward only) and wakes every sleep that falls due. */
  setOffset(offsetMs: number): void;
  /** The earliest time a sleep is waiting for (epoch ms of this clock), or null when none. */
  nextDue(): number | null;
  /** Sleeps made inside a pass of work (no wake-up signal): the work waits for time to pass. */
  waitsInPass(): number;
}

export function createOffsetClock(offsetMs: number): OffsetClock {
  let offset = offsetMs;
  const sleepers = new Set<Sleeper>();
  const now = () => Date.now() + offset;

  const wake = (sleeper: Sleeper) => {
    clearTimeout(sleeper.timer);
    sleepers.delete(sleeper);
    sleeper.resolve();
  };
  const arm = (sleeper: Sleeper) => {
    clearTimeout(sleeper.timer);
    sleeper.timer = setTimeout(() => wake(sleeper), Math.max(0, sleeper.due - now()));
    sleeper.timer.unref();
  };

  return {
    now,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const sleeper: Sleeper = {
          due: now() + Math.max(0, ms),
          inPass: signal === undefined,
          timer: setTimeout(() => undefined, 0),
          resolve,
        };
        sleepers.add(sleeper);
        arm(sleeper);
        signal?.addEventListener('abort', () => wake(sleeper), { once: true });
      });
    },
    setOffset(next) {
      offset = Math.max(offset, next);
      for (const sleeper of [...sleepers]) {
        if (sleeper.due <= now()) wake(sleeper);
        else arm(sleeper);
      }
    },
    waitsInPass() {
      return [...sleepers].filter((sleeper) => sleeper.inPass).length;
    },
    nextDue() {
      let earliest: number | null = null;
      for (const sleeper of sleepers) earliest = earliest === null ? sleeper.due : Math.min(earliest, sleeper.due);
      return earliest;
    },
  };
}
