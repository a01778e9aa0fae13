import { byId, type SimState, type TermKind, type VendorRecord } from './state';

// The four vendor read models of the spec. They differ per verb, and clients must cope:
// OptimizedVendor (list, PATCH), VendorDetail (POST, GET by id), Vendor (PUT: `*_ref` as integers),
// VendorRead (embedded in bills and bill lines).

const TERM_KINDS: TermKind[] = ['payment_term_ref', 'shipping_term_ref', 'payment_method_ref', 'shipping_method_ref'];

function nestedRefs(state: SimState, vendor: VendorRecord) {
  const refs: Record<string, unknown> = {};
  for (const kind of TERM_KINDS) {
    const id = vendor[kind];
    const term = id == null ? undefined : byId(state.terms[kind], id);
    refs[kind] = term ? { id: term.id, name: term.name, description: term.description, active: term.active } : null;
  }
  return refs;
}

function common(vendor: VendorRecord) {
  return {
    id: vendor.id,
    name: vendor.name,
    active: vendor.active,
    addressLineOne: vendor.addressLineOne,
    addressLineTwo: vendor.addressLineTwo,
    postalCode: vendor.postalCode,
    city: vendor.city,
    state_province: vendor.state_province,
    country: vendor.country,
    phoneOne: vendor.phoneOne,
    phoneTwo: vendor.phoneTwo,
    fax: vendor.fax,
    email: [...vendor.email],
    comments: vendor.comments,
    contact: vendor.contact,
    url: vendor.url,
    external_id: vendor.external_id,
    dateModified: vendor.dateModified,
    currency: vendor.currency,
    payment_methods: [],
    tax: vendor.tax,
    type: vendor.type,
    default_payment_method: vendor.default_payment_method,
    creditcards: [],
    is_1099_eligible: vendor.is_1099_eligible,
    is_auto_email_po_enabled: vendor.is_auto_email_po_enabled,
    po_pdf_labels: vendor.po_pdf_labels,
    email_configurations: vendor.email_configurations,
  };
}

function scoreAsNumber(vendor: VendorRecord): number | null {
  return vendor.overall_score == null ? null : Number(vendor.overall_score);
}

// `vendor_request` is left out: the spec requires a non-null `submitted_date` inside it, and a vendor
// created through the API has no vendor request.
export function serializeOptimizedVendor(state: SimState, vendor: VendorRecord) {
  return { ...common(vendor), ...nestedRefs(state, vendor), overall_score: vendor.overall_score };
}

export function serializeVendorDetail(state: SimState, vendor: VendorRecord) {
  return { ...common(vendor), ...nestedRefs(state, vendor), overall_score: scoreAsNumber(vendor), performance: null };
}

export function serializeVendorForPut(vendor: VendorRecord) {
  const refs = Object.fromEntries(TERM_KINDS.map((kind) => [kind, vendor[kind]]));
  return { ...common(vendor), ...refs, overall_score: scoreAsNumber(vendor) };
}

export function serializeVendorRead(state: SimState, vendor: VendorRecord) {
  return { ...common(vendor), ...nestedRefs(state, vendor), overall_score: scoreAsNumber(vendor) };
}
