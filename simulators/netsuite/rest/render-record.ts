import { APPROVAL_STATUS_NAMES, displayName, transactionTotal } from '../account/derived';
import type { AccountStore } from '../account/store';
import type { AccountRecord, FieldValue, Fields, RecordType } from '../account/types';
import { BODY_FIELDS, SUBLISTS, type RestField } from './field-specs';

export interface RenderOptions {
  /** `https://host` the client used; links point back at it. */
  origin: string;
  expandSubResources: boolean;
  simpleEnumFormat: boolean;
  /** `fields=a,b`: only these properties (plus id and links). */
  fields: Set<string> | null;
}

const selfLink = (href: string) => [{ rel: 'self', href }];
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function enumRefName(spec: RestField, value: string): string {
  if (spec.rest === 'approvalStatus') return APPROVAL_STATUS_NAMES[value] ?? value;
  return value;
}

function renderValue(
  store: AccountStore,
  spec: RestField,
  value: FieldValue | undefined,
  options: RenderOptions,
): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  switch (spec.kind) {
    case 'ref': {
      const id = String(value);
      const refType = spec.refType as RecordType;
      return {
        links: selfLink(`${options.origin}/services/rest/record/v1/${refType}/${id}`),
        id,
        refName: displayName(store, refType, id) ?? id,
      };
    }
    case 'enum':
      return options.simpleEnumFormat
        ? String(value)
        : { id: String(value), refName: enumRefName(spec, String(value)) };
    case 'number':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    default:
      return value;
  }
}

function renderFields(
  store: AccountStore,
  specs: RestField[],
  fields: Readonly<Fields>,
  options: RenderOptions,
  into: Record<string, unknown>,
): void {
  for (const spec of specs) {
    const rendered = renderValue(store, spec, fields[spec.field], options);
    if (rendered !== undefined) into[spec.rest] = rendered;
  }
  for (const [key, value] of Object.entries(fields)) {
    // Custom fields travel under their script ids; nulls are left out like other empty fields.
    if (key.startsWith('cust') && value !== null && value !== undefined) into[key] = value;
  }
}

/** The REST JSON of a record (docs/reference/netsuite-api.md "Record JSON"). */
export function renderRecord(
  store: AccountStore,
  record: Readonly<AccountRecord>,
  options: RenderOptions,
): Record<string, unknown> {
  const href = `${options.origin}/services/rest/record/v1/${record.type}/${record.id}`;
  const body: Record<string, unknown> = { links: selfLink(href), id: record.id };
  renderFields(store, BODY_FIELDS[record.type], record.fields, options, body);
  body[record.type === 'vendor' ? 'dateCreated' : 'createdDate'] = isoSeconds(record.createdAt);
  body.lastModifiedDate = isoSeconds(record.lastModifiedAt);
  if (record.type === 'vendorbill' || record.type === 'purchaseorder') {
    const total = transactionTotal(record);
    body.total = total;
    body.userTotal = total;
  }
  for (const sublist of SUBLISTS[record.type] ?? []) {
    const sublistHref = `${href}/${sublist.rest}`;
    if (!options.expandSubResources) {
      body[sublist.rest] = { links: selfLink(sublistHref) };
      continue;
    }
    const lines = record.sublists[sublist.sublist] ?? [];
    body[sublist.rest] = {
      links: selfLink(sublistHref),
      items: lines.map((line, index) =>
        renderLine(store, sublist.rest, sublist.fields, line, index, sublistHref, options),
      ),
      totalResults: lines.length,
    };
  }
  if (options.fields) {
    for (const key of Object.keys(body))
      if (key !== 'links' && key !== 'id' && !options.fields.has(key)) delete body[key];
  }
  return body;
}

function renderLine(
  store: AccountStore,
  sublist: string,
  specs: RestField[],
  line: Readonly<Fields>,
  index: number,
  sublistHref: string,
  options: RenderOptions,
) {
  const key = String(line.line ?? line.id ?? index + 1);
  const rendered: Record<string, unknown> = { links: selfLink(`${sublistHref}/${key}`) };
  if (sublist === 'addressBook') {
    rendered.id = Number(key);
    rendered.label = line.label;
    rendered.defaultBilling = Boolean(line.defaultbilling);
    rendered.defaultShipping = Boolean(line.defaultshipping);
    const address: Record<string, unknown> = {};
    for (const name of ['addr1', 'addr2', 'city', 'state', 'zip'] as const) if (line[name]) address[name] = line[name];
    if (line.country) address.country = { id: line.country, refName: line.country };
    rendered.addressBookAddress = address;
    return rendered;
  }
  renderFields(store, specs, line, options, rendered);
  rendered.isBillable = false;
  return rendered;
}
