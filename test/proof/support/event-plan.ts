import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import { seededRandom } from '../../../simulators/scenario/random';
import type { Scenario } from '../../../simulators/scenario/types';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';

// A reproducible stream of mixed vendor and bill events over the whole scenario: several versions
// per record (each a later lastModified, vendors with a changed phone), sent out of order, with some
// batches delivered twice, the way a dispatcher that lost its acknowledgement would.

export interface EventPlan {
  batches: EventEnvelope[][];
  /** Every record that received at least one event, as `type:id`. */
  records: Set<string>;
  /** The phone each vendor's newest version carries. */
  latestVendorPhone: Map<string, string | null>;
}

export function planEvents(scenario: Scenario, count: number, seed = 8): EventPlan {
  const { next: random, pick } = seededRandom(seed);
  const versions = new Map<string, number>();
  const latestVendorPhone = new Map<string, string | null>();
  const records = new Set<string>();
  const events: EventEnvelope[] = [];
  // Every bill's vendor gets an event first, as the SuiteApp would have sent when it was saved.
  for (const vendor of scenario.vendors) events.push(vendorEvent(vendor.id, 0));
  while (events.length < count) {
    const isVendor = random() < 0.4;
    const id = isVendor ? pick(scenario.vendors).id : pick(scenario.bills).id;
    events.push(isVendor ? vendorEvent(id, bump(`vendor:${id}`)) : billEvent(id, bump(`vendorbill:${id}`)));
  }
  shuffleTail(events, scenario.vendors.length);
  const batches: EventEnvelope[][] = [];
  for (let at = 0; at < events.length;) {
    const size = 1 + Math.floor(random() * 20);
    const batch = events.slice(at, at + size);
    batches.push(batch);
    if (random() < 0.08) batches.push(batch);
    at += size;
  }
  return { batches, records, latestVendorPhone };

  function bump(key: string): number {
    const next = (versions.get(key) ?? 0) + 1;
    versions.set(key, next);
    return next;
  }

  function vendorEvent(id: string, version: number): EventEnvelope {
    const snapshot = vendorSnapshot(id, scenario);
    const phone = version === 0 ? snapshot.phone : `+1 555 01${String(version).padStart(2, '0')}`;
    records.add(`vendor:${id}`);
    latestVendorPhone.set(id, phone); // versions are generated in increasing order
    return envelope('vendor', { ...snapshot, phone, lastModified: later(snapshot.lastModified, version) });
  }

  function billEvent(id: string, version: number): EventEnvelope {
    const snapshot = billSnapshot(id, scenario);
    records.add(`vendorbill:${id}`);
    return envelope('vendorbill', { ...snapshot, lastModified: later(snapshot.lastModified, version) });
  }

  /** Shuffles everything after the first `keep` events (Fisher–Yates with the seeded random). */
  function shuffleTail(items: EventEnvelope[], keep: number): void {
    for (let index = items.length - 1; index > keep; index--) {
      const other = keep + Math.floor(random() * (index - keep + 1));
      [items[index], items[other]] = [items[other]!, items[index]!];
    }
  }
}

function later(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString().replace('.000Z', 'Z');
}
