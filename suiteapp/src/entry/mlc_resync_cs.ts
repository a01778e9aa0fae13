/**
 * ml-connector: the "Resync to Procurify" button. Client scripts cannot read API secrets, so it
 * asks the Suitelet to sign and send, and shows the answer.
 * @NApiVersion 2.1
 * @NScriptType ClientScript
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as https from 'N/https';
import * as url from 'N/url';
import { SCRIPTS } from '../lib/ids';
import { parseResyncReply } from '../lib/resync-answer';

/** NetSuite requires a client script to export at least one entry point. */
export const pageInit: EntryPoints.Client.pageInit = () => undefined;

export function resyncToProcurify(recordType: string, recordId: string): Promise<void> {
  const target = url.resolveScript({
    scriptId: SCRIPTS.resyncSuitelet.scriptId,
    deploymentId: SCRIPTS.resyncSuitelet.deploymentId,
    params: { recordType, recordId },
  });
  return https.post
    .promise({ url: target, body: '', headers: { 'Content-Type': 'application/json' } })
    .then((response) => parseResyncReply(response.body))
    .catch((error: unknown) => ({ ok: false, message: `Not queued: ${String(error)}` }))
    .then((reply) => window.alert(reply.message));
}
