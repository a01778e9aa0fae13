// Fixed reference data of the demo company: a manufacturer with three plants.

export const ACCOUNT_ID = '1234567_SB1';

/** Exchange rates against the subsidiary's base currency, CAD. */
export const CURRENCIES = [
  { id: '1', code: 'USD', name: 'US Dollar', symbol: '$', exchangeRate: '1.37' },
  { id: '2', code: 'GBP', name: 'British Pound', symbol: '£', exchangeRate: '1.74' },
  { id: '3', code: 'CAD', name: 'Canadian Dollar', symbol: 'C$', exchangeRate: '1.00' },
  { id: '4', code: 'EUR', name: 'Euro', symbol: '€', exchangeRate: '1.49' },
];

export const TERMS = [
  { id: '1', name: 'Net 15', days: 15 },
  { id: '2', name: 'Net 30', days: 30 },
  { id: '3', name: 'Net 45', days: 45 },
  { id: '4', name: 'Net 60', days: 60 },
  { id: '5', name: 'Due on receipt', days: 0 },
];

export const PLANTS = [
  { departmentId: '2', locationId: '1', name: 'Hamilton' },
  { departmentId: '3', locationId: '2', name: 'Guelph' },
  { departmentId: '4', locationId: '3', name: 'Windsor' },
] as const;

export const DEPARTMENTS = [
  { id: '1', name: 'Manufacturing', parentId: null, isInactive: false },
  { id: '2', name: 'Hamilton Plant', parentId: '1', isInactive: false },
  { id: '3', name: 'Guelph Plant', parentId: '1', isInactive: false },
  { id: '4', name: 'Windsor Plant', parentId: '1', isInactive: false },
  { id: '5', name: 'Administration', parentId: null, isInactive: false },
  { id: '6', name: 'Procurement', parentId: null, isInactive: false },
  { id: '7', name: 'Maintenance', parentId: null, isInactive: false },
  // Not in Procurify: bills coded here need a mapping.
  { id: '8', name: 'Research & Development', parentId: null, isInactive: false },
  { id: '9', name: 'Old Plant', parentId: '1', isInactive: true },
];

export const LOCATIONS = [
  { id: '1', name: 'Hamilton', subsidiaryId: '1' },
  { id: '2', name: 'Guelph', subsidiaryId: '1' },
  { id: '3', name: 'Windsor', subsidiaryId: '1' },
];

type AccountType = 'Expense' | 'COGS' | 'OthExpense' | 'FixedAsset' | 'AcctPay' | 'OthCurrAsset';

/** [number, name, type]; the numbers are the Procurify account codes where one exists. */
const ACCOUNT_ROWS: [string | null, string, AccountType][] = [
  ['2000', 'Accounts Payable', 'AcctPay'],
  ['1400', 'Prepaid Expenses', 'OthCurrAsset'],
  ['1500', 'Machinery & Equipment', 'FixedAsset'],
  ['5000', 'Raw Materials', 'COGS'],
  ['5010', 'Steel Stock', 'COGS'],
  ['5020', 'Aluminum Stock', 'COGS'],
  ['5030', 'Fasteners & Hardware', 'COGS'],
  ['5040', 'Paints & Coatings', 'COGS'],
  ['5050', 'Packaging Materials', 'COGS'],
  ['5100', 'Freight In', 'COGS'],
  ['5200', 'Subcontract Machining', 'COGS'],
  ['5300', 'Tooling & Dies', 'COGS'],
  ['5400', 'Utilities - Electricity', 'Expense'],
  ['5410', 'Utilities - Gas', 'Expense'],
  ['5420', 'Utilities - Water', 'Expense'],
  ['5500', 'Equipment Repairs', 'Expense'],
  ['5510', 'Preventive Maintenance', 'Expense'],
  ['5600', 'Safety Supplies', 'Expense'],
  ['5700', 'Shop Supplies', 'Expense'],
  ['5800', 'Quality Testing', 'Expense'],
  ['5900', 'Waste Disposal', 'Expense'],
  ['6000', 'Office Supplies', 'Expense'],
  ['6010', 'Postage & Courier', 'Expense'],
  ['6100', 'Software Subscriptions', 'Expense'],
  ['6110', 'IT Hardware', 'Expense'],
  ['6200', 'Telephone & Internet', 'Expense'],
  ['6300', 'Professional Fees', 'Expense'],
  ['6310', 'Legal Fees', 'Expense'],
  ['6320', 'Audit & Accounting', 'Expense'],
  ['6400', 'Travel', 'Expense'],
  ['6410', 'Meals & Entertainment', 'Expense'],
  ['6420', 'Trade Shows', 'Expense'],
  ['6500', 'Insurance', 'Expense'],
  ['6600', 'Rent - Warehouse', 'Expense'],
  ['6700', 'Training', 'Expense'],
  ['6800', 'Recruiting', 'Expense'],
  ['6900', 'Bank Charges', 'OthExpense'],
  ['6950', 'Environmental Compliance', 'Expense'],
  ['6990', 'Old Plant Overhead', 'Expense'],
  [null, 'Miscellaneous Expense', 'Expense'],
];

