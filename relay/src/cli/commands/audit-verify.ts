import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAdminClient, RELAY_OPTIONS, RELAY_OPTIONS_HELP } from '../admin-client';
import { stringOption, type Command } from '../command';
import { print } from '../context';
import { EXIT, usageError } from '../errors';

interface Anchor {
  id: number;
  hash: string;
  entries?: number;
  at?: string;
}

export const auditVerifyCommand: Command = {
  name: 'audit verify',
  summary: 'check the audit trail’s keyed hash chain (and an exported anchor): exit 1 if it was tampered with',
  help: `Usage: mlc audit verify [--anchor FILE]

  --anchor FILE      an anchor \`mlc audit anchor\` exported earlier: also detects a trail emptied,
                     cut back or rewritten (even by someone holding the master key) since then
${RELAY_OPTIONS_HELP}`,
  options: { ...RELAY_OPTIONS, anchor: { type: 'string' } },
  async run(args, context) {
    const anchorFile = stringOption(args, 'anchor');
    const anchor = anchorFile === undefined ? undefined : readAnchor(path.resolve(context.cwd, anchorFile));
    const client = createAdminClient(context, args);
    const query = anchor ? `?${new URLSearchParams({ anchorId: String(anchor.id), anchorHash: anchor.hash })}` : '';
    const result = await client.request<{ ok: boolean; entries?: number; firstBadEntry?: unknown; reason?: string }>(
      'GET',
      `/v1/audit/verify${query}`,
    );
    if (result.ok) {
      const against = anchor ? `, and it still holds the anchored entry ${anchor.id}` : '';
      print(context, `Audit trail intact: ${result.entries ?? 0} entries, hash chain verified${against}.`);
      return EXIT.ok;
    }
    print(context, 'Audit trail BROKEN: it was changed after it was written.');
    if (result.firstBadEntry !== undefined) print(context, `First bad entry: ${JSON.stringify(result.firstBadEntry)}`);
    if (result.reason) print(context, `Reason: ${result.reason}`);
    return EXIT.failure;
  },
};

export const auditAnchorCommand: Command = {
  name: 'audit anchor',
  summary: 'export the audit chain’s anchor (newest entry and hash) to keep outside the relay',
  help: `Usage: mlc audit anchor [--out FILE]

  --out FILE         write the anchor there (default: print it)
${RELAY_OPTIONS_HELP}

Keep anchors where whoever can write the relay's files cannot (another machine, a ticket, a
write-once bucket), e.g. daily from cron; \`mlc audit verify --anchor FILE\` checks against one.`,
  options: { ...RELAY_OPTIONS, out: { type: 'string' } },
  async run(args, context) {
    const client = createAdminClient(context, args);
    const anchor = await client.request<Anchor>('GET', '/v1/audit/anchor');
    const text = `${JSON.stringify(anchor, null, 2)}\n`;
    const out = stringOption(args, 'out');
    if (out === undefined) {
      context.stdout.write(text);
    } else {
      writeFileSync(path.resolve(context.cwd, out), text, { mode: 0o600 });
      print(context, `Anchor of entry ${anchor.id} written to ${out}.`);
    }
    return EXIT.ok;
  },
};

function readAnchor(file: string): Anchor {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Anchor>;
    if (Number.isInteger(parsed.id) && typeof parsed.hash === 'string' && /^[0-9a-f]{64}$/.test(parsed.hash)) {
      return parsed as Anchor;
    }
  } catch {
    // Reported below.
  }
  throw usageError(`--anchor: ${file} is not an anchor written by \`mlc audit anchor\`.`);
}
