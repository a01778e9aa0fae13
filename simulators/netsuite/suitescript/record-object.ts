// The N/record Record object scripts see. It reads and writes a plain state (fields + sublists as
// the account stores them) and converts values the way SuiteScript does: dates as Date objects,
// amounts as numbers, selects as string ids, checkboxes as booleans; getText gives display names.
import { APPROVAL_STATUS_NAMES, displayName, transactionTotal } from '../account/derived';
import type { AccountRecord, FieldValue, Fields } from '../account/types';
import type { Engine } from './engine';
import { bodyFieldKind, isStandardType, lineFieldKind, STAMP_FIELDS, type FieldKind } from './field-types';
import { SuiteScriptError } from './script-error';

export interface RecordState {
  type: string;
  id: string | null;
  fields: Fields;
  sublists: Record<string, Fields[]>;
  createdAt: number | null;
  lastModifiedAt: number | null;
  /** The xedit newRecord: holds only the changed fields. */
  partial: boolean;
}

export function stateOf(record: Readonly<AccountRecord>, partialFields?: readonly string[]): RecordState {
  const fields: Fields = {};
  if (partialFields) for (const id of partialFields) fields[id] = structuredClone(record.fields[id] ?? null);
  return {
    type: record.type,
    id: record.id,
    fields: partialFields ? fields : structuredClone(record.fields),
    sublists: partialFields ? {} : structuredClone(record.sublists),
    createdAt: record.createdAt,
    lastModifiedAt: record.lastModifiedAt,
    partial: partialFields !== undefined,
  };
}

type FieldArg = { fieldId: string } | string;
type LineArg = { sublistId: string; fieldId: string; line: number };

const ADDRESS_FIELDS = ['addr1', 'addr2', 'addr3', 'city', 'state', 'zip', 'country', 'addressee', 'addrphone'];

function fieldIdOf(options: FieldArg): string {
  const id = typeof options === 'string' ? options : options?.fieldId;
  if (typeof id !== 'string' || id === '')
    throw new SuiteScriptError('SSS_MISSING_REQD_ARGUMENT', 'fieldId is required');
  return id;
}

export class ScriptRecord {
  constructor(
    readonly state: RecordState,
    private readonly engine: Engine,
  ) {}

  get id(): number | null {
    return this.state.id === null ? null : Number(this.state.id);
  }

  get type(): string {
    return this.state.type;
  }

  get isDynamic(): boolean {
    return false;
  }

  getFields(): string[] {
    return Object.keys(this.state.fields);
  }

  getValue(options: FieldArg): unknown {
    const fieldId = fieldIdOf(options);
    const { state } = this;
    if (fieldId === 'id') return state.id ?? '';
    if (STAMP_FIELDS.has(fieldId) && !state.partial) {
      const ms = fieldId === 'lastmodifieddate' ? state.lastModifiedAt : state.createdAt;
      return ms === null ? '' : this.engine.realmDate(ms);
    }
    if (
      fieldId === 'total' &&
      isStandardType(state.type) &&
      (state.type === 'vendorbill' || state.type === 'purchaseorder')
    ) {
      return transactionTotal({ ...(state as unknown as AccountRecord), sublists: state.sublists });
    }
    return this.outgoing(state.fields[fieldId], bodyFieldKind(state.type, fieldId));
  }

  getText(options: FieldArg): string {
    const fieldId = fieldIdOf(options);
    const value = this.state.fields[fieldId];
    if (fieldId === 'approvalstatus') return APPROVAL_STATUS_NAMES[String(value ?? '')] ?? '';
    return this.textOf(value, bodyFieldKind(this.state.type, fieldId));
  }

  setValue(options: { fieldId: string; value: unknown }): this {
    const fieldId = fieldIdOf(options);
    this.state.fields[fieldId] = this.incoming(options.value, fieldId);
    return this;
  }

  setText(options: { fieldId: string; text: string }): this {
    this.state.fields[fieldIdOf(options)] = options.text === '' ? null : options.text;
    return this;
  }

  getLineCount(options: { sublistId: string }): number {
    return this.state.sublists[options.sublistId]?.length ?? 0;
  }

