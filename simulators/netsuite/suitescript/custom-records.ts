// Custom records (the outbox) kept beside the account's standard records. One companion store per
// AccountStore, so every runtime and reader of the same account sees the same rows. SuiteQL reads
// them as tables named after the record's script id, with lower-case field ids as columns.
import type { AccountStore } from '../account/store';
import { toWholeSecond } from '../account/store';
import type { Fields } from '../account/types';
import type { ColumnDefinition, TableDefinition } from '../suiteql/table';
import { defineTable } from '../suiteql/table';
import { SqlTime, type SqlValue } from '../suiteql/values';
import type { CustomRecordTypeDefinition } from './sdf-objects';
import { SuiteScriptError } from './script-error';

export interface CustomRecord {
  type: string;
  id: string;
  createdAt: number;
  lastModifiedAt: number;
  fields: Fields;
}

export class CustomRecordStore {
  readonly types = new Map<string, CustomRecordTypeDefinition>();
  private readonly rows = new Map<string, Map<string, CustomRecord>>();
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  define(definition: CustomRecordTypeDefinition): void {
    this.types.set(definition.scriptId, definition);
    if (!this.rows.has(definition.scriptId)) this.rows.set(definition.scriptId, new Map());
  }

  isCustomType(type: string): boolean {
    return this.types.has(type);
  }

  fieldType(type: string, fieldId: string): string | null {
    if (['name', 'isinactive', 'externalid'].includes(fieldId)) return fieldId === 'isinactive' ? 'CHECKBOX' : 'TEXT';
    return this.definition(type).fields[fieldId] ?? null;
  }

  load(type: string, id: string): CustomRecord {
    const row = this.table(type).get(id);
    if (!row) throw new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);
    return structuredClone(row);
  }

  scan(type: string): IterableIterator<CustomRecord> {
    return this.table(type).values();
  }

  save(type: string, id: string | null, fields: Fields): CustomRecord {
    const table = this.table(type);
    const old = id === null ? undefined : table.get(id);
    if (id !== null && !old) throw new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);
    const now = toWholeSecond(this.now());
    const row: CustomRecord = {
      type,
      id: id ?? String(this.nextId++),
      createdAt: old?.createdAt ?? now,
      lastModifiedAt: now,
      fields: structuredClone(fields),
    };
    table.set(row.id, row);
    return structuredClone(row);
  }

  delete(type: string, id: string): void {
    if (!this.table(type).delete(id))
      throw new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);
  }

  /** SuiteQL views of every custom record type. */
  tables(): TableDefinition[] {
    return [...this.types.values()].map((definition) => this.tableOf(definition));
  }

  private tableOf(definition: CustomRecordTypeDefinition): TableDefinition {
    const value = (fieldId: string, numeric: boolean): ColumnDefinition<CustomRecord> => ({
      get: (row) => {
        const raw = row.fields[fieldId];
        if (raw === null || raw === undefined || raw === '') return null;
        if (numeric) return Number(raw);
        if (typeof raw === 'boolean') return raw ? 'T' : 'F';
        return Array.isArray(raw) ? raw.join(',') : (raw as SqlValue);
      },
    });
    const columns: Record<string, ColumnDefinition<CustomRecord>> = {
      id: { get: (row) => Number(row.id) },
      name: value('name', false),
      externalid: value('externalid', false),
      isinactive: { get: (row) => (row.fields.isinactive ? 'T' : 'F') },
      created: { get: (row) => new SqlTime(row.createdAt, false) },
      lastmodified: { get: (row) => new SqlTime(row.lastModifiedAt, false) },
    };
    for (const [fieldId, fieldType] of Object.entries(definition.fields)) {
      columns[fieldId.toLowerCase()] = value(fieldId, ['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'].includes(fieldType));
    }
    return defineTable<CustomRecord>({
      name: definition.scriptId.toLowerCase(),
      columns,
      scan: () => this.table(definition.scriptId).values(),
    });
  }

  private definition(type: string): CustomRecordTypeDefinition {
    const definition = this.types.get(type);
    if (!definition) throw new SuiteScriptError('INVALID_RCRD_TYPE', `Invalid record type: ${type}`);
    return definition;
  }

  private table(type: string): Map<string, CustomRecord> {
    this.definition(type);
    return this.rows.get(type) as Map<string, CustomRecord>;
  }
}

const companions = new WeakMap<AccountStore, CustomRecordStore>();

/** The custom records of an account: created on first use, shared by everyone holding the store. */
export function customRecordsOf(store: AccountStore): CustomRecordStore {
  let companion = companions.get(store);
  if (!companion) {
    companion = new CustomRecordStore(() => store.clock.now());
    companions.set(store, companion);
  }
  return companion;
}
