// The REST JSON of a custom record: id, externalId, name, isInactive, created, lastModified, and each
// custom field under its script id. Selects render like other references: `{ links, id, refName }`.
import type { CustomRecord, CustomRecordStore } from '../account/custom-record-store';
import { selectTargetOf } from '../account/select-targets';
import type { FieldValue } from '../account/types';

const selfLink = (href: string) => [{ rel: 'self', href }];
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const NUMERIC = ['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'];

function reference(store: CustomRecordStore, row: Readonly<CustomRecord>, fieldId: string, id: string, origin: string) {
  const target = selectTargetOf(store.fieldDefinition(row.type, fieldId)?.selectRecordType ?? null);
  const found = store.resolveReference(target, id);
  const type =
    found?.type ?? (target.kind === 'custom' ? target.type : target.kind === 'standard' ? target.types[0] : '');
  return { links: selfLink(`${origin}/services/rest/record/v1/${type}/${id}`), id, refName: found?.refName ?? id };
}

function renderValue(
  store: CustomRecordStore,
  row: Readonly<CustomRecord>,
  fieldId: string,
  fieldType: string,
  value: FieldValue,
  origin: string,
): unknown {
  if (fieldType === 'SELECT') return reference(store, row, fieldId, String(value), origin);
  if (fieldType === 'MULTISELECT') {
    const items = (Array.isArray(value) ? value : [String(value)]).map((id) =>
      reference(store, row, fieldId, id, origin),
    );
    return { items, totalResults: items.length };
  }
  if (fieldType === 'CHECKBOX') return Boolean(value);
  return NUMERIC.includes(fieldType) ? Number(value) : value;
}

export function renderCustomRecord(
  store: CustomRecordStore,
  row: Readonly<CustomRecord>,
  origin: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    links: selfLink(`${origin}/services/rest/record/v1/${row.type}/${row.id}`),
    id: row.id,
  };
  if (row.fields.externalid) body.externalId = row.fields.externalid;
  if (row.fields.name !== null && row.fields.name !== undefined) body.name = row.fields.name;
  body.isInactive = Boolean(row.fields.isinactive);
  body.created = isoSeconds(row.createdAt);
  body.lastModified = isoSeconds(row.lastModifiedAt);
  for (const [fieldId, fieldType] of Object.entries(store.types.get(row.type)?.fields ?? {})) {
    const value = row.fields[fieldId];
    // Empty fields are left out, as on standard records; checkboxes always show.
    if (value === null || value === undefined || value === '') {
      if (fieldType === 'CHECKBOX') body[fieldId] = false;
      continue;
    }
    body[fieldId] = renderValue(store, row, fieldId, fieldType, value, origin);
  }
  return body;
}
