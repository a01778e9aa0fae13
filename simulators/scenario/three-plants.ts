import {
  ACCOUNT_ID,
  ACCOUNTS,
  accountByNumber,
  CODABLE_ACCOUNTS,
  CURRENCIES,
  DEPARTMENTS,
  ITEMS,
  LOCATIONS,
  PLANTS,
  TERMS,
  VENDOR_COMPANY_NAMES,
  VENDOR_PEOPLE,
} from './catalog';
import { procurifySide } from './procurify-side';
import { seededRandom, type Random } from './random';
import { buildPayments } from './payments';
import type { Scenario, ScenarioLine, ScenarioTransaction, ScenarioVendor } from './types';

export { ACCOUNT_ID } from './catalog';

const AS_OF = '2026-11-20T12:00:00Z';
const DAY_MS = 86_400_000;
const PERIOD_START = Date.parse('2026-09-01T00:00:00Z');

/**
 * Records the scenario places on purpose, so tests and the demo can name them: each one ends in a
 * different state once synced.
 */
export const SCENARIO_CASES = {
  /** Vendor in GBP, a currency Procurify does not have: `unmapped_currency`. */
  vendorUnmappedCurrency: '252',
  /** Vendor whose default expense account (6420 Trade Shows) has no Procurify account code. */
  vendorUnmappedDefaultAccount: '254',
  /** Vendor whose name carries markup: must render inert everywhere. */
  vendorHostileName: '253',
  /** Vendor already in Procurify with its external_id (synced before). */
  vendorAlreadySynced: '203',
  /** Vendor whose name Procurify already has, typed in by hand without external_id. */
  vendorSameNameByHand: '205',
  /** Two-line bill coded to mapped accounts in the Hamilton plant: synced. */
  billTwoLines: '1001',
  /** Bill with a line on 5300 Tooling & Dies (no account code): `unmapped_gl_account`. */
  billUnmappedAccount: '1002',
  /** Bill on 6100 Software Subscriptions × Windsor Plant (no such account): `no_procurify_account`. */
  billNoProcurifyAccount: '1003',
  /** Bill coded to Research & Development (no Procurify department): `unmapped_department`. */
  billUnmappedDepartment: '1004',
  /** Bill pending approval: `skipped`. */
  billPendingApproval: '1005',
  /** Bill whose invoice number Procurify already holds for the same vendor: `linked`. */
  billAlreadyInProcurify: '1006',
  /** Bill with an item line whose item has no expense account: `unmapped_gl_account`. */
  billItemWithoutAccount: '1007',
  /** Bill with expense and item lines, all mapped: synced. */
  billExpenseAndItems: '1008',
} as const;

/** The demo company: three plants, 60 vendors, about 130 bills and 20 purchase orders. */
export function threePlants(): Scenario {
  const random = seededRandom(20261120);
  const vendors = buildVendors(random);
  const purchaseOrders = buildPurchaseOrders(random, vendors);
  const bills = [...buildCaseBills(), ...buildRandomBills(random, vendors, purchaseOrders)];
  return {
    accountId: ACCOUNT_ID,
    asOf: AS_OF,
    subsidiaries: [{ id: '1', name: 'Northwind Fabrication Ltd.', currencyId: '3', country: 'CA' }],
    currencies: CURRENCIES,
    terms: TERMS,
    departments: DEPARTMENTS,
    locations: LOCATIONS,
    accounts: ACCOUNTS,
    items: ITEMS,
    vendors,
    bills,
    purchaseOrders,
    payments: buildPayments(bills),
    procurify: procurifySide(vendors, bills),
  };
}

function buildVendors(random: Random): ScenarioVendor[] {
  const vendors: ScenarioVendor[] = [];
  const countries = ['CA', 'CA', 'CA', 'US', 'US', 'DE'];
  VENDOR_COMPANY_NAMES.forEach((companyName, index) => {
    const id = String(201 + index);
    const country = companyName.includes('GmbH') ? 'DE' : random.pick(countries);
    vendors.push(
      vendor(random, id, {
        companyName,
        isPerson: false,
        country,
        currencyId: country === 'CA' ? '3' : country === 'DE' ? '4' : '1',
        isInactive: index === 19 || index === 33,
      }),
    );
  });
  VENDOR_PEOPLE.forEach(([firstName, lastName], index) => {
    vendors.push(
      vendor(random, String(201 + VENDOR_COMPANY_NAMES.length + index), {
        firstName,
        lastName,
        isPerson: true,
        country: 'CA',
        currencyId: '3',
        isInactive: false,
      }),
    );
  });
  const special = (id: string) => vendors.find((candidate) => candidate.id === id)!;
  Object.assign(special(SCENARIO_CASES.vendorUnmappedCurrency), { currencyId: '2' });
  special(SCENARIO_CASES.vendorUnmappedCurrency).address!.country = 'GB';
  Object.assign(special(SCENARIO_CASES.vendorUnmappedDefaultAccount), {
    defaultExpenseAccountId: accountByNumber('6420').id,
  });
  return vendors;
}

