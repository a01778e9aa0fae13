import type { Scenario, ScenarioPayment, ScenarioTransaction, ScenarioVendor } from '../../scenario/types';
import type { AccountStore } from './store';
import type { Fields, RecordDraft } from './types';

const APPROVAL_IDS = { pending: '1', approved: '2', rejected: '3' } as const;
const SEED_OPTIONS = { silent: true } as const;

function isoToMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`scenario: ${what} is not an ISO-8601 time: ${JSON.stringify(iso)}`);
  return ms;
}

export function vendorDraft(vendor: ScenarioVendor): RecordDraft {
  const address = vendor.address;
  return {
    id: vendor.id,
    createdAt: isoToMs(vendor.dateCreated, `vendor ${vendor.id} dateCreated`),
    lastModifiedAt: isoToMs(vendor.lastModified, `vendor ${vendor.id} lastModified`),
    fields: {
      entityid: vendor.entityId,
      companyname: vendor.companyName,
      isperson: vendor.isPerson,
      firstname: vendor.firstName,
      lastname: vendor.lastName,
      email: vendor.email,
      phone: vendor.phone,
      isinactive: vendor.isInactive,
      currency: vendor.currencyId,
      terms: vendor.termsId,
      subsidiary: vendor.subsidiaryId,
      expenseaccount: vendor.defaultExpenseAccountId,
      department: vendor.departmentId,
      externalid: null,
    },
    sublists: {
      addressbook: address
        ? [
            {
              id: '1',
              label: address.line1,
              defaultbilling: true,
              defaultshipping: true,
              addr1: address.line1,
              addr2: address.line2,
              city: address.city,
              state: address.state,
              zip: address.zip,
              country: address.country,
            },
          ]
        : [],
    },
  };
}

export function transactionDraft(transaction: ScenarioTransaction): RecordDraft {
  const expense: Fields[] = [];
  const item: Fields[] = [];
  const orders = transaction.purchaseOrderIds;
  transaction.lines.forEach((line, position) => {
    const common = {
      line: line.line,
      amount: Number(line.amount),
      department: line.departmentId,
      location: line.locationId,
      // The scenario links POs per bill; each line points at one of them so every PO is referenced.
      orderdoc: orders.length ? (orders[Math.min(position, orders.length - 1)] ?? null) : null,
    };
    if (line.kind === 'expense') expense.push({ ...common, account: line.accountId, memo: line.memo });
    else
      item.push({
        ...common,
        item: line.itemId,
        quantity: line.quantity === null ? null : Number(line.quantity),
        rate: line.rate === null ? null : Number(line.rate),
        description: line.memo,
      });
  });
  return {
    id: transaction.id,
    createdAt: isoToMs(transaction.dateCreated, `transaction ${transaction.id} dateCreated`),
    lastModifiedAt: isoToMs(transaction.lastModified, `transaction ${transaction.id} lastModified`),
    fields: {
      tranid: transaction.tranId,
      entity: transaction.vendorId,
      trandate: transaction.tranDate,
      duedate: transaction.dueDate,
      currency: transaction.currencyId,
      exchangerate: Number(transaction.exchangeRate),
      terms: transaction.termsId,
      memo: transaction.memo,
      approvalstatus: transaction.approvalStatus ? APPROVAL_IDS[transaction.approvalStatus] : null,
      status: transaction.status,
      subsidiary: transaction.subsidiaryId,
      department: transaction.departmentId,
      location: transaction.locationId,
      purchaseorders: [...orders],
      externalid: null,
    },
    sublists: { expense, item },
  };
}

/** Fills the account with the scenario's NetSuite side. Seeding fires no listeners (no user events). */
export function seedFromScenario(store: AccountStore, scenario: Scenario): void {
  const baseCurrency = scenario.subsidiaries[0]?.currencyId;
  for (const currency of scenario.currencies) {
    store.save(
      'currency',
      {
        id: currency.id,
        fields: {
          name: currency.name,
          symbol: currency.code,
          displaysymbol: currency.symbol,
          exchangerate: Number(currency.exchangeRate),
          isbasecurrency: currency.id === baseCurrency,
          isinactive: false,
        },
      },
      SEED_OPTIONS,
    );
  }
  for (const subsidiary of scenario.subsidiaries) {
    const fields = {
      name: subsidiary.name,
      currency: subsidiary.currencyId,
      country: subsidiary.country,
      isinactive: false,
      parent: null,
    };
    store.save('subsidiary', { id: subsidiary.id, fields }, SEED_OPTIONS);
  }
  for (const term of scenario.terms) {
    store.save(
      'term',
      { id: term.id, fields: { name: term.name, daysuntilnetdue: term.days, isinactive: false } },
      SEED_OPTIONS,
    );
  }
  for (const department of scenario.departments) {
    const fields = { name: department.name, parent: department.parentId, isinactive: department.isInactive };
    store.save('department', { id: department.id, fields }, SEED_OPTIONS);
  }
  for (const location of scenario.locations) {
    const fields = { name: location.name, subsidiary: location.subsidiaryId, parent: null, isinactive: false };
    store.save('location', { id: location.id, fields }, SEED_OPTIONS);
  }
  for (const account of scenario.accounts) {
    const fields = {
      acctnumber: account.number,
      acctname: account.name,
      accttype: account.type,
      isinactive: account.isInactive,
      parent: null,
    };
    store.save('account', { id: account.id, fields }, SEED_OPTIONS);
  }
  for (const item of scenario.items) {
    const fields = {
      itemid: item.name,
      displayname: item.name,
      itemtype: item.type,
      expenseaccount: item.expenseAccountId,
      isinactive: false,
    };
    store.save('item', { id: item.id, fields }, SEED_OPTIONS);
  }
  for (const vendor of scenario.vendors) store.save('vendor', vendorDraft(vendor), SEED_OPTIONS);
  for (const order of scenario.purchaseOrders) store.save('purchaseorder', transactionDraft(order), SEED_OPTIONS);
  for (const bill of scenario.bills) store.save('vendorbill', transactionDraft(bill), SEED_OPTIONS);
  // Payments last: saving one moves the status of the bills it pays (account/bill-payments.ts).
  for (const payment of scenario.payments ?? []) store.save(payment.type, paymentDraft(payment), SEED_OPTIONS);
}

export function paymentDraft(payment: ScenarioPayment): RecordDraft {
  return {
    id: payment.id,
    createdAt: isoToMs(payment.dateCreated, `payment ${payment.id} dateCreated`),
    lastModifiedAt: isoToMs(payment.lastModified, `payment ${payment.id} lastModified`),
    fields: {
      tranid: payment.tranId,
      entity: payment.vendorId,
      trandate: payment.tranDate,
      currency: payment.currencyId,
      voided: payment.voided,
      status: payment.voided ? 'Voided' : 'Paid',
    },
    sublists: {
      apply: payment.apply.map((line, index) => ({
        line: index + 1,
        doc: line.billId,
        apply: true,
        amount: Number(line.amount),
      })),
    },
  };
}
