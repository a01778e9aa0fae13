// The request bodies of the undocumented v2 draft-bill flow, field for field as the only evidence shows
// them (docs/reference/procurify-api.md "Bill writes (undocumented)"; `bill_create_request_UNDOCUMENTED` in procurify-examples.json).

export interface BillLineInput {
  description: string;
  /** Procurify account id (account code × department), the `budget` of a cost allocation. */
  accountId: number;
  /** Decimal string, e.g. "11.00". */
  amount: string;
}

export interface BillWriteInput {
  vendorId: number;
  invoiceNumber: string;
  /** YYYY-MM-DD */
  invoiceDate: string;
  /** YYYY-MM-DD, or null when NetSuite has none. */
  dueDate: string | null;
  currencyId: number;
  paymentTerms: string;
  note: string;
  lines: BillLineInput[];
}

/** What the evidence reads back from a created item: its id and its cost allocation's ids. */
export interface CreatedItem {
  id: number;
  allocation: { id?: number; object_id?: number | null; created_on?: string } | undefined;
}

/** Step 1, `POST /api/v3/ap/items/`: one item per line, created at zero cost as in the evidence. */
export function itemCreateBody(input: BillWriteInput, line: BillLineInput) {
  return {
    bill_by_cost: false,
    cost_allocations: [{ amount: '0.00', budget: line.accountId, currency: input.currencyId }],
    currency: input.currencyId,
    custom_fields: [],
    description: line.description,
    packing_slips: [],
    shipping_amount: null,
    sku: '',
    tax_is_inclusive: false,
    tax: null,
    unit: '',
    vendor: input.vendorId,
    quantity: '1',
    unit_cost: '0.00',
  };
}

// `currency` is our one addition to the evidence's bodies: docs/architecture.md "Bills" wants the bill in the NetSuite
// currency, and procure-cli lists `currency` among the writable bill fields; without it Procurify
// would fall back to the vendor's currency.
function billHeader(input: BillWriteInput) {
  return {
    vendor: input.vendorId,
    currency: input.currencyId,
    invoice_number: input.invoiceNumber,
    payment_method: null,
    payment_terms: input.paymentTerms,
    invoice_date: input.invoiceDate,
    due_date: input.dueDate,
    gl_post_date: input.invoiceDate,
    note: input.note,
    costs: [],
    invoice_attachments: [],
  };
}

/** Step 2, `POST /api/v2/ap/bills/`: the empty draft. */
export function draftBillBody(input: BillWriteInput) {
  return { items: [], ...billHeader(input), approval_chain: null, approver: null };
}

/** Step 3, `POST /api/v3/ap/bills/{id}/add-items/`: attach the zero-cost items. */
export function addItemsBody(items: readonly CreatedItem[]) {
  return {
    items: items.map((item) => ({
      id: item.id,
      quantity: '1.00000000',
      unit_cost: 0,
      bill_by_cost: false,
      total_cost: 0,
    })),
  };
}

/** Step 4, `PUT /api/v2/ap/bills/{id}/`: the full bill with each line's amount; status 0 (draft) or 1 (submit). */
export function billUpdateBody(
  input: BillWriteInput,
  items: readonly CreatedItem[],
  approval: { approval_chain: number | null; approver: number | null },
  status: 0 | 1,
) {
  return {
    items: items.map((item, index) => {
      const line = input.lines[index]!;
      const amount = Number(line.amount);
      return {
        id: item.id,
        bill_by_cost: false,
        quantity: '1.00000000',
        tax: null,
        shipping_amount: null,
        tax_amount: 0,
        tax_is_inclusive: false,
        total_cost: amount,
        total_cost_with_tax: amount,
        unit_cost: amount,
        packing_slips: [],
        cost_allocations: [
          {
            ...(item.allocation?.id === undefined ? {} : { id: item.allocation.id }),
            budget: line.accountId,
            ...(item.allocation?.object_id === undefined ? {} : { object_id: item.allocation.object_id }),
            amount: toEightDecimals(line.amount),
            currency: input.currencyId,
            ...(item.allocation?.created_on === undefined ? {} : { created_on: item.allocation.created_on }),
          },
        ],
        custom_fields: [],
      };
    }),
    ...billHeader(input),
    ...approval,
    status,
  };
}

/** "11" / "11.5" / "-3.25" → "11.00000000" / "11.50000000" / "-3.25000000", without going through floats. */
export function toEightDecimals(amount: string): string {
  const match = /^(-?)(\d+)(?:\.(\d{1,8}))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole}.${fraction.padEnd(8, '0')}`;
}
