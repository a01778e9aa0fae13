import { z } from 'zod';
import type { ProcurifyClient } from '../../procurify';
import { paginatedSchema } from '../../procurify/schemas/envelope';
import { HttpError } from '../../transport/errors';
import { check, errorText, transportProblem, type CheckResult } from './check';

// Procurify: the token, then read access to every resource the relay uses, one small page each.

export const PROCURIFY_RESOURCES = [
  ['vendors', '/api/v3/vendors/all/'],
  ['account codes', '/api/v3/account-codes/'],
  ['departments', '/api/v3/departments/'],
  ['accounts (code × department)', '/api/v3/accounts/'],
  ['currencies', '/api/v2/currencies/'],
  ['locations', '/api/v2/locations/'],
  ['bills', '/api/v3/ap/bills/'],
] as const;

const countSchema = paginatedSchema(z.unknown());

export async function checkProcurify(
  client: ProcurifyClient,
  tokenPath: string,
): Promise<{ results: CheckResult[]; counts: Record<string, number> }> {
  const counts: Record<string, number> = {};
  const explain = (error: unknown) => explainProcurify(error, tokenPath);
  const first = await check(
    'token and first read',
    async () => {
      counts.currencies = await countOf(client, '/api/v2/currencies/');
      return 'client credentials accepted';
    },
    explain,
  );
  if (!first.ok) return { results: [first], counts };
  const results = [first];
  for (const [name, path] of PROCURIFY_RESOURCES) {
    results.push(
      await check(
        `read ${name}`,
        async () => {
          counts[name] = await countOf(client, path);
          return `${counts[name]} found`;
        },
        explain,
      ),
    );
  }
  return { results, counts };
}

async function countOf(client: ProcurifyClient, path: string): Promise<number> {
  const page = await client.request({
    method: 'GET',
    path,
    query: { page_size: 1 },
    schema: countSchema,
    schemaName: 'paginated list',
  });
  return page.metadata.pagination.count;
}

function explainProcurify(error: unknown, tokenPath: string): string {
  const transport = transportProblem('Procurify', error);
  if (transport) return transport;
  if (error instanceof HttpError && error.target.path === tokenPath) {
    if (error.status === 400 || error.status === 401 || error.status === 403) {
      return `Procurify refused the client credentials (HTTP ${error.status}): the client id or client secret is wrong. Check PROCURIFY_CLIENT_ID and PROCURIFY_CLIENT_SECRET (or run \`mlc credentials set procurify\`).`;
    }
    if (error.status === 404)
      return 'Procurify has no token endpoint at PROCURIFY_TOKEN_URL; check PROCURIFY_BASE_URL.';
  }
  if (error instanceof HttpError && (error.status === 401 || error.status === 403)) {
    return `Procurify refused the read (HTTP ${error.status}): the API client's user lacks permission for this resource.`;
  }
  if (error instanceof HttpError && error.status === 404)
    return 'Procurify answered 404: check PROCURIFY_BASE_URL (https://<domain>.procurify.com).';
  return errorText(error);
}
