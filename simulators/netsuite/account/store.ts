import { amountRemaining, billsNamedBy, isPaymentType, paymentStatusText } from './bill-payments';
import { transactionTotal } from './derived';
import { ALL_ACCOUNT_FEATURES, type AccountFeatures } from './features';
import { nextStamp, toWholeSecond, type SimClock } from './clock';
import type { CustomFieldDefinition } from './custom-fields';
import { CustomRecordStore } from './custom-record-store';
import { KeysetIndex } from './keyset-index';
import { AccountingPeriods } from './periods';
import {
  RECORD_TYPES,
  idFamily,
  type AccountRecord,
  type DeleteEvent,
  type DeletedRecordEntry,
  type Fields,
  type RecordDraft,
  type RecordType,
  type SaveContext,
  type SaveEvent,
} from './types';
import { NotFoundError } from './errors';

export interface SaveOptions {
  context?: SaveContext;
  /** Skip every listener: a change "made without user events" (a CSV import without scripts, a workflow). */
  silent?: boolean;
}

/** Bulk inserts hand their drafts over instead of having them copied (synthetic data for benchmarks). */
export interface AdoptOptions {
  createdAt: number;
  lastModifiedAt: number;
}

export type BeforeSaveListener = (event: SaveEvent) => void;
export type SaveListener = (event: SaveEvent) => void;
export type DeleteListener = (event: DeleteEvent) => void;

const DEFAULT_CONTEXT: SaveContext = { executionContext: 'USERINTERFACE', user: 'Simulated User' };

export { toWholeSecond } from './clock';

/**
 * One NetSuite account's records. `load` hands out copies (like `record.load`); `peek` and `scan` give
 * the live objects to readers that must not change them (SuiteQL, REST rendering).
 */
export class AccountStore {
  readonly customFields = new Map<string, CustomFieldDefinition>();
  /** Custom record types and their records (the SuiteApp's outbox and sync state). */
  readonly customRecords: CustomRecordStore;
  /** Month periods; a closed one freezes its transactions. */
  readonly periods = new AccountingPeriods();
  /** Optional features the account has (account/features.ts); all on unless a test turns some off. */
  features: AccountFeatures = { ...ALL_ACCOUNT_FEATURES };
  private readonly records = new Map<RecordType, Map<string, AccountRecord>>();
  private readonly indexes = new Map<RecordType, KeysetIndex>();
  private readonly nextIds = new Map<string, number>();
  private readonly deletedEntries: DeletedRecordEntry[] = [];
  private readonly beforeSaveListeners = new Set<BeforeSaveListener>();
  private readonly saveListeners = new Set<SaveListener>();
  private readonly deleteListeners = new Set<DeleteListener>();

  constructor(readonly clock: SimClock) {
    for (const type of RECORD_TYPES) {
      this.records.set(type, new Map());
      this.indexes.set(type, new KeysetIndex());
    }
    this.customRecords = new CustomRecordStore(this);
  }

  load(type: RecordType, id: string): AccountRecord {
    return structuredClone(this.require(type, id));
  }

  peek(type: RecordType, id: string): Readonly<AccountRecord> | undefined {
    return this.table(type).get(id);
  }

  has(type: RecordType, id: string): boolean {
    return this.table(type).has(id);
  }

  scan(type: RecordType): IterableIterator<Readonly<AccountRecord>> {
    return this.table(type).values();
  }

  count(type: RecordType): number {
    return this.table(type).size;
  }

  /** Records of a type ordered by (last modified, id) from `from` on. */
  *byLastModified(type: RecordType, from?: number): Generator<Readonly<AccountRecord>> {
    const table = this.table(type);
    for (const key of this.index(type).from(from)) {
      const record = table.get(String(key.id));
      if (record) yield record;
    }
  }

  indexOf(type: RecordType): KeysetIndex {
    return this.index(type);
  }

  deleted(): readonly DeletedRecordEntry[] {
    return this.deletedEntries;
  }

  /** Creates (no id, or an unknown id when seeding) or replaces a record; stamps last-modified. */
  save(type: RecordType, draft: RecordDraft, options: SaveOptions = {}): AccountRecord {
    const old = draft.id === undefined ? undefined : this.table(type).get(draft.id);
    if (old) this.periods.checkExisting(type, old);
    const id = draft.id ?? this.allocateId(type);
    this.noteId(type, id);
    const now = toWholeSecond(this.clock.now());
    const lastModifiedAt = draft.lastModifiedAt ?? nextStamp(now, old?.lastModifiedAt);
    const record: AccountRecord = {
      type,
      id,
      createdAt: old?.createdAt ?? draft.createdAt ?? now,
      lastModifiedAt: toWholeSecond(lastModifiedAt),
      fields: structuredClone(draft.fields),
      sublists: structuredClone(draft.sublists ?? old?.sublists ?? {}),
    };
    const event: SaveEvent = {
      type,
      id,
      kind: old ? 'edit' : 'create',
      oldRecord: old ? structuredClone(old) : null,
      newRecord: record,
      context: options.context ?? DEFAULT_CONTEXT,
    };
    if (!options.silent) for (const listener of this.beforeSaveListeners) listener(event);
    // Checked after beforeSubmit, which may still move the transaction's date.
    this.periods.checkTarget(type, record.fields);
    if (old) this.index(type).remove({ at: old.lastModifiedAt, id: Number(id) });
    this.table(type).set(id, record);
    this.index(type).insert({ at: record.lastModifiedAt, id: Number(id) });
    if (isPaymentType(type)) this.settleBills([old, record]);
    if (!options.silent)
      for (const listener of this.saveListeners) listener({ ...event, newRecord: structuredClone(record) });
    return structuredClone(record);
  }

