import { randomUUID } from 'node:crypto';
import type {
  EventEnvelope,
  RecordType,
  TransactionSnapshot,
  VendorSnapshot,
} from '../../suiteapp/src/lib/snapshot-types';
import { threePlants } from '../../simulators/scenario/three-plants';
import type { Scenario, ScenarioTransaction, ScenarioVendor } from '../../simulators/scenario/types';

// Canonical snapshots of scenario records, as the SuiteApp would send them, for relay tests.

const scenario = threePlants();

export function vendorSnapshot(id: string, from: Scenario = scenario): VendorSnapshot {
  const vendor = find(from.vendors, id);
  return toVendorSnapshot(vendor, from);
}

export function billSnapshot(id: string, from: Scenario = scenario): TransactionSnapshot {
  return toTransactionSnapshot(find(from.bills, id), from);
}

export function purchaseOrderSnapshot(id: string, from: Scenario = scenario): TransactionSnapshot {
  return toTransactionSnapshot(find(from.purchaseOrders, id), from);
}

export function envelope<T extends RecordType>(
  recordType: T,
  snapshot: EventEnvelope<T>['snapshot'],
  overrides: Partial<EventEnvelope<T>> = {},
): EventEnvelope<T> {
  return {
    schemaVersion: 1,
    eventId: randomUUID(),
    occurredAt: new Date().toISOString(),
    recordType,
    recordId: snapshot?.id ?? overrides.recordId ?? '0',
    action: 'edit',
    source: 'userevent',
    snapshot,
    ...overrides,
  };
}

function find<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no record ${id} in the scenario`);
  return item;
}

function toVendorSnapshot(vendor: ScenarioVendor, from: Scenario): VendorSnapshot {
  const currency = find(from.currencies, vendor.currencyId);
  const account = vendor.defaultExpenseAccountId ? find(from.accounts, vendor.defaultExpenseAccountId) : null;
  const terms = vendor.termsId ? find(from.terms, vendor.termsId) : null;
  const subsidiary = find(from.subsidiaries, vendor.subsidiaryId);
  return {
    id: vendor.id,
    entityId: vendor.entityId,
    companyName: vendor.companyName,
    isPerson: vendor.isPerson,
    firstName: vendor.firstName,
    lastName: vendor.lastName,
    email: vendor.email,
    phone: vendor.phone,
    isInactive: vendor.isInactive,
    currency: { id: currency.id, code: currency.code },
    terms: terms ? { id: terms.id, name: terms.name } : null,
    subsidiary: { id: subsidiary.id, name: subsidiary.name },
    defaultExpenseAccount: account ? { id: account.id, number: account.number, name: account.name } : null,
    department: vendor.departmentId ? departmentRef(vendor.departmentId, from) : null,
    address: vendor.address
      ? {
          line1: vendor.address.line1,
          line2: vendor.address.line2,
          city: vendor.address.city,
          state: vendor.address.state,
          zip: vendor.address.zip,
          country: vendor.address.country,
        }
      : null,
    lastModified: vendor.lastModified,
  };
}

function departmentRef(id: string, from: Scenario) {
  const department = find(from.departments, id);
  const parent = department.parentId ? find(from.departments, department.parentId) : null;
  return { id, name: parent ? `${parent.name} : ${department.name}` : department.name };
}

function toTransactionSnapshot(transaction: ScenarioTransaction, from: Scenario): TransactionSnapshot {
  const vendor = find(from.vendors, transaction.vendorId);
  const currency = find(from.currencies, transaction.currencyId);
  const terms = transaction.termsId ? find(from.terms, transaction.termsId) : null;
  const subsidiary = find(from.subsidiaries, transaction.subsidiaryId);
  const accountRef = (id: string) => {
    const account = find(from.accounts, id);
    return { id, number: account.number, name: account.name };
  };
  const location = (id: string | null) => (id ? { id, name: find(from.locations, id).name } : null);
  const cents = transaction.lines.reduce((sum, line) => sum + Math.round(Number(line.amount) * 100), 0);
  return {
    id: transaction.id,
    tranId: transaction.tranId,
    entity: { id: vendor.id, name: vendor.companyName ?? `${vendor.firstName} ${vendor.lastName}` },
    tranDate: transaction.tranDate,
    dueDate: transaction.dueDate,
    currency: { id: currency.id, code: currency.code },
    exchangeRate: transaction.exchangeRate,
    terms: terms ? { id: terms.id, name: terms.name } : null,
    memo: transaction.memo,
    approvalStatus: transaction.approvalStatus,
    status: transaction.status,
    subsidiary: { id: subsidiary.id, name: subsidiary.name },
    department: transaction.departmentId ? departmentRef(transaction.departmentId, from) : null,
    location: location(transaction.locationId),
    total: (cents / 100).toFixed(2),
    purchaseOrders: transaction.purchaseOrderIds.map((id) => ({ id, tranId: find(from.purchaseOrders, id).tranId })),
    expenses: transaction.lines
      .filter((line) => line.kind === 'expense')
      .map((line) => ({
        line: line.line,
        account: accountRef(line.accountId!),
        amount: line.amount,
        department: line.departmentId ? departmentRef(line.departmentId, from) : null,
        location: location(line.locationId),
        memo: line.memo,
      })),
    items: transaction.lines
      .filter((line) => line.kind === 'item')
      .map((line) => {
        const item = find(from.items, line.itemId!);
        return {
          line: line.line,
          item: { id: item.id, name: item.name },
          quantity: line.quantity,
          rate: line.rate,
          amount: line.amount,
          account: item.expenseAccountId ? accountRef(item.expenseAccountId) : null,
          department: line.departmentId ? departmentRef(line.departmentId, from) : null,
          location: location(line.locationId),
          description: line.memo ?? item.name,
        };
      }),
    lastModified: transaction.lastModified,
  };
}
