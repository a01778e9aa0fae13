import type { AccountStore } from '../../account/store';
import type { AccountRecord, Fields } from '../../account/types';
import { text } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { joinKey, type SqlValue } from '../values';

// NetSuite keeps an entity's addresses apart from it: the vendor table only holds the internal id
// (`nkey`) of its default billing and shipping address, and `entityaddress` holds the fields.
// Here the key is derived from the vendor and its address-book line, so a lookup needs no index.

const LINES_PER_VENDOR = 1000;

interface AddressRow {
  vendor: Readonly<AccountRecord>;
  line: Fields;
}

export function addressKey(vendorId: string, lineId: string): number {
  return Number(vendorId) * LINES_PER_VENDOR + Number(lineId);
}

/** The nkey of the vendor's address marked as its default for `use`, or null. */
export function defaultAddressKey(vendor: Readonly<AccountRecord>, use: 'defaultbilling' | 'defaultshipping') {
  const line = vendor.sublists.addressbook?.find((entry) => entry[use] === true || entry[use] === 'T');
  return line ? addressKey(vendor.id, String(line.id)) : null;
}

export function entityAddressTable(store: AccountStore): TableDefinition {
  const line = (name: string) => text<AddressRow>((row) => row.line[name]);
  return defineTable<AddressRow>({
    name: 'entityaddress',
    columns: {
      nkey: { get: (row) => addressKey(row.vendor.id, String(row.line.id)) },
      addressee: line('addressee'),
      attention: line('attention'),
      addr1: line('addr1'),
      addr2: line('addr2'),
      addr3: line('addr3'),
      city: line('city'),
      state: line('state'),
      zip: line('zip'),
      country: line('country'),
      addrphone: line('addrphone'),
    },
    *scan() {
      for (const vendor of store.scan('vendor'))
        for (const entry of vendor.sublists.addressbook ?? []) yield { vendor, line: entry };
    },
    lookup: {
      nkey: function* (keys: SqlValue[]) {
        for (const key of new Set(keys.map(joinKey))) {
          if (key === null || !key.startsWith('n')) continue;
          const nkey = Number(key.slice(1));
          const vendor = store.peek('vendor', String(Math.floor(nkey / LINES_PER_VENDOR)));
          const entry = vendor?.sublists.addressbook?.find(
            (candidate) => Number(candidate.id) === nkey % LINES_PER_VENDOR,
          );
          if (vendor && entry) yield { vendor, line: entry };
        }
      },
    },
  });
}
