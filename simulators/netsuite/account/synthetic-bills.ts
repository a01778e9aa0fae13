import { seededRandom } from '../../scenario/random';
import type { AccountStore } from './store';
import type { RecordDraft } from './types';

export interface SyntheticBillOptions {
  /** First last-modified time (ms); later bills move forward from it. Default: clock now − count seconds. */
  start?: number;
  /** How many bills share one last-modified second (keyset paging must break the ties by id). */
  perSecond?: number;
  /** PRNG seed: the same options give the same bills. */
  seed?: number;
  /** Share of bills with pending approval (the rest approved). */
  pendingShare?: number;
}

const ids = (
  store: AccountStore,
  type: Parameters<AccountStore['scan']>[0],
  keep: (fields: Record<string, unknown>) => boolean = () => true,
) => [...store.scan(type)].filter((record) => keep(record.fields)).map((record) => record.id);

/**
 * Lazily yields `count` bills coded against the vendors, expense accounts and departments the store
 * already holds, so a benchmark never holds more than the store itself.
 */
export function* syntheticBills(
  store: AccountStore,
  count: number,
  options: SyntheticBillOptions = {},
): Generator<RecordDraft & { createdAt: number; lastModifiedAt: number }> {
  const vendors = ids(store, 'vendor', (fields) => !fields.isinactive);
  const accounts = ids(store, 'account', (fields) => fields.accttype === 'Expense' && !fields.isinactive);
  const departments = ids(store, 'department', (fields) => !fields.isinactive);
  if (!vendors.length || !accounts.length) throw new Error('seed vendors and expense accounts before synthetic bills');
  const random = seededRandom(options.seed ?? 42);
  const perSecond = options.perSecond ?? 3;
  const start = options.start ?? store.clock.now() - Math.ceil(count / perSecond) * 1000;
  for (let index = 0; index < count; index++) {
    const at = start + Math.floor(index / perSecond) * 1000;
    const day = new Date(at).toISOString().slice(0, 10);
    const lineCount = random.int(1, 3);
    const expense = Array.from({ length: lineCount }, (_, line) => ({
      line: line + 1,
      account: random.pick(accounts),
      amount: random.int(100, 500_000) / 100,
      department: departments.length ? random.pick(departments) : null,
      location: null,
      memo: `Synthetic line ${line + 1}`,
    }));
    const pending = random.chance(options.pendingShare ?? 0.1);
    yield {
      createdAt: at,
      lastModifiedAt: at,
      fields: {
        tranid: `SYN-${index + 1}`,
        entity: random.pick(vendors),
        trandate: day,
        duedate: day,
        currency: '1',
        exchangerate: 1,
        terms: null,
        memo: null,
        approvalstatus: pending ? '1' : '2',
        status: pending ? 'Pending Approval' : 'Open',
        subsidiary: '1',
        department: null,
        location: null,
        purchaseorders: [],
        externalid: null,
      },
      sublists: { expense, item: [] },
    };
  }
}

/** Inserts synthetic bills without user events; answers the first and last ids. */
export function seedSyntheticBills(
  store: AccountStore,
  count: number,
  options: SyntheticBillOptions = {},
): { firstId: string | null; lastId: string | null } {
  let firstId: string | null = null;
  let lastId: string | null = null;
  for (const draft of syntheticBills(store, count, options)) {
    lastId = store.adopt('vendorbill', draft);
    firstId ??= lastId;
  }
  return { firstId, lastId };
}
