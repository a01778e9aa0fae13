import type { ProcurifyClient } from './client';
import { listAll } from './paginate';
import {
  accountCodeSchema,
  accountSchema,
  currencySchema,
  departmentSchema,
  locationSchema,
  type Account,
  type AccountCode,
  type Currency,
  type Department,
  type Location,
} from './schemas/reference';

// Reference lists (docs/reference/procurify-api.md "Reference lists"): none has a change filter, so each is read in full.

export const listAccountCodes = (client: ProcurifyClient): Promise<AccountCode[]> =>
  listAll(client, '/api/v3/account-codes/', {}, accountCodeSchema, 'AccountCodeRead');

export const listDepartments = (client: ProcurifyClient): Promise<Department[]> =>
  listAll(client, '/api/v3/departments/', {}, departmentSchema, 'DepartmentRead');

export const listLocations = (client: ProcurifyClient): Promise<Location[]> =>
  listAll(client, '/api/v2/locations/', {}, locationSchema, 'LocationView');

export const listAccounts = (client: ProcurifyClient): Promise<Account[]> =>
  listAll(client, '/api/v3/accounts/', {}, accountSchema, 'ChartOfAccountsAccount');

export const listCurrencies = (client: ProcurifyClient): Promise<Currency[]> =>
  listAll(client, '/api/v2/currencies/', {}, currencySchema, 'Currency');
