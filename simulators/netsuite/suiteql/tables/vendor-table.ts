import type { AccountRecord } from '../../account/types';
import { customColumns, field, flag, reference, recordBasics, type ColumnContext } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { defaultAddressKey } from './entity-address-table';
import { byId } from './lookups';

type Row = Readonly<AccountRecord>;

export function vendorTable(context: ColumnContext): TableDefinition {
  const { store } = context;
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
      // No department: standard vendors have none (REST schema and the SuiteQL vendor table alike).
      defaultbillingaddress: { get: (row) => defaultAddressKey(row, 'defaultbilling') },
      defaultshippingaddress: { get: (row) => defaultAddressKey(row, 'defaultshipping') },
      ...customColumns(store, 'vendor'),
    },
    scan: () => store.scan('vendor'),
    ordered: { column: 'lastmodifieddate', scan: (from) => store.byLastModified('vendor', from) },
    lookup: { id: byId(store, ['vendor']) },
  });
}
