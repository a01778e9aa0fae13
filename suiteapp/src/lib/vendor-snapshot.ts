// Builds the canonical vendor snapshot (docs/architecture.md "Snapshots") from a vendor record.
import type { Address, CurrencyRef, VendorSnapshot } from './snapshot-types';
import type { AddressBookReader, RecordReader } from './record-reader';
import type { ReferenceLookups } from './reference-lookups';
import { ALL_FEATURES, type AccountFeatures } from './account-features';
import { addressOrNull } from './address';
import { isTrue, readRef, readText, textOrNull, timestampString } from './field-values';

const ADDRESS_BOOK = 'addressbook';

/** The default billing address, else the first one; null when the vendor has none. */
function readAddress(vendor: AddressBookReader): Address | null {
  const count = vendor.getLineCount({ sublistId: ADDRESS_BOOK });
  if (count <= 0) return null;
  let line = 0;
  for (let index = 0; index < count; index += 1) {
    if (isTrue(vendor.getSublistValue({ sublistId: ADDRESS_BOOK, fieldId: 'defaultbilling', line: index }))) {
      line = index;
      break;
    }
  }
  const address = vendor.getSublistSubrecord({ sublistId: ADDRESS_BOOK, fieldId: 'addressbookaddress', line });
  const read = (fieldId: string): string | null => textOrNull(address.getValue({ fieldId }));
  return addressOrNull({
    line1: read('addr1'),
    line2: read('addr2'),
    city: read('city'),
    state: read('state'),
    zip: read('zip'),
    country: read('country'),
  });
}

export function readCurrency(
  record: RecordReader,
  lookups: ReferenceLookups,
  features: AccountFeatures = ALL_FEATURES,
): CurrencyRef {
  // Without the Multiple Currencies feature there is no currency field: the base currency is id 1.
  const id = (features.multiCurrency ? readText(record, 'currency') : null) ?? '1';
  return { id, code: lookups.currencyCode(id) };
}

export function buildVendorSnapshot(
  vendor: AddressBookReader,
  vendorId: string,
  lookups: ReferenceLookups,
  now: Date,
  features: AccountFeatures = ALL_FEATURES,
): VendorSnapshot {
  const expenseAccountId = readText(vendor, 'expenseaccount');
  return {
    id: vendorId,
    entityId: readText(vendor, 'entityid') ?? '',
    companyName: readText(vendor, 'companyname'),
    isPerson: isTrue(vendor.getValue({ fieldId: 'isperson' })),
    firstName: readText(vendor, 'firstname'),
    lastName: readText(vendor, 'lastname'),
    email: readText(vendor, 'email'),
    phone: readText(vendor, 'phone'),
    isInactive: isTrue(vendor.getValue({ fieldId: 'isinactive' })),
    currency: readCurrency(vendor, lookups, features),
    terms: readRef(vendor, 'terms'),
    subsidiary: features.oneWorld ? readRef(vendor, 'subsidiary') : null,
    defaultExpenseAccount: expenseAccountId === null ? null : lookups.account(expenseAccountId),
    department: features.departments ? readRef(vendor, 'department') : null,
    address: readAddress(vendor),
    lastModified: timestampString(vendor.getValue({ fieldId: 'lastmodifieddate' }), now),
  };
}
