// One canonical vendor address for both snapshot builders: the SuiteApp reads the address book
// subrecord, the poller flattened SuiteQL columns. An entry with no address lines at all (a label
// or an addressee only) says nothing Procurify can use, and the poller cannot tell it from no
// entry, so both write `null`.
import type { Address } from './snapshot-types';

export function addressOrNull(address: Address): Address | null {
  return Object.values(address).every((value) => value === null) ? null : address;
}
