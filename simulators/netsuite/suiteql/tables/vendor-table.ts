import type { AccountRecord } from '../../account/types';
import { customColumns, field, flag, reference, recordBasics, type ColumnContext } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { byId } from './lookups';

type Row = Readonly<AccountRecord>;

export function vendorTable(context: ColumnContext): TableDefinition {
  const { store } = context;
  const defaultAddress = (row: Row) =>
    row.sublists.addressbook?.find((line) => line.defaultbilling) ?? row.sublists.addressbook?.[0];
  return defineTable<Row>({
    name: 'vendor',
    columns: {
      ...recordBasics('datecreated'),
      entityid: field('entityid'),
      companyname: field('companyname'),
      isperson: flag((row) => row.fields.isperson),
      firstname: field('firstname'),
      lastname: field('lastname'),
      email: field('email'),
      phone: field('phone'),
      isinactive: flag((row) => row.fields.isinactive),
      subsidiary: reference(context, 'subsidiary', (row) => row.fields.subsidiary),
      currency: reference(context, 'currency', (row) => row.fields.currency),
      terms: reference(context, 'term', (row) => row.fields.terms),
      expenseaccount: reference(context, 'account', (row) => row.fields.expenseaccount),
      payablesaccount: reference(context, 'account', (row) => row.fields.payablesaccount),
      department: reference(context, 'department', (row) => row.fields.department),
      // The default billing address, flattened (NetSuite reaches it through entityaddress joins).
      billaddr1: { get: (row) => (defaultAddress(row)?.addr1 as string | undefined) ?? null },
      billaddr2: { get: (row) => (defaultAddress(row)?.addr2 as string | undefined) ?? null },
      billcity: { get: (row) => (defaultAddress(row)?.city as string | undefined) ?? null },
      billstate: { get: (row) => (defaultAddress(row)?.state as string | undefined) ?? null },
      billzip: { get: (row) => (defaultAddress(row)?.zip as string | undefined) ?? null },
      billcountry: { get: (row) => (defaultAddress(row)?.country as string | undefined) ?? null },
      ...customColumns(store, 'vendor'),
    },
    scan: () => store.scan('vendor'),
    ordered: { column: 'lastmodifieddate', scan: (from) => store.byLastModified('vendor', from) },
    lookup: { id: byId(store, ['vendor']) },
  });
}
