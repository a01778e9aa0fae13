import { wallToMs } from './wall-time';

// SuiteQL shows last-modified times in the integration user's time zone, which the relay is not
// told; the REST record API shows the same field in UTC. A zone's UTC offset is piecewise constant,
// so a page needs only a few record reads: the offset at both ends of the page, and bisection
// wherever the ends disagree (a daylight-saving change) or lie far apart (where two changes could hide).

const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_OFFSET_MS = 14 * 3_600_000;
/** No zone changes its offset twice within this span (the shortest known gap is about a month). */
const CONSTANT_SPAN_MS = 20 * 86_400_000;

export interface WallRow {
  id: string;
  /** Wall time `YYYY-MM-DDTHH:MM:SS`. */
  lm: string;
}

/** The record's last-modified instant (ms) from the record API, or null when it cannot tell (gone, changed since). */
export type FetchInstant = (id: string) => Promise<number | null>;

/** Each row's instant (epoch ms), in the page's order (ascending last-modified). */
export async function resolveInstants(rows: readonly WallRow[], fetchInstant: FetchInstant): Promise<number[]> {
  const walls = rows.map((row) => wallToMs(row.lm));
  const samples = new Map<number, number | null>();
  async function sample(index: number): Promise<number | null> {
    if (!samples.has(index)) {
      const instant = await fetchInstant(rows[index]!.id);
      const offset = instant === null ? null : walls[index]! - instant;
      // A record saved again since the page was read shows a later time: not a zone offset.
      const plausible = offset !== null && offset % QUARTER_HOUR_MS === 0 && Math.abs(offset) <= MAX_OFFSET_MS;
      samples.set(index, plausible ? offset : null);
    }
    return samples.get(index)!;
  }
  async function firstValid(from: number, to: number, step: 1 | -1): Promise<[number, number] | null> {
    for (let index = from; step > 0 ? index <= to : index >= to; index += step) {
      const offset = await sample(index);
      if (offset !== null) return [index, offset];
    }
    return null;
  }

  const offsets = new Array<number>(rows.length);
  if (rows.length === 0) return [];
  const low = await firstValid(0, rows.length - 1, 1);
  if (!low) throw new Error(`cannot tell NetSuite's time zone offset: no record of the page could be read back`);
  const high = (await firstValid(rows.length - 1, low[0], -1))!;
  offsets.fill(low[1], 0, low[0] + 1);
  offsets.fill(high[1], high[0]);

  async function fill(lo: number, loOffset: number, hi: number, hiOffset: number): Promise<void> {
    if (hi - lo <= 1) return;
    if (loOffset === hiOffset && Math.abs(walls[hi]! - walls[lo]!) <= CONSTANT_SPAN_MS) {
      offsets.fill(loOffset, lo + 1, hi);
      return;
    }
    const middle = (lo + hi) >> 1;
    const found = (await firstValid(middle, hi - 1, 1)) ?? (await firstValid(middle - 1, lo + 1, -1));
    if (!found) {
      offsets.fill(loOffset, lo + 1, hi); // nothing between can be read back: keep the nearer offset
      return;
    }
    offsets[found[0]] = found[1];
    await fill(lo, loOffset, found[0], found[1]);
    await fill(found[0], found[1], hi, hiOffset);
  }
  await fill(low[0], low[1], high[0], high[1]);
  return walls.map((wall, index) => wall - offsets[index]!);
}
