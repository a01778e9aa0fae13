import type { RecordPreview } from '../../reconcile/preview-record';
import type { AdminClient } from '../admin-client';
import { print, type CliContext } from '../context';

// `mlc replay --dry-run TYPE ID`: what a replay would send to Procurify, and what it would change,
// from GET /v1/records/{type}/{id}/preview. Nothing is written.

/** Outcomes that mean the replay would not get the record into Procurify: `mlc replay --dry-run` exits 1. */
export const PREDICTED_FAILURES = ['failed', 'needs_mapping'];

/** Prints the preview; answers the predicted outcome (`synced`, `needs_mapping`, `would_write`…). */
export async function printReplayDryRun(
  client: AdminClient,
  context: CliContext,
  key: { recordType: string; recordId: string },
): Promise<string> {
  const preview = await client.request<RecordPreview>(
    'GET',
    `/v1/records/${encodeURIComponent(key.recordType)}/${encodeURIComponent(key.recordId)}/preview`,
  );
  print(context, `Dry run of ${key.recordType} ${key.recordId}: nothing was sent to Procurify.`);
  print(context, `Outcome: ${preview.outcome.status}${preview.outcome.message ? ` — ${preview.outcome.message}` : ''}`);
  if (preview.requests.length === 0) {
    print(context, 'No request would be sent.');
    return preview.outcome.status;
  }
  preview.requests.forEach((request, index) => {
    print(context, '');
    print(context, `${index + 1}. ${request.method} ${request.path}`);
    if (request.body !== undefined) print(context, indent(JSON.stringify(request.body, null, 2)));
    const diff = preview.diff[index];
    if (diff?.kind === 'update') {
      print(context, `   changes (${diff.changes.length}; ${diff.unchanged} field(s) unchanged):`);
      for (const change of diff.changes) {
        print(context, `   - ${change.field}: ${JSON.stringify(change.current)} → ${JSON.stringify(change.proposed)}`);
      }
    } else if (diff?.kind === 'create') print(context, '   creates a new record in Procurify');
  });
  return preview.outcome.status;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `   ${line}`)
    .join('\n');
}