/** Account numbers that deliberately have no Procurify account code. */
export const UNMAPPED_ACCOUNT_NUMBERS = ['5300', '6420', '6950'];
const INACTIVE_ACCOUNT_NUMBERS = ['6990'];

export const ACCOUNTS = ACCOUNT_ROWS.map(([number, name, type], index) => ({
  id: String(101 + index),
  number,
  name,
  type,
  isInactive: number !== null && INACTIVE_ACCOUNT_NUMBERS.includes(number),
}));

export function accountByNumber(number: string) {
  const account = ACCOUNTS.find((candidate) => candidate.number === number);
  if (!account) throw new Error(`no account ${number} in the scenario`);
  return account;
}

/** Accounts that bills are normally coded to: active expense-like accounts that map. */
export const CODABLE_ACCOUNTS = ACCOUNTS.filter(
  (account) =>
    account.number !== null &&
    !account.isInactive &&
    ['Expense', 'COGS', 'OthExpense'].includes(account.type) &&
    !UNMAPPED_ACCOUNT_NUMBERS.includes(account.number),
);

export const ITEMS = [
  { id: '301', name: 'Steel Plate 10mm', type: 'NonInvtPart' as const, expenseAccountId: accountByNumber('5010').id },
  {
    id: '302',
    name: 'Hex Bolts M8 (box of 100)',
    type: 'NonInvtPart' as const,
    expenseAccountId: accountByNumber('5030').id,
  },
  { id: '303', name: 'Machining Service', type: 'Service' as const, expenseAccountId: accountByNumber('5200').id },
  {
    id: '304',
    name: 'Safety Gloves (pair)',
    type: 'NonInvtPart' as const,
    expenseAccountId: accountByNumber('5600').id,
  },
  { id: '305', name: 'Pallet Wrap', type: 'NonInvtPart' as const, expenseAccountId: accountByNumber('5050').id },
  { id: '306', name: 'Calibration Service', type: 'Service' as const, expenseAccountId: accountByNumber('5800').id },
  // No expense account: a line with it cannot be coded.
  { id: '307', name: 'Custom Fixture', type: 'Service' as const, expenseAccountId: null },
];

export const VENDOR_COMPANY_NAMES = [
  'Great Lakes Steel Supply',
  'Ontario Fastener Co.',
  'Precision Machining Ltd.',
  'Northern Industrial Coatings',
  'Hamilton Hydro',
  'Union Gas Ltd.',
  'SafeGuard PPE Inc.',
  'Maple Packaging Solutions',
  'Apex Freight Lines',
  'Midwest Aluminum Corp.',
  'TechServe IT Solutions',
  'Bell Business Services',
  'Crowe & Partners LLP',
  'Lakeshore Legal Professional Corp.',
  'Summit Insurance Brokers',
  'Keystone Warehouse Properties',
  'Atlas Equipment Repair',
  'Quality Labs North America',
  'GreenCycle Waste Management',
  'Staples Business Advantage',
  'FedEx Freight Canada',
  'Adobe Systems Inc.',
  'Dell Technologies',
  'Grainger Canada',
  'Fastenal Company',
  'McMaster-Carr Supply',
  'Uline Canada',
  'Air Liquide Canada',
  'Sherwin-Williams Industrial',
  'Sandvik Coromant',
  'Kennametal Inc.',
  'Lincoln Electric',
  'Hilti Canada',
  'Bosch Rexroth',
  'Festo Inc.',
  'SKF Canada',
  'Parker Hannifin',
  'Emerson Automation',
  'Rockwell Automation',
  'Siemens Canada',
  'ABB Inc.',
  'Schneider Electric',
  'Cintas Uniforms',
  'Aramark Canada',
  'Iron Mountain Records',
  'Robert Half Staffing',
  'Randstad Canada',
  'Marriott Hotels',
  'Air Canada Corporate',
  'Enterprise Fleet',
  'Müller Präzisionsteile GmbH',
  'Thames Valley Tooling Ltd.',
  'Acme <script>alert("x")</script> Supply',
  'Westport Trade Show Services',
];

export const VENDOR_PEOPLE = [
  ['Maria', 'Gonzalez'],
  ['David', "O'Connor"],
  ['Priya', 'Natarajan'],
  ['Tom', 'Fischer'],
  ['Aiko', 'Tanaka'],
  ['Jean-Luc', 'Tremblay'],
] as const;
