import type { LineMapping } from '../../../../suiteapp/src/lib/sync-detail';
import type { AuditEntry } from '../../audit/actions';
import { redact } from '../../audit/redact';
import type { SyncRecordRow } from '../../store/records';
import { When } from './components';
import { inWords } from '../../transport/error-words';
import { sentValues, type SentValues } from './sent-values';

// Sections of the record page: the per-line mapping and what was sent to Procurify.

export function LineTable(props: { lines: LineMapping[] }) {
  const missing = <span class="state state-needs_mapping">missing</span>;
  return (
    <table>
      <thead>
        <tr>
          <th class="num">Line</th>
          <th>NetSuite GL account</th>
          <th>Procurify account code</th>
          <th>NetSuite department</th>
          <th>Procurify department</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <tr>
            <td class="num">{line.line}</td>
            <td>{line.glAccount ?? ''}</td>
            <td>{line.accountCode ?? missing}</td>
            <td>{line.department ?? ''}</td>
            <td>{line.procurifyDepartment ?? missing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "What was sent": the values this record sends to Procurify (vendor name, invoice number, amounts,
 * account codes), then, secondary and folded, the requests made (method, path, answer; bodies are never kept).
 */
export function WhatWasSent(props: {
  row: Pick<SyncRecordRow, 'recordType' | 'recordId' | 'snapshot' | 'status'>;
  lines: readonly LineMapping[];
  history: AuditEntry[];
  nowMs: number;
  /** Secret values cut out of what is shown, as the audit trail cuts them out of what it stores. */
  secrets?: readonly string[];
}) {
  const { row } = props;
  const requests = props.history.filter((entry) => entry.action === 'procurify_request');
  const writes = requests.filter((entry) => String(entry.detail.method ?? 'GET').toUpperCase() !== 'GET');
  const written = writes.filter((entry) => typeof entry.detail.status === 'number' && entry.detail.status < 300);
  const found = row.recordType === 'purchaseorder' ? null : sentValues(row, props.lines);
  const values = found && (redact(found, props.secrets) as SentValues);
  return (
    <>
      <p class="sent-lead">{sentLead(row, writes.length, written[0], props.nowMs)}</p>
      {values && <ValueTable values={values} nowMs={props.nowMs} />}
      {requests.length > 0 ? (
        <details class="requests-made">
          <summary>
            {requests.length} request{requests.length === 1 ? '' : 's'} to Procurify ({writes.length} write
            {writes.length === 1 ? '' : 's'})
          </summary>
          <RequestTable requests={requests} nowMs={props.nowMs} />
        </details>
      ) : (
        <p class="muted small">No request was made to Procurify for this record.</p>
      )}
    </>
  );
}

function sentLead(
  row: Pick<SyncRecordRow, 'recordType' | 'status'>,
  writes: number,
  lastWrite: AuditEntry | undefined,
  nowMs: number,
) {
  if (row.recordType === 'purchaseorder') {
    return 'Nothing: purchase orders are not written to Procurify (its API cannot create them); their lines are only checked.';
  }
  if (lastWrite) {
    return (
      <>
        Sent to Procurify, last <When iso={lastWrite.at} nowMs={nowMs} />:
      </>
    );
  }
  if (row.status === 'linked') {
    return 'Nothing was written: Procurify already had this invoice for this vendor, so the record was linked to it. It was matched on these values:';
  }
  if (row.status === 'synced') return 'Procurify already held these values, so nothing needed writing:';
  if (row.status === 'deleted') return 'Nothing was written for the delete.';
  if (writes > 0) return 'Procurify refused the write. These are the values that were sent:';
  const when =
    row.status === 'needs_mapping'
      ? 'once it maps'
      : row.status === 'failed'
        ? 'once the problem above is fixed'
        : 'when it is synced';
  return `Nothing was sent to Procurify for this record yet. It sends these values ${when}:`;
}

function ValueTable(props: { values: SentValues; nowMs: number }) {
  const { values } = props;
  return (
    <>
      <dl class="facts sent-values">
        {values.fields.map((field) => (
          <>
            <dt>{field.label}</dt>
            <dd class={field.label === 'Note' ? 'note' : undefined}>{field.value}</dd>
          </>
        ))}
      </dl>
      {values.lines.length > 0 && (
        <table class="sent-lines">
          <thead>
            <tr>
              <th class="num">Line</th>
              <th>Description</th>
              <th>Procurify account code</th>
              <th>Procurify department</th>
              <th class="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {values.lines.map((line) => (
              <tr>
                <td class="num">{line.line}</td>
                <td>{line.description}</td>
                <td>{line.accountCode ?? <span class="state state-needs_mapping">missing</span>}</td>
                <td>{line.department ?? <span class="state state-needs_mapping">missing</span>}</td>
                <td class="num">{line.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {values.version && (
        <p class="muted small">
          From the NetSuite version saved <When iso={values.version} nowMs={props.nowMs} />.
        </p>
      )}
    </>
  );
}

function RequestTable(props: { requests: AuditEntry[]; nowMs: number }) {
  return (
    <table class="small">
      <thead>
        <tr>
          <th>Request</th>
          <th>Answer</th>
          <th class="num">Duration</th>
          <th>When</th>
        </tr>
      </thead>
      <tbody>
        {props.requests.map((entry) => {
          const detail = entry.detail as {
            method?: string;
            path?: string;
            status?: number;
            durationMs?: number;
            error?: string;
          };
          return (
            <tr>
              <td>
                <code>
                  {detail.method} {detail.path}
                </code>
              </td>
              <td>{detail.status ? <HttpStatus status={detail.status} /> : inWords(detail.error ?? 'no answer')}</td>
              <td class="num">{detail.durationMs ?? ''} ms</td>
              <td class="when">
                <When iso={entry.at} nowMs={props.nowMs} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function HttpStatus(props: { status: number }) {
  const tone = props.status < 300 ? 'good' : props.status < 500 ? 'bad' : 'warn';
  return <span class={`pill pill-${tone}`}>HTTP {props.status}</span>;
}
