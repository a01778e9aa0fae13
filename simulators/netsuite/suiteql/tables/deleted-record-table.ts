import type { DeletedRecordEntry } from '../../account/types';
import { instant, text, type ColumnContext } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';

/**
 * How DeletedRecord writes a transaction's type is UNVERIFIED (docs/reference/netsuite-api.md "Deleted records"): `recordtype` style
 * (`vendorbill`) by default, or the SuiteQL type code (`VendBill`).
 */
export type DeletedTypeStyle = 'recordtype' | 'typecode';

const TYPE_CODES: Record<string, string> = {
  vendorbill: 'VendBill',
  purchaseorder: 'PurchOrd',
  vendorpayment: 'VendPymt',
  vendorcredit: 'VendCred',
  vendor: 'Vendor',
};

export function deletedRecordTable(context: ColumnContext, style: DeletedTypeStyle): TableDefinition {
  const typeText = (row: DeletedRecordEntry) =>
    style === 'typecode' ? (TYPE_CODES[row.recordType] ?? row.recordType) : row.recordType;
  return defineTable<DeletedRecordEntry>({
    name: 'deletedrecord',
    columns: {
      deleteddate: instant((row) => row.deletedAt),
      type: { get: typeText },
      recordtype: { get: typeText },
      recordid: { get: (row) => Number(row.recordId) },
      name: text((row) => row.name),
      deletedby: { get: (row) => row.deletedBy, display: (row) => row.deletedBy },
      context: { get: (row) => row.context, display: (row) => CONTEXT_NAMES[row.context] ?? row.context },
      iscustomrecord: { get: () => 'F' },
      scriptid: { get: () => null },
    },
    scan: () => context.store.deleted(),
  });
}

const CONTEXT_NAMES: Record<string, string> = {
  USERINTERFACE: 'User Interface',
  RESTWEBSERVICES: 'REST Web Services',
  WEBSERVICES: 'Web Services',
  CSVIMPORT: 'CSV Import',
  SCHEDULED: 'Scheduled',
  MAPREDUCE: 'Map/Reduce',
  SUITELET: 'Suitelet',
  USEREVENT: 'User Event',
};
