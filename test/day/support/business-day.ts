import { seededRandom } from '../../../simulators/scenario/random';

// A business day at a three-plant manufacturer, as a timed plan: what the accountants and buyers do
// in NetSuite and Procurify, and (in the run with faults) what goes wrong around them. The same plan
// without its faults is the clean run the faulty one must end up equal to.

/** 07:00 in Los Angeles (the simulated user's time zone) on a Monday. */
export const DAY_START = Date.parse('2026-12-07T15:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type DayActionKind =
  /** Every scenario vendor, bill and PO opened and saved once (a memo nobody syncs): the first sync. */
  | 'morning-load'
  | 'new-vendor'
  | 'new-bill'
  /** A bill entered pending approval: skipped until approved. */
  | 'new-pending-bill'
  | 'approve-bill'
  /** Edits that matter. */
  | 'vendor-phone'
  | 'vendor-email-inline'
  | 'bill-memo'
  /** Edits that do not: a field nobody syncs, and a save with no change at all. */
  | 'vendor-comment'
  | 'resave'
  | 'close-period'
  /** A user trying to change a bill in the closed period: NetSuite refuses, nothing is sent. */
  | 'edit-closed-bill'
  /** The procurement team adds the missing account code in Procurify. */
  | 'fix-mapping'
  /** An approver in Procurify approves the bills of the coming payment run (Procurify pays only approved bills). */
  | 'approve-in-procurify'
  /** The weekly payment run in NetSuite: one vendor payment per vendor, paying its bills (one of them in part). */
  | 'payment-run'
  | 'procurify-429s'
  | 'restart-relay';

export interface DayAction {
  at: number;
  kind: DayActionKind;
  /** Made while a dispatcher run is in its map stage (the save's own submit of it is refused). */
  duringDispatch?: boolean;
}

export interface DayPlan {
  start: number;
  /** Nothing changes after this: the idle hours run from here to `end`. */
  businessEnd: number;
  end: number;
  actions: DayAction[];
  size: 'ci' | 'full';
  faults: boolean;
}

const FAULTS: ReadonlySet<DayActionKind> = new Set(['procurify-429s', 'restart-relay']);

const WEIGHTS: [DayActionKind, number][] = [
  ['new-vendor', 8],
  ['new-bill', 20],
  ['new-pending-bill', 7],
  ['approve-bill', 7],
  ['vendor-phone', 8],
  ['vendor-email-inline', 5],
  ['bill-memo', 8],
  ['vendor-comment', 12],
  ['resave', 12],
];

export function businessDay(options: { size: 'ci' | 'full'; faults: boolean; seed?: number }): DayPlan {
  const full = options.size === 'full';
  const random = seededRandom(options.seed ?? 20261207);
  const open = DAY_START + HOUR;
  const businessEnd = open + (full ? 9 : 2) * HOUR;
  const end = businessEnd + (full ? 7 : 2) * HOUR;
  const count = full ? 180 : 28;
  const actions: DayAction[] = [{ at: DAY_START + 5 * MINUTE, kind: 'morning-load' }];
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  for (let index = 0; index < count; index += 1) {
    let roll = random.next() * total;
    const kind = WEIGHTS.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'resave';
    // Evenly spread, each somewhere in its slot. Every fourth follows the one before by seconds: it
    // is made while the dispatcher run that the previous save asked for is under way.
    const slot = (businessEnd - open) / count;
    const previous = actions.at(-1)!;
    if (index % 4 === 3) actions.push({ at: previous.at + 5_000, kind, duringDispatch: true });
    else actions.push({ at: Math.round(open + index * slot + random.next() * slot * 0.5), kind });
  }
  const fraction = (share: number) => Math.round(open + (businessEnd - open) * share);
  actions.push(
    { at: fraction(0.25), kind: 'close-period' },
    { at: fraction(0.25) + 2 * MINUTE, kind: 'edit-closed-bill' },
    { at: fraction(0.35), kind: 'fix-mapping' },
    { at: fraction(0.5), kind: 'procurify-429s' },
    { at: fraction(0.55), kind: 'approve-in-procurify' },
    { at: fraction(0.6), kind: 'payment-run' },
    { at: fraction(0.7), kind: 'restart-relay' },
  );
  return {
    start: DAY_START,
    businessEnd,
    end,
    size: options.size,
    faults: options.faults,
    actions: actions.filter((action) => options.faults || !FAULTS.has(action.kind)).sort((a, b) => a.at - b.at),
  };
}