function vendor(
  random: Random,
  id: string,
  fields: {
    companyName?: string;
    firstName?: string;
    lastName?: string;
    isPerson: boolean;
    country: string;
    currencyId: string;
    isInactive: boolean;
  },
): ScenarioVendor {
  const display = fields.companyName ?? `${fields.firstName} ${fields.lastName}`;
  const domain = `${display.toLowerCase().replace(/[^a-z]+/g, '')}.example.com`;
  const created = PERIOD_START - random.int(30, 900) * DAY_MS;
  const modified = PERIOD_START + random.int(0, 75) * DAY_MS + random.int(0, 86_399) * 1000;
  return {
    id,
    entityId: `V${id.padStart(5, '0')}`,
    isPerson: fields.isPerson,
    companyName: fields.companyName ?? null,
    firstName: fields.firstName ?? null,
    lastName: fields.lastName ?? null,
    email: random.chance(0.2) ? `ap@${domain}; billing@${domain}` : random.chance(0.9) ? `ap@${domain}` : null,
    phone: random.chance(0.85) ? `+1 905 555 ${String(random.int(1000, 9999))}` : null,
    isInactive: fields.isInactive,
    currencyId: fields.currencyId,
    termsId: random.chance(0.9) ? random.pick(['1', '2', '2', '2', '3', '4']) : null,
    subsidiaryId: '1',
    defaultExpenseAccountId: random.chance(0.3) ? random.pick(CODABLE_ACCOUNTS).id : null,
    departmentId: null,
    address: {
      line1: `${random.int(1, 9999)} ${random.pick(['King St W', 'Main St', 'Industrial Pkwy', 'Barton St E', 'Dundas St'])}`,
      line2: random.chance(0.2) ? `Unit ${random.int(1, 40)}` : null,
      city: random.pick(['Hamilton', 'Guelph', 'Windsor', 'Toronto', 'Detroit', 'Stuttgart']),
      state: fields.country === 'CA' ? 'ON' : fields.country === 'US' ? 'MI' : null,
      zip: fields.country === 'CA' ? 'L8P 4R5' : fields.country === 'US' ? '48226' : '70173',
      country: fields.country,
    },
    lastModified: new Date(modified).toISOString().replace('.000Z', 'Z'),
    dateCreated: new Date(created).toISOString().replace('.000Z', 'Z'),
  };
}

function expense(
  line: number,
  number: string,
  amount: string,
  departmentId: string | null,
  memo: string,
): ScenarioLine {
  return {
    line,
    kind: 'expense',
    accountId: accountByNumber(number).id,
    itemId: null,
    quantity: null,
    rate: null,
    amount,
    departmentId,
    locationId: null,
    memo,
  };
}

function itemLine(
  line: number,
  itemId: string,
  quantity: number,
  rate: string,
  departmentId: string | null,
): ScenarioLine {
  return {
    line,
    kind: 'item',
    accountId: null,
    itemId,
    quantity: String(quantity),
    rate,
    amount: centsToAmount(Math.round(Number(rate) * 100) * quantity),
    departmentId,
    locationId: null,
    memo: null,
  };
}

function transaction(
  id: string,
  tranId: string,
  vendorId: string,
  day: number,
  lines: ScenarioLine[],
  overrides: Partial<ScenarioTransaction> = {},
): ScenarioTransaction {
  const tranDate = new Date(PERIOD_START + day * DAY_MS).toISOString().slice(0, 10);
  const modified = new Date(PERIOD_START + day * DAY_MS + 9 * 3_600_000 + Number(id) * 1000);
  return {
    id,
    tranId,
    vendorId,
    tranDate,
    dueDate: new Date(PERIOD_START + (day + 30) * DAY_MS).toISOString().slice(0, 10),
    currencyId: '3',
    exchangeRate: '1.00',
    termsId: '2',
    memo: null,
    approvalStatus: 'approved',
    status: 'Open',
    subsidiaryId: '1',
    departmentId: PLANTS[0].departmentId,
    locationId: PLANTS[0].locationId,
    purchaseOrderIds: [],
    lines,
    lastModified: modified.toISOString().replace('.000Z', 'Z'),
    dateCreated: modified.toISOString().replace('.000Z', 'Z'),
    ...overrides,
  };
}

