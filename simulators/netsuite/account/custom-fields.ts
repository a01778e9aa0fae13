// Custom fields defined in the account. NetSuite rejects values for fields that do not exist and
// enforces the field type's length: free-form text holds 300 characters, a text area 4,000 and a
// long text (CLOBTEXT) 1,000,000 ("Field Type Descriptions for Custom Fields",
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N2842731.html).
// The SuiteApp defines no body or entity fields (its sync state is a custom record), so an account
// starts with none; tests add some with `control.defineCustomField`.

export interface CustomFieldDefinition {
  id: string;
  kind: 'text' | 'textarea' | 'checkbox' | 'number' | 'date';
  /** The record types the field applies to (`bodypurchase` covers bills and POs). */
  appliesTo: readonly string[];
}

export const TEXT_LIMITS = { text: 300, textarea: 4000, clobtext: 1_000_000 } as const;

/** A problem with a value, or null when the value fits the field. */
export function checkCustomValue(definition: CustomFieldDefinition, value: unknown): string | null {
  if (value === null) return null;
  switch (definition.kind) {
    case 'text':
    case 'textarea':
      return checkText(value, TEXT_LIMITS[definition.kind]);
    case 'checkbox':
      return typeof value === 'boolean' ? null : `expects true or false, got ${typeof value}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `expects a number, got ${typeof value}`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'expects a date YYYY-MM-DD';
  }
}

export function checkText(value: unknown, limit: number): string | null {
  if (typeof value !== 'string') return `expects text, got ${typeof value}`;
  return value.length > limit ? `is ${value.length} characters long; the field holds ${limit}` : null;
}
