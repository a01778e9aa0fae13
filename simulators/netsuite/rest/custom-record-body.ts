// Turns a custom record PUT/PATCH body into stored fields, checking each value against its SDF field
// type: text lengths (TEXT 300, TEXTAREA 4,000, CLOBTEXT 1,000,000), numbers, dates, checkboxes, and
// selects, which must be `{ "id": "…" }` or null and name an existing record of the field's type.
import { TEXT_LIMITS, checkText } from '../account/custom-fields';
import type { CustomRecordStore } from '../account/custom-record-store';
import { selectTargetOf } from '../account/select-targets';
import { invalidValue, ValueProblem } from './value-problem';
import type { FieldValue, Fields } from '../account/types';

export type BodyOutcome =
  { ok: true; fields: Fields; warnings: string[] } | { ok: false; detail: string; path: string };

const LIMITS: Record<string, number> = {
  TEXT: TEXT_LIMITS.text,
  EMAIL: TEXT_LIMITS.text,
  URL: TEXT_LIMITS.text,
  PHONE: TEXT_LIMITS.text,
  PASSWORD: TEXT_LIMITS.text,
  TEXTAREA: TEXT_LIMITS.textarea,
  CLOBTEXT: TEXT_LIMITS.clobtext,
};
const READ_ONLY = new Set(['id', 'links', 'refName', 'created', 'lastModified', 'owner', 'recType']);
const STANDARD: Record<string, { field: string; type: string }> = {
  name: { field: 'name', type: 'TEXT' },
  isInactive: { field: 'isinactive', type: 'CHECKBOX' },
  externalId: { field: 'externalid', type: 'TEXT' },
};

function referenceId(store: CustomRecordStore, type: string, fieldId: string, value: unknown): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw invalidValue(value, fieldId);
  const target = selectTargetOf(store.fieldDefinition(type, fieldId)?.selectRecordType ?? null);
  if (target.kind !== 'unmodelled' && !store.resolveReference(target, id)) throw invalidValue(id, fieldId);
  return id;
}

function convert(store: CustomRecordStore, type: string, fieldId: string, fieldType: string, value: unknown) {
  if (value === null) return null;
  const limit = LIMITS[fieldType];
  if (limit !== undefined) {
    const problem = checkText(value, limit);
    if (problem)
      throw new ValueProblem(`Error while accessing resource: The value for field ${fieldId} ${problem}.`, fieldId);
    return value as string;
  }
  switch (fieldType) {
    case 'CHECKBOX':
      if (typeof value !== 'boolean') throw invalidValue(value, fieldId);
      return value;
    case 'INTEGER':
      if (!Number.isInteger(value)) throw invalidValue(value, fieldId);
      return value as number;
    case 'FLOAT':
    case 'CURRENCY':
    case 'PERCENT':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidValue(value, fieldId);
      return value;
    case 'DATE':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalidValue(value, fieldId);
      return value;
    case 'SELECT':
      return referenceId(store, type, fieldId, value);
    case 'MULTISELECT': {
      const items = (value as { items?: unknown }).items;
      if (!Array.isArray(items)) throw invalidValue(value, fieldId);
      return items.map((item) => referenceId(store, type, fieldId, item));
    }
    default:
      if (typeof value === 'object') throw invalidValue(value, fieldId);
      return value as FieldValue;
  }
}

/** Values of a custom record body, keyed as stored; unknown properties follow `unknownProperty`. */
export function readCustomRecordBody(
  store: CustomRecordStore,
  type: string,
  body: Record<string, unknown>,
  unknownProperty: 'error' | 'warning' | 'ignore',
): BodyOutcome {
  const fields: Fields = {};
  const warnings: string[] = [];
  try {
    for (const [key, value] of Object.entries(body)) {
      const standard = STANDARD[key];
      const fieldType = standard?.type ?? (key.startsWith('custrecord') ? store.fieldType(type, key) : null);
      if (fieldType) {
        fields[standard?.field ?? key] = convert(store, type, key, fieldType, value);
        if (key === 'externalId' && value !== null && !/^[A-Za-z0-9_-]+$/.test(String(value)))
          throw invalidValue(value, key);
      } else if (READ_ONLY.has(key)) {
        throw new ValueProblem(`Error while accessing resource: The field ${key} is read-only.`, key);
      } else if (unknownProperty === 'error') {
        throw new ValueProblem(`Error while accessing resource: Unknown field ${key}.`, key);
      } else if (unknownProperty === 'warning') warnings.push(`Unknown field ${key} was ignored.`);
    }
  } catch (error) {
    if (error instanceof ValueProblem) return { ok: false, detail: error.detail, path: error.path };
    throw error;
  }
  return { ok: true, fields, warnings };
}
