import { fullName } from '../../account/derived';
import type { AccountRecord, RecordType } from '../../account/types';
import { field, flag, numeric, reference, recordBasics, text, type ColumnContext } from '../record-columns';
import { defineTable, type ColumnDefinition, type TableDefinition } from '../table';
import { byId } from './lookups';

type Row = Readonly<AccountRecord>;

function referenceTable(
  context: ColumnContext,
  name: string,
  type: RecordType,
  columns: Record<string, ColumnDefinition<Row>>,
): TableDefinition {
  return defineTable<Row>({
    name,
    columns: { ...recordBasics('createddate'), isinactive: flag((row) => row.fields.isinactive), ...columns },
    scan: () => context.store.scan(type),
    ordered: { column: 'lastmodifieddate', scan: (from) => context.store.byLastModified(type, from) },
    lookup: { id: byId(context.store, [type]) },
  });
}

function hierarchy(context: ColumnContext, type: RecordType): Record<string, ColumnDefinition<Row>> {
  return {
    name: field('name'),
    fullname: text((row) => fullName(context.store, type, row.id)),
    parent: reference(context, type, (row) => row.fields.parent),
  };
}

export function referenceTables(context: ColumnContext): TableDefinition[] {
  return [
    referenceTable(context, 'account', 'account', {
      acctnumber: field('acctnumber'),
      // The name without its number; NetSuite's SuiteQL account table has no acctname column.
      accountsearchdisplaynamecopy: field('acctname'),
      accttype: field('accttype'),
      fullname: text((row) => row.fields.acctname),
      accountsearchdisplayname: text((row) => [row.fields.acctnumber, row.fields.acctname].filter(Boolean).join(' ')),
      displaynamewithhierarchy: text((row) => [row.fields.acctnumber, row.fields.acctname].filter(Boolean).join(' ')),
      parent: reference(context, 'account', (row) => row.fields.parent),
    }),
    referenceTable(context, 'department', 'department', {
      ...hierarchy(context, 'department'),
      subsidiary: reference(context, 'subsidiary', (row) => row.fields.subsidiary),
    }),
    referenceTable(context, 'location', 'location', {
      ...hierarchy(context, 'location'),
      subsidiary: reference(context, 'subsidiary', (row) => row.fields.subsidiary),
    }),
    referenceTable(context, 'subsidiary', 'subsidiary', {
      ...hierarchy(context, 'subsidiary'),
      currency: reference(context, 'currency', (row) => row.fields.currency),
      country: field('country'),
    }),
    referenceTable(context, 'term', 'term', {
      name: field('name'),
      daysuntilnetdue: numeric((row) => row.fields.daysuntilnetdue),
    }),
    referenceTable(context, 'currency', 'currency', {
      name: field('name'),
      symbol: field('symbol'),
      displaysymbol: field('displaysymbol'),
      exchangerate: numeric((row) => row.fields.exchangerate),
      isbasecurrency: flag((row) => row.fields.isbasecurrency),
    }),
    referenceTable(context, 'item', 'item', {
      itemid: field('itemid'),
      displayname: field('displayname'),
      itemtype: field('itemtype'),
      expenseaccount: reference(context, 'account', (row) => row.fields.expenseaccount),
    }),
  ];
}
