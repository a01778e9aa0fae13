import { checkCustomValue } from '../account/custom-fields';
import type { AccountStore } from '../account/store';
import type { AccountRecord, FieldValue, Fields, RecordType } from '../account/types';
import { invalidValue, ValueProblem } from './value-problem';
import { BODY_FIELDS, READ_ONLY_PROPERTIES, SUBLISTS, customPrefix, type RestField } from './field-specs';

export type PatchOutcome =
  | { ok: true; fields: Fields; sublists: Record<string, Fields[]>; warnings: string[] }
  | { ok: false; detail: string; path: string };

function convert(store: AccountStore, spec: RestField, value: unknown, path: string): FieldValue {
  if (value === null) return null;
  switch (spec.kind) {
    case 'text':
      if (typeof value !== 'string') throw invalidValue(value, path);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalidValue(value, path);
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidValue(value, path);
      return value;
    case 'date':
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalidValue(value, path);
      return value;
    case 'enum': {
      const id = typeof value === 'object' ? (value as { id?: unknown }).id : value;
      if (typeof id !== 'string') throw invalidValue(value, path);
      return id;
    }
    case 'ref': {
      const id = typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || !store.has(spec.refType as RecordType, id)) throw invalidValue(id ?? value, path);
      return id;
    }
  }
}

function applyCustom(store: AccountStore, type: RecordType, key: string, value: unknown): FieldValue | undefined {
  const definition = store.customFields.get(key);
  if (!definition || !definition.appliesTo.includes(type)) return undefined;
  const problem = checkCustomValue(definition, value);
  if (problem) throw new ValueProblem(`Error while accessing resource: The value for field ${key} ${problem}.`, key);
  return value as FieldValue;
}

function mergeLines(
  store: AccountStore,
  specs: RestField[],
  current: readonly Fields[],
  patch: unknown,
  replace: boolean,
  path: string,
): Fields[] {
  const items = (patch as { items?: unknown })?.items;
  if (!Array.isArray(items))
    throw new ValueProblem(`Error while accessing resource: ${path} must be an object with "items".`, path);
  const lines = replace ? [] : current.map((line) => ({ ...line }));
  items.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) throw invalidValue(item, `${path}.items[${index}]`);
    const values: Fields = {};
    for (const [key, value] of Object.entries(item)) {
      const spec = specs.find((candidate) => candidate.rest === key);
      if (!spec && !key.startsWith('custcol'))
        throw new ValueProblem(
          `Error while accessing resource: Unknown field ${key}.`,
          `${path}.items[${index}].${key}`,
        );
      values[spec?.field ?? key] = spec
        ? convert(store, spec, value, `${path}.items[${index}].${key}`)
        : (value as FieldValue);
    }
    const existing = values.line === undefined ? undefined : lines.find((line) => line.line === values.line);
    if (existing) Object.assign(existing, values);
    else lines.push({ line: lines.reduce((max, line) => Math.max(max, Number(line.line ?? 0)), 0) + 1, ...values });
  });
  return lines;
}

/**
 * Turns a PATCH body into stored changes. Lines merge by `line` unless the sublist is named in
 * `replace`. Unknown properties are an INVALID_CONTENT error unless the mode is 'warning'.
 */
export function applyPatch(
  store: AccountStore,
  record: Readonly<AccountRecord>,
  body: Record<string, unknown>,
  options: { replace: Set<string>; unknownProperty: 'error' | 'warning' | 'ignore' },
): PatchOutcome {
  const fields: Fields = {};
  const sublists: Record<string, Fields[]> = {};
  const warnings: string[] = [];
  try {
    for (const [key, value] of Object.entries(body)) {
      const spec = BODY_FIELDS[record.type].find((candidate) => candidate.rest === key);
      const sublist = SUBLISTS[record.type]?.find((candidate) => candidate.rest === key);
      const prefix = customPrefix(record.type);
      if (spec && !spec.readOnly) fields[spec.field] = convert(store, spec, value, key);
      else if (sublist && sublist.fields.length > 0) {
        sublists[sublist.sublist] = mergeLines(
          store,
          sublist.fields,
          record.sublists[sublist.sublist] ?? [],
          value,
          options.replace.has(key),
          key,
        );
      } else if (spec || READ_ONLY_PROPERTIES.has(key)) {
        throw new ValueProblem(`Error while accessing resource: The field ${key} is read-only.`, key);
      } else {
        const custom = prefix && key.startsWith(prefix) ? applyCustom(store, record.type, key, value) : undefined;
        if (custom !== undefined) fields[key] = custom;
        else if (options.unknownProperty === 'error')
          throw new ValueProblem(`Error while accessing resource: Unknown field ${key}.`, key);
        else if (options.unknownProperty === 'warning') warnings.push(`Unknown field ${key} was ignored.`);
      }
    }
  } catch (error) {
    if (error instanceof ValueProblem) return { ok: false, detail: error.detail, path: error.path };
    throw error;
  }
  return { ok: true, fields, sublists, warnings };
}
