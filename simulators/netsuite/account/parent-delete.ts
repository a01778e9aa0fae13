// What a delete does to the custom record selects that point at the deleted record: SET_NULL empties
// them (the holder's last-modified moves), anything else refuses the delete ("Customizing Delete
// Behavior for Records Referenced by Custom Fields",
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_3910292537.html).
import type { CustomRecordStore } from './custom-record-store';
import { RecordRuleError } from './errors';
import type { ReferenceHolder } from './reference-index';
import { targetCovers } from './select-targets';

function dependents(
  store: CustomRecordStore,
  type: string,
  id: string,
): (ReferenceHolder & { onParentDelete: string })[] {
  return store.holdersOf(id).flatMap((holder) => {
    const field = store.selectFields(holder.type).find((each) => each.fieldId === holder.fieldId);
    return field && targetCovers(field.target, type) ? [{ ...holder, onParentDelete: field.onParentDelete }] : [];
  });
}

export function checkDeletable(store: CustomRecordStore, type: string, id: string): void {
  if (dependents(store, type, id).some((dependent) => dependent.onParentDelete !== 'SET_NULL')) {
    // The code and text as a NetSuite-backed app handles them (a secondary source).
    throw new RecordRuleError(
      'dependent_records',
      'THIS_RECORD_CANNOT_BE_DELETED_BECAUSE_IT_HAS_DEPENDENT_RECORDS',
      'This record cannot be deleted because it has dependent records.',
    );
  }
}

export function releaseReferencesTo(store: CustomRecordStore, type: string, id: string): void {
  for (const dependent of dependents(store, type, id)) {
    const row = store.peek(dependent.type, dependent.id);
    if (!row) continue;
    const value = row.fields[dependent.fieldId];
    const kept = Array.isArray(value) ? value.filter((each) => each !== id) : [];
    store.save(dependent.type, dependent.id, { ...row.fields, [dependent.fieldId]: kept.length > 0 ? kept : null });
  }
}
