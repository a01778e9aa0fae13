import { nextId, type SimState, type TermKind, type VendorRecord } from './state';

// Applying a validated vendor write body to a record. The `*_ref` objects arrive as `{name, …}`; the
// spec does not say how Procurify resolves them, so the simulator finds a term of that name
// (case-insensitive) or creates one.

const TERM_KINDS: TermKind[] = ['payment_term_ref', 'shipping_term_ref', 'payment_method_ref', 'shipping_method_ref'];

const PLAIN_FIELDS = [
  'name',
  'active',
  'addressLineOne',
  'addressLineTwo',
  'postalCode',
  'city',
  'state_province',
  'country',
  'phoneOne',
  'phoneTwo',
  'fax',
  'email',
  'comments',
  'contact',
  'url',
  'external_id',
  'currency',
  'tax',
  'type',
  'default_payment_method',
  'is_1099_eligible',
  'overall_score',
  'is_auto_email_po_enabled',
  'po_pdf_labels',
  'email_configurations',
] as const;

export function blankVendor(state: SimState): VendorRecord {
  return {
    id: nextId(state, 'vendor'),
    name: '',
    active: true,
    addressLineOne: null,
    addressLineTwo: null,
    postalCode: null,
    city: null,
    state_province: null,
    country: null,
    phoneOne: null,
    phoneTwo: null,
    fax: null,
    email: [],
    comments: null,
    contact: null,
    url: null,
    external_id: null,
    dateModified: '',
    currency: null,
    payment_term_ref: null,
    shipping_term_ref: null,
    payment_method_ref: null,
    shipping_method_ref: null,
    tax: null,
    type: 4,
    default_payment_method: null,
    is_1099_eligible: null,
    overall_score: null,
    is_auto_email_po_enabled: false,
    po_pdf_labels: '',
    email_configurations: {},
  };
}

export function applyVendorFields(state: SimState, vendor: VendorRecord, body: Record<string, unknown>): void {
  const target = vendor as unknown as Record<string, unknown>;
  for (const field of PLAIN_FIELDS) {
    if (field in body) target[field] = body[field];
  }
  for (const kind of TERM_KINDS) {
    if (!(kind in body)) continue;
    const ref = body[kind] as { name: string; description?: string | null; active?: boolean } | null;
    vendor[kind] = ref === null ? null : resolveTerm(state, kind, ref);
  }
}

function resolveTerm(
  state: SimState,
  kind: TermKind,
  ref: { name: string; description?: string | null; active?: boolean },
): number {
  const terms = state.terms[kind];
  const existing = terms.find((term) => term.name.toLowerCase() === ref.name.toLowerCase());
  if (existing) return existing.id;
  const created = {
    id: nextId(state, kind, 0),
    name: ref.name,
    description: ref.description ?? null,
    active: ref.active ?? true,
  };
  terms.push(created);
  return created.id;
}