function buildCaseBills(): ScenarioTransaction[] {
  const c = SCENARIO_CASES;
  return [
    transaction(c.billTwoLines, 'GLS-88213', '201', 70, [
      expense(1, '5010', '4250.00', '2', 'Steel stock, October'),
      expense(2, '5100', '380.50', '2', 'Freight in'),
    ]),
    transaction(c.billUnmappedAccount, 'AER-5521', '217', 71, [
      expense(1, '5300', '12800.00', '2', 'Stamping die rework'),
      expense(2, '5100', '240.00', '2', 'Freight in'),
    ]),
    transaction(
      c.billNoProcurifyAccount,
      'ADB-2026-1101',
      '222',
      72,
      [expense(1, '6100', '1899.00', '4', 'Creative Cloud seats, Windsor')],
      { departmentId: '4', locationId: '3' },
    ),
    transaction(c.billUnmappedDepartment, 'QL-30917', '218', 73, [
      expense(1, '5800', '2750.00', '8', 'Prototype material testing'),
    ]),
    transaction(
      c.billPendingApproval,
      'SAFE-7781',
      '207',
      74,
      [expense(1, '5600', '615.25', '3', 'Gloves and glasses')],
      {
        approvalStatus: 'pending',
        status: 'Pending Approval',
        departmentId: '3',
        locationId: '2',
      },
    ),
    transaction(c.billAlreadyInProcurify, 'OFC-44120', c.vendorAlreadySynced, 75, [
      expense(1, '5030', '932.40', '2', 'Fasteners restock'),
    ]),
    transaction(
      c.billItemWithoutAccount,
      'PML-1207',
      '203',
      76,
      [itemLine(1, '307', 1, '5400.00', '3'), itemLine(2, '303', 4, '180.00', '3')],
      { departmentId: '3', locationId: '2' },
    ),
    transaction(
      c.billExpenseAndItems,
      'GLS-88377',
      '201',
      77,
      [
        expense(1, '5100', '145.00', null, 'Freight in'),
        itemLine(2, '301', 12, '310.00', null),
        itemLine(3, '302', 20, '18.75', null),
      ],
      { departmentId: '4', locationId: '3' },
    ),
  ];
}

function buildRandomBills(
  random: Random,
  vendors: ScenarioVendor[],
  pos: ScenarioTransaction[],
): ScenarioTransaction[] {
  const payable = vendors.filter(
    (candidate) =>
      !candidate.isInactive &&
      ![SCENARIO_CASES.vendorUnmappedCurrency, SCENARIO_CASES.vendorUnmappedDefaultAccount].includes(
        candidate.id as '252',
      ),
  );
  const bills: ScenarioTransaction[] = [];
  for (let index = 0; index < 122; index += 1) {
    const id = String(1101 + index);
    const vendor = random.pick(payable);
    const plant = random.pick(PLANTS);
    const lines = randomLines(random, plant.departmentId);
    const roll = random.next();
    const approval = roll < 0.85 ? 'approved' : roll < 0.92 ? 'pending' : roll < 0.94 ? 'rejected' : null;
    const po = random.chance(0.15) ? random.pick(pos) : undefined;
    bills.push(
      transaction(id, `INV-${String(random.int(10000, 99999))}-${index}`, vendor.id, random.int(0, 78), lines, {
        currencyId: vendor.currencyId,
        exchangeRate: CURRENCIES.find((currency) => currency.id === vendor.currencyId)!.exchangeRate,
        termsId: vendor.termsId,
        approvalStatus: approval,
        status:
          approval === 'approved' || approval === null
            ? random.pick(['Open', 'Open', 'Paid In Full'])
            : approval === 'pending'
              ? 'Pending Approval'
              : 'Rejected',
        departmentId: plant.departmentId,
        locationId: plant.locationId,
        memo: random.chance(0.3) ? `${plant.name} plant` : null,
        purchaseOrderIds: po ? [po.id] : [],
      }),
    );
  }
  return bills;
}

function randomLines(random: Random, departmentId: string): ScenarioLine[] {
  const count = random.int(1, 4);
  return Array.from({ length: count }, (_, index) => {
    const line = index + 1;
    if (random.chance(0.2)) {
      const item = random.pick(ITEMS.filter((candidate) => candidate.expenseAccountId !== null));
      return itemLine(
        line,
        item.id,
        random.int(1, 40),
        centsToAmount(random.int(500, 90_000)),
        random.chance(0.8) ? departmentId : null,
      );
    }
    const account = random.pick(CODABLE_ACCOUNTS);
    return expense(
      line,
      account.number!,
      centsToAmount(random.int(5_000, 2_500_000)),
      random.chance(0.85) ? departmentId : null,
      account.name,
    );
  });
}

function buildPurchaseOrders(random: Random, vendors: ScenarioVendor[]): ScenarioTransaction[] {
  const active = vendors.filter(
    (candidate) => !candidate.isInactive && candidate.id !== SCENARIO_CASES.vendorUnmappedCurrency,
  );
  return Array.from({ length: 20 }, (_, index) => {
    const plant = random.pick(PLANTS);
    const vendor = random.pick(active);
    return transaction(
      String(901 + index),
      `PO-${String(10400 + index)}`,
      vendor.id,
      random.int(0, 60),
      randomLines(random, plant.departmentId),
      {
        currencyId: vendor.currencyId,
        approvalStatus: random.chance(0.85) ? 'approved' : 'pending',
        status: random.pick(['Pending Receipt', 'Partially Received', 'Fully Billed']),
        departmentId: plant.departmentId,
        locationId: plant.locationId,
        dueDate: null,
      },
    );
  });
}

export function centsToAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
