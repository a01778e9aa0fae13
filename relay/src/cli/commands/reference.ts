import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import type { Command } from '../command';
import { print } from '../context';
import { EXIT } from '../errors';
import { table } from '../table';

export const referenceRefreshCommand: Command = {
  name: 'reference refresh',
  summary: 'read Procurify’s and NetSuite’s reference data now (after adding an account code or department)',
  help: `Usage: mlc reference refresh

${RELAY_OPTIONS_HELP}

The relay reads both systems' reference lists (Procurify account codes, departments, accounts and
currencies; NetSuite accounts, departments, subsidiaries, terms and currencies) now rather than at the
next hourly refresh. Records waiting for a mapping are tried again if anything changed. Replay already
refreshes the Procurify lists a record's problem depends on.`,
  options: { ...RELAY_OPTIONS },
  async run(args, context) {
    const client = createAdminClient(context, args);
    const { refreshed } = await client.request<{ refreshed: Record<string, Record<string, number>> }>(
      'POST',
      '/v1/reference/refresh',
    );
    const rows = Object.entries(refreshed).flatMap(([system, counts]) =>
      Object.entries(counts).map(([list, count]) => [system, list.replace('_', ' '), String(count)]),
    );
    print(context, table(['system', 'list', 'items'], rows));
    return EXIT.ok;
  },
};
