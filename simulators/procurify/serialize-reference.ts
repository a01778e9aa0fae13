import {
  byId,
  type AccountCodeRecord,
  type AccountRecord,
  type CurrencyRecord,
  type DepartmentRecord,
  type LocationRecord,
  type SimState,
} from './state';

// Reference data in the read shapes of the spec (Currency, LocationView, DepartmentRead,
// AccountCodeRead, ChartOfAccountsAccount, AccountRead, UserSummary).

const MISSING_CURRENCY: CurrencyRecord = {
  id: 0,
  name: 'USD',
  description: '',
  rate: '1.000000',
  base: true,
  active: true,
};

export function currencyOf(state: SimState, id: number | null | undefined): CurrencyRecord {
  return (
    (id != null ? byId(state.currencies, id) : undefined) ?? state.currencies.find((c) => c.base) ?? MISSING_CURRENCY
  );
}

export function serializeCurrency(currency: CurrencyRecord) {
  const { id, name, description, rate, base, active } = currency;
  return { id, name, description, rate, base, active };
}

function address(location: LocationRecord) {
  return {
    id: location.id,
    name: location.name,
    addressLineOne: '1 Main Street',
    city: location.name,
    postalCode: '00000',
    state_province: '',
    country: 'United States',
  };
}

export function serializeLocationView(state: SimState, location: LocationRecord) {
  return {
    id: location.id,
    name: location.name,
    url: null,
    logo: '',
    currency: serializeCurrency(currencyOf(state, location.currencyId)),
    phoneOne: location.phoneOne,
    fax: null,
    email: null,
    primary_billing_address: address(location),
    primary_shipping_address: address(location),
    shipping_addresses: [address(location)],
    language: 1,
    // The spec types this `integer` with a string enum of zone names, so only null can satisfy it.
    locationTimezone: null,
    headquarter: location.headquarter,
    department_count: state.departments.filter((d) => d.locationId === location.id).length,
    active: location.active,
    external_id: location.external_id,
    legal_entity: null,
  };
}

function locationOf(state: SimState, id: number): LocationRecord {
  return (
    byId(state.locations, id) ?? {
      id,
      name: `Location ${id}`,
      currencyId: 0,
      headquarter: false,
      active: true,
      external_id: null,
      phoneOne: '',
    }
  );
}

export function serializeDepartmentRead(state: SimState, department: DepartmentRecord, forAccountCode?: number) {
  const branch = locationOf(state, department.locationId);
  return {
    id: department.id,
    branch: { id: branch.id, name: branch.name, headquarter: branch.headquarter },
    external_id: department.external_id,
    name: department.name,
    active: department.active,
    punchout_email: department.punchout_email,
    is_active_for_account_code:
      forAccountCode !== undefined &&
      state.accounts.some((a) => a.accountCodeId === forAccountCode && a.departmentId === department.id && a.active),
  };
}

export function serializeDepartmentSummary(state: SimState, department: DepartmentRecord) {
  const branch = locationOf(state, department.locationId);
  return {
    id: department.id,
    branch: { id: branch.id, name: branch.name },
    external_id: department.external_id,
    name: department.name,
    punchout_email: department.punchout_email,
    active: department.active,
  };
}

export function serializeAccountCode(state: SimState, code: AccountCodeRecord) {
  return {
    id: code.id,
    applied_accounts_count: state.accounts.filter((a) => a.accountCodeId === code.id).length,
    code: code.code,
    code_length: code.code.length,
    description: code.description,
    account_type: code.account_type,
    active: code.active,
    parent: code.parent,
  };
}

function partsOf(state: SimState, account: AccountRecord) {
  const code = byId(state.accountCodes, account.accountCodeId);
  const department = byId(state.departments, account.departmentId);
  if (!code || !department) throw new Error(`account ${account.id} refers to a missing account code or department`);
  return { code, department };
}

/** A list item of GET /api/v3/accounts/ (ChartOfAccountsAccount). */
export function serializeChartAccount(state: SimState, account: AccountRecord) {
  const { code, department } = partsOf(state, account);
  return {
    id: account.id,
    account_code: serializeAccountCode(state, code),
    department: serializeDepartmentRead(state, department),
    start_datetime: null,
    end_datetime: null,
    budget: account.budget,
    budget_used_approved: '0.00',
    budget_used_purchased: '0.00',
    balance_approved: account.budget,
    balance_purchased: account.budget,
    active: account.active,
  };
}

/** The `budget` of a bill line's cost allocation (AccountRead). */
export function serializeAccountRead(state: SimState, account: AccountRecord) {
  const { code, department } = partsOf(state, account);
  return {
    id: account.id,
    account_code: serializeAccountCode(state, code),
    department: serializeDepartmentSummary(state, department),
    warning_indicator: false,
    budget_used_approved: 0,
    budget_used_purchased: 0,
    start_datetime: null,
    end_datetime: null,
    budget: account.budget,
    balance_approved: account.budget,
    balance_purchased: account.budget,
    active: account.active,
  };
}

/** The API user the client credentials are bound to (Procurify runs API calls as that user). */
export const API_USER = {
  id: 7,
  firstName: 'Integration',
  lastName: 'Bot',
  email: 'integration-bot@procurify-sim.example',
};

export function serializeUserSummary(state: SimState) {
  const department = state.departments[0] ?? {
    id: 0,
    name: 'Unassigned',
    locationId: 0,
    external_id: null,
    active: true,
    punchout_email: null,
  };
  return {
    id: API_USER.id,
    department: serializeDepartmentSummary(state, department),
    created_at: '2023-01-05T18:22:10.000000Z',
    updated_at: '2023-01-05T18:22:10.000000Z',
    firstName: API_USER.firstName,
    lastName: API_USER.lastName,
    email: API_USER.email,
    position: null,
    phone: null,
    address: null,
    notifications: false,
    is_active: true,
    mobile: false,
    profile_image: null,
    slack_user_id: '',
    is_sso_enabled: false,
    last_changed_by: null,
    user: API_USER.id,
    approval_delegatee: null,
  };
}

export function serializeSimpleUser() {
  return { ...API_USER, profile_image: null };
}
