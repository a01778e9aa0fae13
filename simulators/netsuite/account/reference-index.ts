// Which custom record select values point at which internal id, so a delete finds the records that
// depend on it without scanning every custom record (the relay keeps one sync-state row per record).
import type { FieldValue } from './types';

export interface ReferenceHolder {
  type: string;
  id: string;
  fieldId: string;
}

const keyOf = (holder: ReferenceHolder) => `${holder.type}\u0000${holder.id}\u0000${holder.fieldId}`;

function idsIn(value: FieldValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((id) => id !== '');
  return typeof value === 'string' && value !== '' ? [value] : typeof value === 'number' ? [String(value)] : [];
}

export class ReferenceIndex {
  private readonly byTarget = new Map<string, Map<string, ReferenceHolder>>();

  add(holder: ReferenceHolder, value: FieldValue | undefined): void {
    for (const id of idsIn(value)) {
      let holders = this.byTarget.get(id);
      if (!holders) this.byTarget.set(id, (holders = new Map()));
      holders.set(keyOf(holder), holder);
    }
  }

  remove(holder: ReferenceHolder, value: FieldValue | undefined): void {
    for (const id of idsIn(value)) {
      const holders = this.byTarget.get(id);
      holders?.delete(keyOf(holder));
      if (holders?.size === 0) this.byTarget.delete(id);
    }
  }

  /** Every select value holding this internal id, whatever record type the select aims at. */
  holdersOf(id: string): ReferenceHolder[] {
    return [...(this.byTarget.get(id)?.values() ?? [])];
  }
}