  /**
   * Inserts a new record taking ownership of the draft's objects, with no copies and no listeners:
   * the fast path for seeding hundreds of thousands of records.
   */
  adopt(type: RecordType, draft: RecordDraft & AdoptOptions): string {
    const id = draft.id ?? this.allocateId(type);
    if (this.table(type).has(id)) throw new Error(`${type} ${id} already exists`);
    this.noteId(type, id);
    const record: AccountRecord = {
      type,
      id,
      createdAt: toWholeSecond(draft.createdAt),
      lastModifiedAt: toWholeSecond(draft.lastModifiedAt),
      fields: draft.fields,
      sublists: draft.sublists ?? {},
    };
    this.table(type).set(id, record);
    this.index(type).insert({ at: record.lastModifiedAt, id: Number(id) });
    return id;
  }

  /** Merges body fields (and replaces the given sublists) into an existing record, then saves it. */
  update(
    type: RecordType,
    id: string,
    changes: { fields?: Fields; sublists?: Record<string, Fields[]> },
    options: SaveOptions = {},
  ): AccountRecord {
    const current = this.require(type, id);
    return this.save(
      type,
      {
        id,
        fields: { ...current.fields, ...changes.fields },
        sublists: { ...current.sublists, ...changes.sublists },
      },
      options,
    );
  }

  delete(type: RecordType, id: string, options: SaveOptions = {}): void {
    const old = this.require(type, id);
    this.periods.checkExisting(type, old);
    this.customRecords.checkDeletable(type, id);
    const context = options.context ?? DEFAULT_CONTEXT;
    this.table(type).delete(id);
    this.index(type).remove({ at: old.lastModifiedAt, id: Number(id) });
    this.customRecords.releaseReferencesTo(type, id);
    if (isPaymentType(type)) this.settleBills([old]);
    this.deletedEntries.push({
      recordType: type,
      recordId: id,
      name: recordName(old),
      deletedAt: toWholeSecond(this.clock.now()),
      deletedBy: context.user ?? DEFAULT_CONTEXT.user ?? '',
      context: context.executionContext,
    });
    if (!options.silent) for (const listener of this.deleteListeners) listener({ type, id, oldRecord: old, context });
  }

  onBeforeSave(listener: BeforeSaveListener): () => void {
    this.beforeSaveListeners.add(listener);
    return () => this.beforeSaveListeners.delete(listener);
  }

  onSave(listener: SaveListener): () => void {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  }

  onDelete(listener: DeleteListener): () => void {
    this.deleteListeners.add(listener);
    return () => this.deleteListeners.delete(listener);
  }

  /**
   * The bills a payment or credit names (before and after the change) show their new balance: the
   * status moves in place, with no save, no user event and no new last-modified time (bill-payments.ts).
   */
  private settleBills(payments: (AccountRecord | undefined)[]): void {
    for (const billId of new Set(payments.flatMap((payment) => billsNamedBy(payment)))) {
      const bill = this.table('vendorbill').get(billId);
      if (!bill) continue;
      const total = transactionTotal(bill);
      bill.fields.status = paymentStatusText(
        String(bill.fields.status ?? 'Open'),
        amountRemaining(this, bill, total),
        total,
      );
    }
  }

  private require(type: RecordType, id: string): AccountRecord {
    const record = this.table(type).get(id);
    if (!record) throw new NotFoundError(type, id);
    return record;
  }

  private allocateId(type: RecordType): string {
    return String(this.nextIds.get(idFamily(type)) ?? 1);
  }

  private noteId(type: RecordType, id: string): void {
    const numeric = Number(id);
    const family = idFamily(type);
    if (Number.isInteger(numeric) && numeric >= (this.nextIds.get(family) ?? 1)) this.nextIds.set(family, numeric + 1);
  }

  private table(type: RecordType): Map<string, AccountRecord> {
    return this.records.get(type) as Map<string, AccountRecord>;
  }

  private index(type: RecordType): KeysetIndex {
    return this.indexes.get(type) as KeysetIndex;
  }
}

/** The name DeletedRecord shows: entity id, transaction number or plain name. */
export function recordName(record: Readonly<AccountRecord>): string {
  const fields = record.fields;
  const name = fields.entityid ?? fields.tranid ?? fields.name ?? fields.itemid ?? fields.acctname ?? record.id;
  return String(name);
}
