// Custom fields defined in the account. NetSuite rejects values for fields that do not exist and
// enforces the field type's length: free-form text holds 300 characters, a text area 4,000.

export interface CustomFieldDefinition {
  id: string;
  kind: 'text' | 'textarea' | 'checkbox' | 'number' | 'date';
  /** The record types the field applies to (`bodypurchase` covers bills and POs). */
  appliesTo: readonly string[];
}

export const TEXT_LIMITS = { text: 300, textarea: 4000 } as const;

const TRANSACTIONS = ['vendorbill', 'purchaseorder'];

/** The SuiteApp's writeback fields (DESIGN.md "Relay → NetSuite writeback"). */
export function defaultCustomFields(): CustomFieldDefinition[] {
  const fields: CustomFieldDefinition[] = [];
  for (const [prefix, appliesTo] of [
    ['custbody_mlc_', TRANSACTIONS],
    ['custentity_mlc_', ['vendor']],
  ] as const) {
    fields.push(
      { id: `${prefix}status`, kind: 'text', appliesTo },
      { id: `${prefix}procurify_id`, kind: 'text', appliesTo },
      { id: `${prefix}synced_at`, kind: 'text', appliesTo },
      { id: `${prefix}message`, kind: 'text', appliesTo },
      { id: `${prefix}detail`, kind: 'textarea', appliesTo },
    );
  }
  return fields;
}

/** A problem with a value, or null when the value fits the field. */
export function checkCustomValue(definition: CustomFieldDefinition, value: unknown): string | null {
  if (value === null) return null;
  switch (definition.kind) {
    case 'text':
    case 'textarea': {
      if (typeof value !== 'string') return `expects text, got ${typeof value}`;
      const limit = TEXT_LIMITS[definition.kind];
      return value.length > limit ? `is ${value.length} characters long; the field holds ${limit}` : null;
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : `expects true or false, got ${typeof value}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `expects a number, got ${typeof value}`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'expects a date YYYY-MM-DD';
  }
}
