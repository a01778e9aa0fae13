import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import type { Command } from '../command';
import { print } from '../context';
import { EXIT } from '../errors';
import { loadCliConfig } from '../settings';

export const auditVerifyCommand: Command = {
  name: 'audit verify',
  summary: 'check the audit trail’s hash chain: exit 1 if any entry was edited or deleted',
  help: `Usage: mlc audit verify

${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS },
  async run(args, context) {
    const client = createAdminClient(loadCliConfig(context), args);
    const result = await client.request<{ ok: boolean; entries?: number; firstBadEntry?: unknown; reason?: string }>(
      'GET',
      '/v1/audit/verify',
    );
    if (result.ok) {
      print(context, `Audit trail intact: ${result.entries ?? 0} entries, hash chain verified.`);
      return EXIT.ok;
    }
    print(context, 'Audit trail BROKEN: an entry was edited or deleted after it was written.');
    if (result.firstBadEntry !== undefined) print(context, `First bad entry: ${JSON.stringify(result.firstBadEntry)}`);
    if (result.reason) print(context, `Reason: ${result.reason}`);
    return EXIT.failure;
  },
};
