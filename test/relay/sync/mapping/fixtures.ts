// A small, hand-written company for the mapping tests: Procurify reference data, NetSuite
// reference data, and builders for vendor and bill snapshots.
import type {
  ExpenseLine,
  ItemLine,
  TransactionSnapshot,
  VendorSnapshot,
} from '../../../../suiteapp/src/lib/snapshot-types';
import type { MappingOverrides, ReferenceData } from '../../../../relay/src/sync/mapping';

export const ACCOUNT_ID = '1234567_SB1';

export const GL = {
  steel: { id: '101', number: '5010', name: 'Raw Materials' },
  freight: { id: '102', number: '5100', name: 'Freight In' },
  tooling: { id: '103', number: '5300', name: 'Tooling & Dies' },
  software: { id: '104', number: '6100', name: 'Software Subscriptions' },
  noNumber: { id: '105', number: null, name: 'Sundry' },
  retired: { id: '106', number: '6900', name: 'Retired Code' },
} as const;

export const DEPT = {
  hamilton: { id: '2', name: 'Manufacturing : Hamilton Plant' },
  windsor: { id: '4', name: 'Manufacturing : Windsor Plant' },
  admin: { id: '5', name: 'Administration' },
  research: { id: '8', name: 'Research & Development' },
  procurement: { id: '6', name: 'Procurement' },
} as const;

export function references(overrides: Partial<ReferenceData> = {}): ReferenceData {
  return {
    accountCodes: [
      { id: 41, code: '5010', description: 'Raw Materials', active: true },
      { id: 42, code: ' 5100 ', description: 'Freight', active: true },
      { id: 43, code: '6100', description: 'Software', active: true },
      { id: 44, code: '6900', description: 'Retired', active: false },
      { id: 45, code: '7000', description: 'Override target', active: true },
    ],
    departments: [
      // Matched by the prefixed external id.
      { id: 12, name: 'Hamilton', externalId: `ns:${ACCOUNT_ID}:2`, active: true, locationId: 1 },
      // Matched by the last part of the full name.
      { id: 14, name: 'windsor plant', externalId: null, active: true, locationId: 3 },
      // Matched by the bare id.
      { id: 15, name: 'Admin', externalId: '5', active: true, locationId: 1 },
      { id: 16, name: 'Procurement', externalId: null, active: false, locationId: 1 },
    ],
    accounts: [
      { id: 94, accountCodeId: 41, departmentId: 12, active: true },
      { id: 95, accountCodeId: 42, departmentId: 12, active: true },
      { id: 96, accountCodeId: 42, departmentId: 15, active: true },
      { id: 97, accountCodeId: 41, departmentId: 15, active: true },
      { id: 98, accountCodeId: 43, departmentId: 15, active: true },
      { id: 99, accountCodeId: 43, departmentId: 14, active: false },
      { id: 100, accountCodeId: 45, departmentId: 12, active: true },
    ],
    currencies: [
      { id: 3, name: 'USD', active: true },
      { id: 4, name: 'CAD', active: true },
      { id: 5, name: 'EUR', active: false },
    ],
    netsuiteAccounts: [],
    netsuiteDepartments: [],
    ...overrides,
  };
}

export function overrides(accounts: [string, number][] = [], departments: [string, number][] = []): MappingOverrides {
  return { accounts: new Map(accounts), departments: new Map(departments) };
}

export function vendor(fields: Partial<VendorSnapshot> = {}): VendorSnapshot {
  return {
    id: '201',
    entityId: 'V00201',
    companyName: 'Great Lakes Steel Ltd.',
    isPerson: false,
    firstName: null,
    lastName: null,
    email: 'ap@gls.example.com',
    phone: '+1 905 555 0101',
    isInactive: false,
    currency: { id: '3', code: 'CAD' },
    terms: { id: '2', name: 'Net 30' },
    subsidiary: { id: '1', name: 'Northwind' },
    defaultExpenseAccount: null,
    department: null,
    address: { line1: '100 King St W', line2: null, city: 'Hamilton', state: 'ON', zip: 'L8P 4R5', country: 'CA' },
    lastModified: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

export function expense(line: number, fields: Partial<ExpenseLine> = {}): ExpenseLine {
  return {
    line,
    account: GL.steel,
    amount: '100.00',
    department: DEPT.hamilton,
    location: null,
    memo: null,
    ...fields,
  };
}

export function item(line: number, fields: Partial<ItemLine> = {}): ItemLine {
  return {
    line,
    item: { id: '501', name: 'Bolts M8' },
    quantity: '10',
    rate: '1.50',
    amount: '15.00',
    account: GL.freight,
    department: DEPT.hamilton,
    location: null,
    description: null,
    ...fields,
  };
}

export function bill(fields: Partial<TransactionSnapshot> = {}): TransactionSnapshot {
  return {
    id: '1001',
    tranId: 'GLS-88213',
    entity: { id: '201', name: 'Great Lakes Steel Ltd.' },
    tranDate: '2026-11-10',
    dueDate: '2026-12-10',
    currency: { id: '3', code: 'CAD' },
    exchangeRate: '0.73',
    terms: { id: '2', name: 'Net 30' },
    memo: null,
    approvalStatus: 'approved',
    status: 'Open',
    subsidiary: { id: '1', name: 'Northwind' },
    department: DEPT.hamilton,
    location: null,
    total: '4630.50',
    purchaseOrders: [],
    expenses: [
      expense(1, { amount: '4250.00', memo: 'Steel stock, October' }),
      expense(2, { account: GL.freight, amount: '380.50', memo: 'Freight in' }),
    ],
    items: [],
    lastModified: '2026-11-10T09:00:00Z',
    ...fields,
  };
}
