// The simulator's notion of "now": real time by default, or frozen/moved by tests. Timestamps it hands
// out for writes only ever move forward (at least one microsecond apart), so `dateModified` and
// `last_modified_datetime` change on every write even while the clock is frozen.

export interface SimClock {
  now(): number;
  /** Freeze the clock at an instant (ISO-8601 or epoch ms). */
  set(instant: string | number): void;
  /** Move the clock forward; a running clock keeps running from the new offset. */
  advance(ms: number): void;
  /** Go back to following real time. */
  resume(): void;
  /** A write timestamp with microseconds (`2025-03-02T17:45:12.123456Z`), strictly increasing. */
  stamp(): string;
  frozen(): boolean;
}

export function createClock(start?: string | number): SimClock {
  let frozenAt: number | undefined;
  let offset = 0;
  let lastMicros = 0;
  const now = () => (frozenAt !== undefined ? frozenAt : Date.now() + offset);
  const clock: SimClock = {
    now,
    set(instant) {
      const ms = typeof instant === 'number' ? instant : Date.parse(instant);
      if (Number.isNaN(ms)) throw new Error(`not a valid instant: ${String(instant)}`);
      frozenAt = ms;
    },
    advance(ms) {
      if (frozenAt !== undefined) frozenAt += ms;
      else offset += ms;
    },
    resume() {
      if (frozenAt !== undefined) offset = frozenAt - Date.now();
      frozenAt = undefined;
    },
    stamp() {
      lastMicros = Math.max(now() * 1000, lastMicros + 1);
      return microsToIso(lastMicros);
    },
    frozen: () => frozenAt !== undefined,
  };
  if (start !== undefined) clock.set(start);
  return clock;
}

function microsToIso(micros: number): string {
  const ms = Math.floor(micros / 1000);
  const fraction = String(micros % 1000).padStart(3, '0');
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, `.$1${fraction}Z`);
}
