// A small in-memory stand-in for an N/record Record: body fields, sublists and address subrecords.
// It implements the reader interfaces the SuiteApp's plain logic depends on; the type check below
// proves that a real @hitc/netsuite-types Record fits the same interfaces.
import type { Record as NetSuiteRecord } from '@hitc/netsuite-types/N/record';
import type {
  AddressBookReader,
  FieldOptions,
  SublistFieldOptions,
  SublistOptions,
} from '../../../suiteapp/src/lib/record-reader';

/** A select field: the internal id as getValue returns it, and the display text. */
export interface Select {
  value: string;
  text: string;
}

export type FakeValue = string | number | boolean | Date | null | Select | FakeRecord;
export type FakeFields = Record<string, FakeValue>;

export function select(value: string, text: string): Select {
  return { value, text };
}

function isSelect(value: unknown): value is Select {
  return typeof value === 'object' && value !== null && 'value' in value && 'text' in value;
}

export class FakeRecord implements AddressBookReader {
  readonly fields: FakeFields;
  readonly sublists: Record<string, FakeFields[]>;

  constructor(
    fields: FakeFields,
    sublists: Record<string, FakeFields[]> = {},
    readonly type = '',
    public id: number | null = null,
  ) {
    this.fields = { ...fields };
    this.sublists = sublists;
  }

  private static valueOf(raw: FakeValue | undefined): unknown {
    if (raw instanceof FakeRecord) return raw.id;
    return isSelect(raw) ? raw.value : raw;
  }

  private static textOf(raw: FakeValue | undefined): string {
    if (isSelect(raw)) return raw.text;
    return raw === null || raw === undefined || raw instanceof FakeRecord ? '' : String(raw);
  }

  private line(options: SublistFieldOptions): FakeFields {
    const line = this.sublists[options.sublistId]?.[options.line];
    if (!line) throw new Error(`SSS_INVALID_SUBLIST_OPERATION: ${options.sublistId} line ${options.line}`);
    return line;
  }

  getValue(options: FieldOptions): unknown {
    return FakeRecord.valueOf(this.fields[options.fieldId]);
  }

  getText(options: FieldOptions): string {
    return FakeRecord.textOf(this.fields[options.fieldId]);
  }

  setValue(options: { fieldId: string; value: FakeValue }): this {
    this.fields[options.fieldId] = options.value;
    return this;
  }

  getLineCount(options: SublistOptions): number {
    return this.sublists[options.sublistId]?.length ?? -1;
  }

  getSublistValue(options: SublistFieldOptions): unknown {
    return FakeRecord.valueOf(this.line(options)[options.fieldId]);
  }

  getSublistText(options: SublistFieldOptions): string {
    return FakeRecord.textOf(this.line(options)[options.fieldId]);
  }

  getSublistSubrecord(options: SublistFieldOptions): FakeRecord {
    const subrecord = this.line(options)[options.fieldId];
    if (!(subrecord instanceof FakeRecord)) throw new Error(`No subrecord at ${options.sublistId}.${options.fieldId}`);
    return subrecord;
  }

  /** A deep-enough copy, for building the "old" side of an edit. */
  clone(): FakeRecord {
    const sublists = Object.fromEntries(
      Object.entries(this.sublists).map(([id, lines]) => [id, lines.map((line) => ({ ...line }))]),
    );
    return new FakeRecord(this.fields, sublists, this.type, this.id);
  }
}

/** Fails the type-check if a real N/record Record stopped satisfying the reader interfaces. */
export const realRecordFits: NetSuiteRecord extends AddressBookReader ? true : never = true;
