import { ACCOUNT_ID, ACCOUNTS, UNMAPPED_ACCOUNT_NUMBERS } from './catalog';
import type { ScenarioProcurify, ScenarioTransaction, ScenarioVendor } from './types';

// What Procurify holds before the first sync: the account codes and departments the procurement
// team set up (with the scenario's deliberate gaps), a few vendors and bills of its own.

const CURRENCIES: ScenarioProcurify['currencies'] = [
  { id: 3, name: 'CAD', description: 'Canadian Dollar', rate: '1.000000', base: true, active: true },
  { id: 4, name: 'USD', description: 'US Dollar', rate: '0.730000', base: false, active: true },
  { id: 5, name: 'EUR', description: 'Euro', rate: '0.670000', base: false, active: true },
];

const LOCATIONS: ScenarioProcurify['locations'] = [
  { id: 1, name: 'Hamilton', currencyId: 3, headquarter: true },
  { id: 2, name: 'Guelph', currencyId: 3, headquarter: false },
  { id: 3, name: 'Windsor', currencyId: 3, headquarter: false },
];

/** Matched to NetSuite by external_id (full or bare id) or by name, as docs/architecture.md "Reference data and mappings" allows. */
const DEPARTMENTS: ScenarioProcurify['departments'] = [
  { id: 1, name: 'Hamilton Plant', locationId: 1, externalId: `ns:${ACCOUNT_ID}:2`, active: true },
  { id: 2, name: 'Guelph Plant', locationId: 2, externalId: '3', active: true },
  { id: 3, name: 'Windsor Plant', locationId: 3, externalId: null, active: true },
  { id: 4, name: 'Administration', locationId: 1, externalId: null, active: true },
  { id: 5, name: 'PROCUREMENT', locationId: 1, externalId: null, active: true },
  { id: 6, name: 'Manufacturing', locationId: 1, externalId: `ns:${ACCOUNT_ID}:1`, active: true },
  { id: 7, name: 'Maintenance', locationId: 1, externalId: null, active: true },
];

const ACCOUNT_TYPE: Record<string, 0 | 1 | 2 | 3 | 4 | 5> = {
  AcctPay: 1,
  OthCurrAsset: 0,
  FixedAsset: 0,
  COGS: 2,
  Expense: 2,
  OthExpense: 2,
};

/** 6100 Software Subscriptions exists, Windsor Plant exists, but not as an account together. */
const MISSING_PAIR = { code: '6100', departmentId: 3 };

export function procurifySide(vendors: ScenarioVendor[], bills: ScenarioTransaction[]): ScenarioProcurify {
  const accountCodes = ACCOUNTS.filter(
    (account) => account.number !== null && !account.isInactive && !UNMAPPED_ACCOUNT_NUMBERS.includes(account.number),
  ).map((account, index) => ({
    id: index + 1,
    code: account.number!,
    description: account.name,
    accountType: ACCOUNT_TYPE[account.type] ?? 5,
    active: true,
  }));

  const accounts: ScenarioProcurify['accounts'] = [];
  for (const code of accountCodes) {
    for (const department of DEPARTMENTS) {
      if (code.code === MISSING_PAIR.code && department.id === MISSING_PAIR.departmentId) continue;
      accounts.push({ id: accounts.length + 1, accountCodeId: code.id, departmentId: department.id, active: true });
    }
  }
  const accountFor = (code: string, departmentId: number) => {
    const codeId = accountCodes.find((candidate) => candidate.code === code)!.id;
    return accounts.find((account) => account.accountCodeId === codeId && account.departmentId === departmentId)!.id;
  };

  const name = (id: string) => {
    const vendor = vendors.find((candidate) => candidate.id === id)!;
    return vendor.companyName ?? `${vendor.firstName} ${vendor.lastName}`;
  };
  const alreadySynced = bills.find((bill) => bill.id === '1006')!;

  return {
    currencies: CURRENCIES,
    locations: LOCATIONS,
    departments: DEPARTMENTS,
    accountCodes,
    accounts,
    vendors: [
      { id: 1, name: name('203'), externalId: `ns:${ACCOUNT_ID}:203`, active: true, currencyId: 3, emails: null },
      {
        id: 2,
        name: name('205'),
        externalId: null,
        active: true,
        currencyId: 3,
        emails: 'accounts@hamiltonhydro.example.com',
      },
      { id: 3, name: 'Office Depot', externalId: null, active: true, currencyId: 3, emails: null },
      { id: 4, name: 'Local Coffee Roasters', externalId: null, active: true, currencyId: 3, emails: null },
      { id: 5, name: 'Amazon Business', externalId: null, active: true, currencyId: 4, emails: null },
      { id: 6, name: 'Home Depot Pro', externalId: null, active: false, currencyId: 3, emails: null },
    ],
    bills: [
      {
        uuid: '5b0c8f5e-1f7a-4c1e-9f51-6a8a2d1e0a01',
        vendorId: 1,
        invoiceNumber: alreadySynced.tranId,
        invoiceDate: alreadySynced.tranDate,
        dueDate: alreadySynced.dueDate,
        currencyId: 3,
        lines: [{ description: 'Fasteners restock', accountId: accountFor('5030', 1), amount: '932.40' }],
      },
      {
        uuid: '5b0c8f5e-1f7a-4c1e-9f51-6a8a2d1e0a02',
        vendorId: 3,
        invoiceNumber: 'OD-771203',
        invoiceDate: '2026-10-14',
        dueDate: '2026-11-13',
        currencyId: 3,
        lines: [{ description: 'Printer paper and toner', accountId: accountFor('6000', 4), amount: '412.88' }],
      },
    ],
  };
}
