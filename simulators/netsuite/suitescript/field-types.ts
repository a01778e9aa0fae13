// How SuiteScript sees a stored field: which are selects (and of what), dates, checkboxes.
// The REST field table already lists every standard field with its SuiteScript id; reuse it.
import type { RecordType } from '../account/types';
import { isRecordType } from '../account/types';
import { BODY_FIELDS, SUBLISTS, type RestField } from '../rest/field-specs';

export interface FieldKind {
  kind: RestField['kind'];
  refType?: RecordType;
}

const BODY = new Map<string, Map<string, FieldKind>>();
const LINES = new Map<string, Map<string, FieldKind>>();

for (const [type, fields] of Object.entries(BODY_FIELDS)) {
  BODY.set(type, new Map(fields.map((field) => [field.field, { kind: field.kind, refType: field.refType }])));
}
for (const [type, sublists] of Object.entries(SUBLISTS)) {
  for (const sublist of sublists ?? []) {
    LINES.set(
      `${type}.${sublist.sublist}`,
      new Map(sublist.fields.map((field) => [field.field, { kind: field.kind, refType: field.refType }])),
    );
  }
}

export function bodyFieldKind(type: string, fieldId: string): FieldKind | undefined {
  return BODY.get(type)?.get(fieldId);
}

export function lineFieldKind(type: string, sublistId: string, fieldId: string): FieldKind | undefined {
  return LINES.get(`${type}.${sublistId}`)?.get(fieldId);
}

/** Datetime fields NetSuite stamps itself; scripts read them as Date objects. */
export const STAMP_FIELDS = new Set(['lastmodifieddate', 'createddate', 'datecreated']);

export function isStandardType(type: string): type is RecordType {
  return isRecordType(type);
}
