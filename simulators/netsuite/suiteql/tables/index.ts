import { tablesWithFeatures } from '../../account/features';
import type { ColumnContext } from '../record-columns';
import type { TableDefinition } from '../table';
import { accountingPeriodTable } from './accounting-period-table';
import { entityAddressTable } from './entity-address-table';
import { deletedRecordTable, type DeletedTypeStyle } from './deleted-record-table';
import { transactionLineTables } from './line-tables';
import { referenceTables } from './reference-tables';
import { previousTransactionLinkTable, transactionTable } from './transaction-table';
import { vendorTable } from './vendor-table';

export interface TableOptions extends ColumnContext {
  deletedTypeStyle: DeletedTypeStyle;
}

/** Every table SuiteQL can read in this account, by lower-case name; custom record types are tables named after their script ids. */
export function createTables(options: TableOptions): Map<string, TableDefinition> {
  const tables = [
    vendorTable(options),
    entityAddressTable(options.store),
    transactionTable(options),
    ...transactionLineTables(options),
    previousTransactionLinkTable(options),
    previousTransactionLinkTable(options, 'nexttransactionlinelink'),
    ...referenceTables(options),
    deletedRecordTable(options, options.deletedTypeStyle),
    accountingPeriodTable(options),
    ...options.store.customRecords.tables(),
  ];
  // An account without a feature has neither its columns nor its tables (account/features.ts).
  return tablesWithFeatures(new Map(tables.map((table) => [table.name, table])), options.store.features);
}