  getSublistFields(options: { sublistId: string }): string[] {
    const names = new Set<string>();
    for (const line of this.state.sublists[options.sublistId] ?? [])
      for (const key of Object.keys(line)) names.add(key);
    return [...names];
  }

  getSublistValue(options: LineArg): unknown {
    const line = this.line(options);
    return this.outgoing(line[options.fieldId], lineFieldKind(this.state.type, options.sublistId, options.fieldId));
  }

  getSublistText(options: LineArg): string {
    const line = this.line(options);
    return this.textOf(line[options.fieldId], lineFieldKind(this.state.type, options.sublistId, options.fieldId));
  }

  setSublistValue(options: LineArg & { value: unknown }): this {
    const lines = (this.state.sublists[options.sublistId] ??= []);
    if (options.line === lines.length) lines.push({});
    const line = this.line(options);
    line[options.fieldId] = this.incoming(options.value, options.fieldId);
    return this;
  }

  removeLine(options: { sublistId: string; line: number }): this {
    this.line({ ...options, fieldId: '' });
    this.state.sublists[options.sublistId]?.splice(options.line, 1);
    return this;
  }

  /** The address subrecord of a vendor's address book line (stored flat on the line). */
  getSublistSubrecord(options: LineArg): ScriptRecord {
    if (options.sublistId !== 'addressbook' || options.fieldId !== 'addressbookaddress') {
      throw new SuiteScriptError('FIELD_1_IS_NOT_A_SUBRECORD_FIELD', `${options.fieldId} is not a subrecord field`);
    }
    const line = this.line(options);
    const fields: Fields = {};
    for (const id of ADDRESS_FIELDS) fields[id] = line[id] ?? null;
    const address: RecordState = {
      type: 'address',
      id: null,
      fields,
      sublists: {},
      createdAt: null,
      lastModifiedAt: null,
      partial: false,
    };
    return new ScriptRecord(address, this.engine);
  }

  save(options: { enableSourcing?: boolean; ignoreMandatoryFields?: boolean } = {}): number {
    void options;
    return Number(this.engine.saveRecord(this.state));
  }

  toJSON(): Record<string, unknown> {
    return {
      id: this.state.id,
      type: this.state.type,
      isDynamic: false,
      fields: this.state.fields,
      sublists: this.state.sublists,
    };
  }

  private line(options: LineArg): Fields {
    const lines = this.state.sublists[options.sublistId] ?? [];
    const line = lines[options.line];
    if (!Number.isInteger(options.line) || !line) {
      throw new SuiteScriptError(
        'SSS_INVALID_SUBLIST_OPERATION',
        `You have attempted an invalid sublist or line item operation: ${options.sublistId} line ${options.line}`,
      );
    }
    return line;
  }

  private outgoing(value: FieldValue | undefined, kind: FieldKind | undefined): unknown {
    if (value === null || value === undefined) return kind?.kind === 'boolean' ? false : '';
    if (kind?.kind === 'date' && typeof value === 'string') {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      return this.engine.realmLocalDate(year, month - 1, day);
    }
    return Array.isArray(value) ? [...value] : value;
  }

  private textOf(value: FieldValue | undefined, kind: FieldKind | undefined): string {
    if (value === null || value === undefined) return '';
    if (kind?.kind === 'ref' && kind.refType && typeof value === 'string') {
      return displayName(this.engine.store, kind.refType, value) ?? '';
    }
    if (typeof value === 'boolean') return value ? 'T' : 'F';
    return Array.isArray(value) ? value.join(', ') : String(value);
  }

  private incoming(value: unknown, fieldId: string): FieldValue {
    if (value === undefined || value === null || value === '') return null;
    if (value instanceof this.engine.realmDateClass || value instanceof Date) {
      const date = value as Date;
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    }
    const customType = this.engine.customRecords.isCustomType(this.state.type)
      ? this.engine.customRecords.fieldType(this.state.type, fieldId)
      : undefined;
    if (customType === null) {
      throw new SuiteScriptError('INVALID_FLD', `${fieldId} is not a field of ${this.state.type}`);
    }
    if (customType && ['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'].includes(customType)) return Number(value);
    const standardKind = bodyFieldKind(this.state.type, fieldId)?.kind;
    if (customType === 'CHECKBOX' || standardKind === 'boolean') return value === true || value === 'T';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(String);
    return String(value);
  }
}
