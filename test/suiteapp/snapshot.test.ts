import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../suiteapp/src/lib/build-snapshot';
import { cachedLookups } from '../../suiteapp/src/lib/reference-lookups';
import { buildTransactionSnapshot } from '../../suiteapp/src/lib/transaction-snapshot';
import { buildVendorSnapshot } from '../../suiteapp/src/lib/vendor-snapshot';
import { FakeRecord, select } from './fakes/fake-record';
import { samplePurchaseOrder, sampleBill, sampleVendor } from './fakes/sample-records';
import { DEMO_TABLES, tableLookups } from './fakes/table-lookups';

const NOW = new Date('2026-11-21T09:00:00Z');

describe('vendor snapshot', () => {
  it('carries exactly the canonical fields, with the default billing address', () => {
    const snapshot = buildVendorSnapshot(sampleVendor(), '4711', tableLookups(DEMO_TABLES), NOW);
    expect(snapshot).toEqual({
      id: '4711',
      entityId: 'ACME-001',
      companyName: 'Acme Supplies Ltd',
      isPerson: false,
      firstName: null,
      lastName: null,
      email: 'ap@acme.example; billing@acme.example',
      phone: '+1 416 555 0100',
      isInactive: false,
      currency: { id: '2', code: 'CAD' },
      terms: { id: '4', name: 'Net 30' },
      subsidiary: { id: '1', name: 'Acme Holdings Canada' },
      defaultExpenseAccount: { id: '58', number: '6100', name: 'Software Subscriptions' },
      department: null,
      address: { line1: '1 Harbour St', line2: null, city: 'Toronto', state: 'ON', zip: 'M5J 2N8', country: 'CA' },
      lastModified: '2026-11-20T14:03:11Z',
    });
  });

  it('reads a person vendor with no address, no expense account and T/F checkboxes', () => {
    const vendor = sampleVendor({
      isperson: 'T',
      firstname: 'Ada',
      lastname: 'Lovelace',
      companyname: null,
      isinactive: 'T',
      expenseaccount: null,
    });
    vendor.sublists.addressbook = [];
    const snapshot = buildVendorSnapshot(vendor, '12', tableLookups(DEMO_TABLES), NOW);
    expect(snapshot).toMatchObject({
      isPerson: true,
      firstName: 'Ada',
      lastName: 'Lovelace',
      companyName: null,
      isInactive: true,
    });
    expect(snapshot.address).toBeNull();
    expect(snapshot.defaultExpenseAccount).toBeNull();
  });
});

describe('vendor bill snapshot', () => {
  const snapshot = buildTransactionSnapshot(sampleBill(), '55', 'vendorbill', tableLookups(DEMO_TABLES), NOW);

  it('formats the header: local dates, decimal strings, approval in words', () => {
    expect(snapshot).toMatchObject({
      id: '55',
      tranId: 'INV-2026-118',
      entity: { id: '4711', name: 'Acme Supplies Ltd' },
      tranDate: '2026-11-18',
      dueDate: '2026-12-18',
      currency: { id: '2', code: 'CAD' },
      exchangeRate: '0.731',
      approvalStatus: 'approved',
      status: 'Open',
      department: { id: '7', name: 'Engineering' },
      location: null,
      total: '1375.50',
      lastModified: '2026-11-20T14:03:11Z',
    });
  });

  it('reads expense lines with the GL account number, and accounts without one', () => {
    expect(snapshot.expenses).toEqual([
      {
        line: 1,
        account: { id: '58', number: '6100', name: 'Software Subscriptions' },
        amount: '1200.00',
        department: { id: '7', name: 'Engineering' },
        location: null,
        memo: 'Design tool seats',
      },
      {
        line: 2,
        account: { id: '59', number: null, name: 'Travel' },
        amount: '50.50',
        department: null,
        location: null,
        memo: null,
      },
    ]);
  });

  it("reads item lines with the item's expense account", () => {
    expect(snapshot.items).toEqual([
      {
        line: 3,
        item: { id: '301', name: 'Toner cartridge' },
        quantity: '5',
        rate: '25',
        amount: '125.00',
        account: { id: '60', number: '6300', name: 'Office Supplies' },
        department: { id: '8', name: 'Operations : Facilities' },
        location: { id: '3', name: 'Toronto' },
        description: 'Black toner',
      },
    ]);
  });

  it('lists the purchase orders its lines were billed from', () => {
    expect(snapshot.purchaseOrders).toEqual([{ id: '900', tranId: 'PO-1042' }]);
  });

  it('gives an item line whose item has no expense account a null account', () => {
    const bill = sampleBill();
    bill.sublists.item![0]!.item = select('302', 'Consulting hour');
    const built = buildTransactionSnapshot(bill, '55', 'vendorbill', tableLookups(DEMO_TABLES), NOW);
    expect(built.items[0]?.account).toBeNull();
  });

  it('refuses an expense line without an account instead of sending a broken snapshot', () => {
    const bill = sampleBill();
    bill.sublists.expense![1]!.account = null;
    expect(() => buildTransactionSnapshot(bill, '55', 'vendorbill', tableLookups(DEMO_TABLES), NOW)).toThrow(
      'Expense line 2 has no account',
    );
  });
});

describe('purchase order snapshot', () => {
  it('uses the PO number as tranId, maps pending approval, and lists no purchase orders', () => {
    const snapshot = buildSnapshot('purchaseorder', samplePurchaseOrder(), '900', tableLookups(DEMO_TABLES), NOW);
    expect(snapshot).toMatchObject({
      id: '900',
      tranId: 'PO-1042',
      approvalStatus: 'pending',
      purchaseOrders: [],
      items: [],
    });
    expect(snapshot.expenses).toHaveLength(1);
  });

  it('maps a missing approval status to null and rejected to "rejected"', () => {
    const po = samplePurchaseOrder();
    po.setValue({ fieldId: 'approvalstatus', value: null });
    expect(buildSnapshot('purchaseorder', po, '900', tableLookups(DEMO_TABLES), NOW).approvalStatus).toBeNull();
    po.setValue({ fieldId: 'approvalstatus', value: select('3', 'Rejected') });
    expect(buildSnapshot('purchaseorder', po, '900', tableLookups(DEMO_TABLES), NOW).approvalStatus).toBe('rejected');
  });
});

describe('reference lookups', () => {
  it('asks for each account once per run, however many lines use it', () => {
    const bill = sampleBill();
    bill.sublists.expense!.push({ ...bill.sublists.expense![0]!, line: 4 });
    const source = tableLookups(DEMO_TABLES);
    buildTransactionSnapshot(bill, '55', 'vendorbill', cachedLookups(source), NOW);
    expect(source.calls.filter((call) => call === 'account:58')).toHaveLength(1);
  });

  it('names a record whose lookups fail rather than inventing values', () => {
    const vendor = new FakeRecord({ entityid: 'X', currency: select('99', 'Zloty') }, { addressbook: [] }, 'vendor', 1);
    expect(() => buildVendorSnapshot(vendor, '1', tableLookups(DEMO_TABLES), NOW)).toThrow('no currency 99');
  });
});
