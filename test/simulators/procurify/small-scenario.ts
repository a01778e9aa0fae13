import type { ScenarioProcurify } from '../../../simulators/scenario/types';

/** A small Procurify side of a scenario, of the test's own, so these tests do not move with the demo data. */
export function smallProcurify(): ScenarioProcurify {
  return {
    currencies: [
      { id: 3, name: 'USD', description: 'US Dollar', rate: '1.000000', base: true, active: true },
      { id: 4, name: 'CAD', description: 'Canadian Dollar', rate: '1.350000', base: false, active: true },
    ],
    locations: [
      { id: 1, name: 'Vancouver HQ', currencyId: 3, headquarter: true },
      { id: 2, name: 'Toronto', currencyId: 4, headquarter: false },
    ],
    departments: [
      { id: 11, name: 'Engineering', locationId: 1, externalId: 'ns:123_SB1:7', active: true },
      { id: 12, name: 'Operations', locationId: 2, externalId: null, active: true },
    ],
    accountCodes: [
      { id: 41, code: '6100', description: 'Software Subscriptions', accountType: 2, active: true },
      { id: 42, code: '6200', description: 'Travel', accountType: 2, active: true },
    ],
    accounts: [
      { id: 94, accountCodeId: 41, departmentId: 11, active: true },
      { id: 95, accountCodeId: 42, departmentId: 12, active: true },
      { id: 96, accountCodeId: 42, departmentId: 11, active: false },
    ],
    vendors: [
      { id: 1, name: 'OTHER', externalId: null, active: true, currencyId: null, emails: null },
      {
        id: 6,
        name: 'Acme Cloud Services Inc.',
        externalId: 'ns:123_SB1:2041',
        active: true,
        currencyId: 3,
        emails: 'ap@acme.example; billing@acme.example',
      },
      { id: 7, name: 'Dormant Supplies', externalId: 'ns:123_SB1:2042', active: false, currencyId: 3, emails: null },
      {
        id: 8,
        name: 'Hand Entered Ltd',
        externalId: null,
        active: true,
        currencyId: 4,
        emails: 'hand@entered.example',
      },
    ],
    bills: [
      {
        uuid: '3cda5ef4ac1a401bb6619e4a5d87c10d',
        vendorId: 6,
        invoiceNumber: 'INV-1001',
        invoiceDate: '2025-03-01',
        dueDate: '2025-03-31',
        currencyId: 3,
        lines: [
          { description: 'Licence', accountId: 94, amount: '1000.00' },
          { description: 'Support', accountId: 95, amount: '250.50' },
        ],
      },
    ],
  };
}
