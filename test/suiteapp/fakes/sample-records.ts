// Records as N/record presents them after a save: SuiteScript field ids, Dates for date fields,
// numbers for amounts, select fields with an id and a display text.
import { FakeRecord, select } from './fake-record';

export function sampleVendor(overrides: Record<string, unknown> = {}): FakeRecord {
  const billing = new FakeRecord({
    addr1: '1 Harbour St',
    addr2: null,
    city: 'Toronto',
    state: 'ON',
    zip: 'M5J 2N8',
    country: 'CA',
  });
  const shipping = new FakeRecord({ addr1: 'Dock 4', city: 'Hamilton', country: 'CA' });
  return new FakeRecord(
    {
      entityid: 'ACME-001',
      companyname: 'Acme Supplies Ltd',
      isperson: 'F',
      firstname: null,
      lastname: null,
      email: 'ap@acme.example; billing@acme.example',
      phone: '+1 416 555 0100',
      isinactive: false,
      currency: select('2', 'Canadian Dollar'),
      terms: select('4', 'Net 30'),
      subsidiary: select('1', 'Acme Holdings Canada'),
      expenseaccount: select('58', '6100 Software Subscriptions'),
      lastmodifieddate: new Date('2026-11-20T14:03:11.250Z'),
      ...(overrides as Record<string, never>),
    },
    {
      addressbook: [
        { defaultbilling: false, addressbookaddress: shipping },
        { defaultbilling: true, addressbookaddress: billing },
      ],
    },
    'vendor',
    4711,
  );
}

export function sampleBill(): FakeRecord {
  return new FakeRecord(
    {
      tranid: 'INV-2026-118',
      entity: select('4711', 'Acme Supplies Ltd'),
      trandate: new Date(2026, 10, 18),
      duedate: new Date(2026, 11, 18),
      currency: select('2', 'Canadian Dollar'),
      exchangerate: 0.731,
      terms: select('4', 'Net 30'),
      memo: 'November licences',
      approvalstatus: select('2', 'Approved'),
      status: select('open', 'Open'),
      subsidiary: select('1', 'Acme Holdings Canada'),
      department: select('7', 'Engineering'),
      location: null,
      total: 1375.5,
      lastmodifieddate: new Date('2026-11-20T14:03:11Z'),
    },
    {
      expense: [
        {
          line: 1,
          account: select('58', '6100 Software Subscriptions'),
          amount: 1200,
          department: select('7', 'Engineering'),
          location: null,
          memo: 'Design tool seats',
          orderdoc: select('900', 'Purchase Order #PO-1042'),
        },
        { line: 2, account: select('59', 'Travel'), amount: 50.5, department: null, location: null, memo: null },
      ],
      item: [
        {
          line: 3,
          item: select('301', 'Toner cartridge'),
          quantity: 5,
          rate: 25.0,
          amount: 125,
          department: select('8', 'Operations : Facilities'),
          location: select('3', 'Toronto'),
          description: 'Black toner',
        },
      ],
    },
    'vendorbill',
    55,
  );
}

export function samplePurchaseOrder(): FakeRecord {
  const bill = sampleBill();
  return new FakeRecord(
    { ...bill.fields, tranid: 'PO-1042', approvalstatus: select('1', 'Pending Approval') },
    { expense: [{ ...bill.sublists.expense![0]!, orderdoc: null }], item: [] },
    'purchaseorder',
    900,
  );
}
