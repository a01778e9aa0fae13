import type { MappingPair } from '../../store/mapping-overrides';
import { NO_DEPARTMENT, type ReferenceData } from '../../sync/mapping';
import type { BlockingGap } from '../mapping-coverage';
import { CsrfField, RecordLink } from './components';

// The mapping editor's tables: each gap with the records it blocks and a form to map it, and the manual overrides.

export type EditableKind = 'accounts' | 'departments';
export interface Choice {
  id: string;
  label: string;
}

export function GapTable(props: { kind: EditableKind; gaps: BlockingGap[]; choices: Choice[]; csrf: string }) {
  if (props.gaps.length === 0) return <p class="muted">Everything maps.</p>;
  const what = props.kind === 'accounts' ? 'account code' : 'department';
  return (
    <table>
      <thead>
        <tr>
          <th>NetSuite</th>
          <th>Why it does not map</th>
          <th>Blocks</th>
          <th>Map to Procurify {what}</th>
        </tr>
      </thead>
      <tbody>
        {props.gaps.map((gap) => (
          <tr id={`${props.kind}-${gap.netsuiteId}`}>
            <td>
              {[gap.number, gap.fullName].filter(Boolean).join(' ')}
              <div class="muted">id {gap.netsuiteId}</div>
            </td>
            <td>
              <code>{gap.code}</code> {gap.message}
            </td>
            <td>
              {gap.blocked.length === 0 ? (
                <span class="muted">nothing waiting</span>
              ) : (
                <ul class="plain">
                  {gap.blocked.map((key) => (
                    <li>
                      <RecordLink {...key} />
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <MapForm kind={props.kind} netsuiteId={gap.netsuiteId} choices={props.choices} csrf={props.csrf} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MapForm(props: {
  kind: EditableKind;
  netsuiteId: string;
  choices: Choice[];
  csrf: string;
  selected?: string;
}) {
  const label = `Procurify ${props.kind === 'accounts' ? 'account code' : 'department'} for NetSuite ${props.netsuiteId}`;
  return (
    <form method="post" action={`/admin/mappings/${props.kind}`} class="inline">
      <CsrfField token={props.csrf} />
      <input type="hidden" name="netsuiteId" value={props.netsuiteId} />
      <select name="procurifyId" aria-label={label} required>
        <option value="">Choose…</option>
        {props.choices.map((choice) => (
          <option value={choice.id} selected={choice.id === props.selected}>
            {choice.label}
          </option>
        ))}
      </select>
      <button type="submit">Map</button>
    </form>
  );
}

export function OverrideTable(props: {
  kind: EditableKind;
  pairs: MappingPair[];
  refs: ReferenceData;
  choices: Choice[];
  csrf: string;
}) {
  const title = props.kind === 'accounts' ? 'GL account → account code' : 'Department → department';
  const netsuiteName = (id: string) =>
    props.kind === 'accounts'
      ? props.refs.netsuiteAccounts.find((account) => account.id === id)
      : id === NO_DEPARTMENT.id
        ? { fullName: NO_DEPARTMENT.name }
        : props.refs.netsuiteDepartments.find((department) => department.id === id);
  const procurifyName = (id: string) => props.choices.find((choice) => choice.id === id)?.label ?? `id ${id}`;
  return (
    <div class="overrides">
      <h3>{title}</h3>
      {props.pairs.length === 0 ? (
        <p class="muted">None: the automatic rules decide.</p>
      ) : (
        <table>
          <tbody>
            {props.pairs.map((pair) => (
              <tr>
                <td>{netsuiteName(pair.netsuiteId)?.fullName ?? `NetSuite id ${pair.netsuiteId}`}</td>
                <td>→ {procurifyName(pair.procurifyId)}</td>
                <td>
                  <form method="post" action={`/admin/mappings/${props.kind}`} class="inline">
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="netsuiteId" value={pair.netsuiteId} />
                    <input type="hidden" name="procurifyId" value="" />
                    <button type="submit" class="secondary small">
                      Remove
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
