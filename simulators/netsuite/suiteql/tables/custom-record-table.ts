// A custom record type as a SuiteQL table named after its script id, with lower-case field ids as
// columns (docs/reference/netsuite-api.md "SDF"). A select column holds the referenced internal id, so it joins with
// `transaction.id` or `vendor.id`; BUILTIN.DF gives the referenced record's name.
import type { CustomRecord, CustomRecordStore } from '../../account/custom-record-store';
import type { CustomRecordTypeDefinition } from '../../suitescript/sdf-objects';
import { defineTable, type ColumnDefinition, type TableDefinition } from '../table';
import { SqlTime, type SqlValue } from '../values';

const NUMERIC = ['INTEGER', 'FLOAT', 'CURRENCY', 'PERCENT'];

function plain(fieldId: string, numeric: boolean): ColumnDefinition<CustomRecord> {
  return {
    get: (row) => {
      const raw = row.fields[fieldId];
      if (raw === null || raw === undefined || raw === '') return null;
      if (numeric) return Number(raw);
      if (typeof raw === 'boolean') return raw ? 'T' : 'F';
      return Array.isArray(raw) ? raw.join(',') : (raw as SqlValue);
    },
  };
}

/** A select's internal id; scripts may have stored it as a number. */
function selectedId(row: CustomRecord, fieldId: string): string | null {
  const value = row.fields[fieldId];
  return typeof value === 'string' || typeof value === 'number' ? String(value) || null : null;
}

export function customRecordTable(store: CustomRecordStore, definition: CustomRecordTypeDefinition): TableDefinition {
  const type = definition.scriptId.toLowerCase();
  const columns: Record<string, ColumnDefinition<CustomRecord>> = {
    id: { get: (row) => Number(row.id) },
    name: plain('name', false),
    externalid: plain('externalid', false),
    isinactive: { get: (row) => (row.fields.isinactive ? 'T' : 'F') },
    created: { get: (row) => new SqlTime(row.createdAt, false) },
    lastmodified: { get: (row) => new SqlTime(row.lastModifiedAt, false) },
  };
  for (const [fieldId, fieldType] of Object.entries(definition.fields)) {
    columns[fieldId.toLowerCase()] = plain(fieldId, NUMERIC.includes(fieldType));
  }
  for (const select of store.selectFields(type)) {
    if (definition.fields[select.fieldId] !== 'SELECT') continue;
    columns[select.fieldId.toLowerCase()] = {
      get: (row) => {
        const id = selectedId(row, select.fieldId);
        return id === null ? null : Number(id);
      },
      display: (row) => {
        const id = selectedId(row, select.fieldId);
        return id === null ? null : (store.resolveReference(select.target, id)?.refName ?? null);
      },
    };
  }
  return defineTable<CustomRecord>({ name: type, columns, scan: () => store.scan(type) });
}
