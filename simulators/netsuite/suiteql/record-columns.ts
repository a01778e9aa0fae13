import { displayName } from '../account/derived';
import type { AccountStore } from '../account/store';
import type { AccountRecord, FieldValue, RecordType } from '../account/types';
import { dateOnlyToInstant } from './date-format';
import type { ColumnDefinition } from './table';
import { SqlTime, type SqlValue } from './values';

// Column builders shared by the table views: how a stored field reads in SuiteQL.

type Row = Readonly<AccountRecord>;
type Pick<R> = (row: R) => FieldValue | undefined;

export interface ColumnContext {
  store: AccountStore;
  timeZone: string;
}

export function text<R = Row>(pick: Pick<R>): ColumnDefinition<R> {
  return {
    get: (row) => {
      const value = pick(row);
      return value === null || value === undefined || value === '' ? null : String(value);
    },
  };
}

export function field(name: string): ColumnDefinition<Row> {
  return text((row) => row.fields[name]);
}

export function numeric<R = Row>(pick: Pick<R>): ColumnDefinition<R> {
  return {
    get: (row) => {
      const value = pick(row);
      return value === null || value === undefined || value === '' ? null : Number(value);
    },
  };
}

/** Checkboxes read as 'T' / 'F'. */
export function flag<R = Row>(pick: Pick<R>): ColumnDefinition<R> {
  return { get: (row) => (pick(row) ? 'T' : 'F') };
}

/** A select field: the internal id as a number, `BUILTIN.DF` gives the referenced record's name. */
export function reference<R = Row>(context: ColumnContext, type: RecordType, pick: Pick<R>): ColumnDefinition<R> {
  const id = (row: R) => {
    const value = pick(row);
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return {
    get: (row) => {
      const value = id(row);
      return value === null ? null : Number(value);
    },
    display: (row) => {
      const value = id(row);
      return value === null ? null : displayName(context.store, type, value);
    },
  };
}

/** A DATE field stored as `YYYY-MM-DD`. */
export function date<R = Row>(context: ColumnContext, pick: Pick<R>): ColumnDefinition<R> {
  return {
    get: (row) => {
      const value = pick(row);
      return typeof value === 'string' && value !== ''
        ? new SqlTime(dateOnlyToInstant(value, context.timeZone), true)
        : null;
    },
  };
}

export function instant<R>(pick: (row: R) => number | null): ColumnDefinition<R> {
  return {
    get: (row) => {
      const value = pick(row);
      return value === null ? null : new SqlTime(value, false);
    },
  };
}

export function constant<R>(value: SqlValue): ColumnDefinition<R> {
  return { get: () => value };
}

/** The id column and `lastmodifieddate`/created columns every record table has. */
export function recordBasics(createdColumn: string): Record<string, ColumnDefinition<Row>> {
  return {
    id: numeric((row) => row.id),
    [createdColumn]: instant((row) => row.createdAt),
    lastmodifieddate: instant((row) => row.lastModifiedAt),
    externalid: field('externalid'),
  };
}

/** Every custom field of a record (`custbody_*`, `custentity_*`) as a text column. */
export function customColumns(store: AccountStore, type: RecordType): Record<string, ColumnDefinition<Row>> {
  const columns: Record<string, ColumnDefinition<Row>> = {};
  for (const definition of store.customFields.values()) {
    if (definition.appliesTo.includes(type)) columns[definition.id] = field(definition.id);
  }
  return columns;
}
