import type { SyncRecordRow } from '../../store/records';
import { RecordLink, StateBadge, When } from './components';
import { describeRecord } from './describe-record';
import { inWords } from '../../transport/error-words';
import { formatRecordKey } from './record-keys';

/** Queue rows: a checkbox for bulk replay, what the record is, its state and message, and its own replay button. */
export function RecordTable(props: { rows: SyncRecordRow[]; nowMs: number }) {
  return (
    <table>
      <thead>
        <tr>
          <th class="narrow">
            <span class="sr-only">Select</span>
          </th>
          <th>Record</th>
          <th>What</th>
          <th>State</th>
          <th>Message</th>
          <th>Attempts</th>
          <th>Updated</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const key = formatRecordKey(row);
          const path = `/admin/records/${encodeURIComponent(row.recordType)}/${encodeURIComponent(row.recordId)}`;
          return (
            <tr>
              <td>
                <input type="checkbox" name="record" value={key} aria-label={`Select ${key}`} />
              </td>
              <td>
                <RecordLink recordType={row.recordType} recordId={row.recordId} />
              </td>
              <td class="what">{describeRecord(row)}</td>
              <td>
                <StateBadge state={row.status} />
              </td>
              <td class="message">{inWords(row.message ?? '')}</td>
              <td class="num">{row.attempts}</td>
              <td class="when">
                <When iso={row.updatedAt} nowMs={props.nowMs} />
              </td>
              <td>
                <button type="submit" formaction={`${path}/replay`} class="small">
                  Replay
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
