import { idList, type NetSuiteClient, type SuiteQlRow } from '../netsuite';
import { accountFeatures, ALL_FEATURES, type NetSuiteFeatures } from '../netsuite/features';
import type { Address, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { addressOrNull } from '../../../suiteapp/src/lib/address';
import { isTrue } from '../../../suiteapp/src/lib/field-values';
import type { CurrencyCodes } from './currency-codes';
import { ref, text } from './row-values';

// Vendor snapshots from one set query per page, field for field as the SuiteApp builds them
// (suiteapp/src/lib/vendor-snapshot.ts).

const ADDRESS_COLUMNS = ['addr1', 'addr2', 'city', 'state', 'zip', 'country'] as const;

// The address is the vendor's default billing address, which NetSuite keeps in entityaddress.
// Standard vendors have no department field, so the poll leaves it null (the SuiteApp reads one
// where an account adds it).
// Without Multiple Currencies or OneWorld the vendor has no currency or subsidiary column.
export function vendorDetailsQuery(ids: readonly string[], features: NetSuiteFeatures = ALL_FEATURES): string {
  return (
    'SELECT v.id, v.entityid, v.companyname, v.isperson, v.firstname, v.lastname, v.email, v.phone, v.isinactive, ' +
    (features.multiCurrency ? 'v.currency, ' : '') +
    'v.terms, BUILTIN.DF(v.terms) AS termsname, ' +
    (features.oneWorld ? 'v.subsidiary, BUILTIN.DF(v.subsidiary) AS subsidiaryname, ' : '') +
    'v.expenseaccount, a.acctnumber, a.accountsearchdisplaynamecopy AS acctname, ' +
    `${ADDRESS_COLUMNS.map((column) => `ba.${column}`).join(', ')} ` +
    'FROM vendor v LEFT JOIN account a ON a.id = v.expenseaccount ' +
    `LEFT JOIN entityaddress ba ON ba.nkey = v.defaultbillingaddress WHERE v.id IN (${idList(ids)})`
  );
}

function address(row: SuiteQlRow): Address | null {
  const [line1, line2, city, state, zip, country] = ADDRESS_COLUMNS.map((column) => text(row, column));
  return addressOrNull({
    line1: line1 ?? null,
    line2: line2 ?? null,
    city: city ?? null,
    state: state ?? null,
    zip: zip ?? null,
    country: country ?? null,
  });
}

export function toVendorSnapshot(row: SuiteQlRow, currencies: CurrencyCodes, lastModified: string): VendorSnapshot {
  const currencyId = text(row, 'currency') ?? '1'; // no currency field without Multiple Currencies: base is 1
  const expenseAccountId = text(row, 'expenseaccount');
  return {
    id: String(row.id),
    entityId: text(row, 'entityid') ?? '',
    companyName: text(row, 'companyname'),
    isPerson: isTrue(row.isperson),
    firstName: text(row, 'firstname'),
    lastName: text(row, 'lastname'),
    email: text(row, 'email'),
    phone: text(row, 'phone'),
    isInactive: isTrue(row.isinactive),
    currency: { id: currencyId, code: currencies.code(currencyId) },
    terms: ref(row, 'terms', 'termsname'),
    subsidiary: ref(row, 'subsidiary', 'subsidiaryname'),
    defaultExpenseAccount:
      expenseAccountId === null
        ? null
        : { id: expenseAccountId, number: text(row, 'acctnumber'), name: text(row, 'acctname') ?? '' },
    department: null,
    address: address(row),
    lastModified,
  };
}

/** Snapshots of the given vendors, by id; a vendor gone since the page was read is left out. */
export async function readVendorSnapshots(
  client: NetSuiteClient,
  currencies: CurrencyCodes,
  versions: ReadonlyMap<string, string>,
): Promise<Map<string, VendorSnapshot>> {
  const snapshots = new Map<string, VendorSnapshot>();
  if (versions.size === 0) return snapshots;
  const features = await accountFeatures(client);
  const page = await client.suiteql(vendorDetailsQuery([...versions.keys()], features), { limit: 1000 });
  for (const row of page.items) {
    const id = String(row.id);
    snapshots.set(id, toVendorSnapshot(row, currencies, versions.get(id)!));
  }
  return snapshots;
}
