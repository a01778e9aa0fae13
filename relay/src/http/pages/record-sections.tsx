import type { LineMapping } from '../../../../suiteapp/src/lib/sync-detail';
import type { AuditEntry } from '../../audit/actions';
import { When } from './components';

// Sections of the record page: the per-line mapping and the requests sent to Procurify.

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

/** The requests made to Procurify for this record: method, path, answer and time (bodies are never kept). */
export function SentRequests(props: { history: AuditEntry[]; nowMs: number }) {
  const sent = props.history.filter((entry) => entry.action === 'procurify_request');
  if (sent.length === 0) return <p class="muted">Nothing was sent to Procurify for this record.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Request</th>
          <th>Answer</th>
          <th class="num">Duration</th>
          <th>When</th>
        </tr>
      </thead>
      <tbody>
        {sent.map((entry) => {
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
              <td>{detail.status ? <HttpStatus status={detail.status} /> : (detail.error ?? 'no answer')}</td>
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
