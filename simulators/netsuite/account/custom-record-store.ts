// Custom records (the outbox, the sync state) kept beside the account's standard records, one store
// per AccountStore. Writes stamp last-modified and never run the standard records' save listeners.
// Select fields follow their `onparentdelete` rule when the record they point at is deleted.
import type { CustomRecordFieldDefinition, CustomRecordTypeDefinition } from '../suitescript/sdf-objects';
import { SuiteScriptError } from '../suitescript/script-error';
import { customRecordTable } from '../suiteql/tables/custom-record-table';
import type { TableDefinition } from '../suiteql/table';
import { nextStamp } from './clock';
import { displayName } from './derived';
import { RecordRuleError } from './errors';
import { checkDeletable, releaseReferencesTo } from './parent-delete';
import { ReferenceIndex, type ReferenceHolder } from './reference-index';
import { selectFieldsOf, type SelectField, type SelectTarget } from './select-targets';
import type { AccountStore } from './store';
import type { Fields } from './types';

export interface CustomRecord {
  type: string;
  id: string;
  createdAt: number;
  lastModifiedAt: number;
  fields: Fields;
}

const BUILT_IN: Record<string, string> = { name: 'TEXT', isinactive: 'CHECKBOX', externalid: 'TEXT' };
const missing = (type: string, id: string) =>
  new SuiteScriptError('RCRD_DSNT_EXIST', `That record does not exist: ${type} ${id}`);

export class CustomRecordStore {
  readonly types = new Map<string, CustomRecordTypeDefinition>();
  private readonly rows = new Map<string, Map<string, CustomRecord>>();
  private readonly externalIds = new Map<string, Map<string, string>>();
  private readonly references = new ReferenceIndex();
  private nextId = 1;

  constructor(private readonly account: AccountStore) {}

  define(definition: CustomRecordTypeDefinition): void {
    const type = definition.scriptId.toLowerCase();
    this.types.set(type, { ...definition, scriptId: type });
    if (!this.rows.has(type)) this.rows.set(type, new Map());
    if (!this.externalIds.has(type)) this.externalIds.set(type, new Map());
  }

  /** The defined type a REST path or script names, in any letter case. */
  resolveType(name: string): string | null {
    const type = name.toLowerCase();
    return this.types.has(type) ? type : null;
  }

  isCustomType(type: string): boolean {
    return this.resolveType(type) !== null;
  }

  fieldType(type: string, fieldId: string): string | null {
    return BUILT_IN[fieldId] ?? this.definition(type).fields[fieldId] ?? null;
  }

  fieldDefinition(type: string, fieldId: string): CustomRecordFieldDefinition | null {
    return this.definition(type).fieldDefinitions?.[fieldId] ?? null;
  }

  load(type: string, id: string): CustomRecord {
    const row = this.peek(type, id);
    if (!row) throw missing(type, id);
    return structuredClone(row);
  }

  peek(type: string, id: string): Readonly<CustomRecord> | undefined {
    return this.table(type).get(id);
  }

  findByExternalId(type: string, externalId: string): Readonly<CustomRecord> | undefined {
    const id = this.externalIds.get(this.definition(type).scriptId)?.get(externalId);
    return id === undefined ? undefined : this.peek(type, id);
  }

  scan(type: string): IterableIterator<CustomRecord> {
    return this.table(type).values();
  }

  /** Creates (id null) or replaces a record's fields; last-modified moves at least one second. */
  save(type: string, id: string | null, fields: Fields): CustomRecord {
    const canonical = this.definition(type).scriptId;
    const old = id === null ? undefined : this.peek(canonical, id);
    if (id !== null && !old) throw missing(type, id);
    const externalId = typeof fields.externalid === 'string' && fields.externalid !== '' ? fields.externalid : null;
    const holder = externalId === null ? undefined : this.externalIds.get(canonical)?.get(externalId);
    if (holder !== undefined && holder !== id) {
      throw new RecordRuleError('duplicate_external_id', 'DUP_RCRD', 'A record with that external ID already exists.');
    }
    const row: CustomRecord = {
      type: canonical,
      id: id ?? String(this.nextId++),
      createdAt: old?.createdAt ?? nextStamp(this.account.clock.now()),
      lastModifiedAt: nextStamp(this.account.clock.now(), old?.lastModifiedAt),
      fields: structuredClone(fields),
    };
    if (old) this.unindex(old);
    this.table(canonical).set(row.id, row);
    this.index(row);
    return structuredClone(row);
  }

  delete(type: string, id: string): void {
    const canonical = this.definition(type).scriptId;
    const row = this.peek(canonical, id);
    if (!row) throw missing(type, id);
    this.checkDeletable(canonical, id);
    this.unindex(row);
    this.table(canonical).delete(id);
    this.releaseReferencesTo(canonical, id);
  }

  /** The select fields of a type, with what each points at and its delete rule. */
  selectFields(type: string): SelectField[] {
    return selectFieldsOf(this.definition(type));
  }

  /** The record a select value names, with its REST type and display name, or null when it does not exist. */
  resolveReference(target: SelectTarget, id: string): { type: string; refName: string } | null {
    if (target.kind === 'standard') {
      const type = target.types.find((candidate) => this.account.has(candidate, id));
      return type ? { type, refName: displayName(this.account, type, id) ?? id } : null;
    }
    if (target.kind === 'custom' && this.isCustomType(target.type)) {
      const row = this.peek(target.type, id);
      return row ? { type: row.type, refName: String(row.fields.name ?? id) } : null;
    }
    return null;
  }

  /** Every select value holding this internal id, whatever it points at. */
  holdersOf(id: string): ReferenceHolder[] {
    return this.references.holdersOf(id);
  }

  /** Refuses to delete a record that a NO_ACTION select still points at. */
  checkDeletable(type: string, id: string): void {
    checkDeletable(this, type, id);
  }

  /** After a delete: SET_NULL selects pointing at the record become null. */
  releaseReferencesTo(type: string, id: string): void {
    releaseReferencesTo(this, type, id);
  }

  /** SuiteQL views of every custom record type. */
  tables(): TableDefinition[] {
    return [...this.types.values()].map((definition) => customRecordTable(this, definition));
  }

  private index(row: Readonly<CustomRecord>): void {
    if (typeof row.fields.externalid === 'string' && row.fields.externalid !== '')
      this.externalIds.get(row.type)?.set(row.fields.externalid, row.id);
    for (const { fieldId } of this.selectFields(row.type))
      this.references.add({ type: row.type, id: row.id, fieldId }, row.fields[fieldId]);
  }

  private unindex(row: Readonly<CustomRecord>): void {
    if (typeof row.fields.externalid === 'string') this.externalIds.get(row.type)?.delete(row.fields.externalid);
    for (const { fieldId } of this.selectFields(row.type))
      this.references.remove({ type: row.type, id: row.id, fieldId }, row.fields[fieldId]);
  }

  private definition(type: string): CustomRecordTypeDefinition {
    const definition = this.types.get(type.toLowerCase());
    if (!definition) throw new SuiteScriptError('INVALID_RCRD_TYPE', `Invalid record type: ${type}`);
    return definition;
  }

  private table(type: string): Map<string, CustomRecord> {
    return this.rows.get(this.definition(type).scriptId) as Map<string, CustomRecord>;
  }
}
