import type { MappingPair } from '../../store/mapping-overrides';
import {
  gapKey,
  NO_DEPARTMENT,
  resolveAccountCode,
  resolveDepartment,
  type MappingGap,
  type MappingIssue,
  type MappingOverrides,
  type ReferenceData,
} from '../../sync/mapping';
import { CsrfField, RecordLink } from './components';

// The mapping editor's tables: each gap with the records it holds back and a form to map it, every
// GL account and department with what it maps to now (any of them can be overridden), and the manual overrides.

export type EditableKind = 'accounts' | 'departments';
export interface Choice {
  id: string;
  label: string;
}

/** The page's anchor for a gap: record pages link to `/admin/mappings#<key>`. */
export function gapHref(key: string): string {
  return `/admin/mappings#${encodeURIComponent(key)}`;
}

export function GapTable(props: { gaps: MappingGap[]; csrf: string; empty: string }) {
  if (props.gaps.length === 0) return <p class="muted">{props.empty}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>What does not map</th>
          <th>Why, and what to do</th>
          <th>Waiting</th>
          <th>Choose in Procurify</th>
        </tr>
      </thead>
      <tbody>
        {props.gaps.map((gap) => (
          <tr id={gap.key}>
            <td>
              {gap.label}
              {gap.netsuiteId !== null && <div class="muted">NetSuite id {gap.netsuiteId}</div>}
            </td>
            <td>
              <code>{gap.code}</code> {gap.message}
            </td>
            <td>
              {gap.waiting.length === 0 ? (
                <span class="muted">nothing waiting</span>
              ) : (
                <ul class="plain">
                  {gap.waiting.map((key) => (
                    <li>
                      <RecordLink {...key} />
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <GapAction gap={gap} csrf={props.csrf} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GapAction(props: { gap: MappingGap; csrf: string }) {
  const { gap } = props;
  const choices = gap.candidates.map((candidate) => ({ id: String(candidate.id), label: candidate.label }));
  switch (gap.kind) {
    case 'accounts':
    case 'departments':
    case 'pairs': {
      if (gap.netsuiteId === null) return <span class="muted">nothing to map</span>;
      if (choices.length === 0) {
        return <span class="muted">Procurify offers nothing active to map to: add it in Procurify.</span>;
      }
      const kind = gap.kind === 'departments' ? 'departments' : 'accounts';
      return <MapForm kind={kind} netsuiteId={gap.netsuiteId} choices={choices} csrf={props.csrf} />;
    }
    case 'currencies':
      return (
        <span class="muted">
          Procurify has {choices.length === 0 ? 'no active currency' : choices.map((choice) => choice.label).join(', ')}
        </span>
      );
    case 'items':
      return <span class="muted">fixed in NetSuite</span>;
    case 'vendors':
      return gap.netsuiteId === null ? null : <RecordLink recordType="vendor" recordId={gap.netsuiteId} />;
  }
}

export function MapForm(props: {
  kind: EditableKind;
  netsuiteId: string;
  choices: Choice[];
  csrf: string;
  selected?: string;
  button?: string;
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
      <button type="submit">{props.button ?? 'Map'}</button>
    </form>
  );
}

/**
 * Every active NetSuite GL account (or department) with what it maps to now, automatically or by
 * hand, and a form to override it.
 */
export function AllMappingsTable(props: {
  kind: EditableKind;
  refs: ReferenceData;
  overrides: MappingOverrides;
  accountId: string;
  choices: Choice[];
  csrf: string;
}) {
  const { refs, overrides } = props;
  const rows =
    props.kind === 'accounts'
      ? refs.netsuiteAccounts
          .filter((account) => !account.isInactive)
          .map((account) => {
            const result = resolveAccountCode(account, refs, overrides);
            return {
              id: account.id,
              name: [account.number, account.fullName].filter(Boolean).join(' '),
              now: result.ok ? String(result.value.id) : null,
              byHand: overrides.accounts.has(account.id),
            };
          })
      : refs.netsuiteDepartments
          .filter((department) => !department.isInactive)
          .map((department) => {
            const ref = { id: department.id, name: department.fullName };
            const result = resolveDepartment(ref, refs, overrides, props.accountId);
            return {
              id: department.id,
              name: department.fullName,
              now: result.ok ? String(result.value.id) : null,
              byHand: overrides.departments.has(department.id),
            };
          });
  const what = props.kind === 'accounts' ? 'GL accounts' : 'departments';
  const label = (id: string | null) => props.choices.find((choice) => choice.id === id)?.label ?? `id ${id}`;
  return (
    <details>
      <summary>
        All {rows.length} active NetSuite {what}
      </summary>
      <table>
        <thead>
          <tr>
            <th>NetSuite</th>
            <th>Maps to now</th>
            <th>Override</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }))
            .map((row) => (
              <tr id={`mapping-${props.kind}-${row.id}`}>
                <td>
                  {row.name}
                  <div class="muted">id {row.id}</div>
                </td>
                <td>
                  {row.now === null ? (
                    <span class="muted">does not map</span>
                  ) : (
                    <>
                      {label(row.now)} <span class="muted">{row.byHand ? '(by hand)' : '(automatic)'}</span>
                    </>
                  )}
                </td>
                <td>
                  <MapForm
                    kind={props.kind}
                    netsuiteId={row.id}
                    choices={props.choices}
                    csrf={props.csrf}
                    selected={row.now ?? undefined}
                    button="Save"
                  />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </details>
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
  const netsuiteName = (id: string) => {
    if (props.kind === 'accounts') {
      const account = props.refs.netsuiteAccounts.find((each) => each.id === id);
      return account && [account.number, account.fullName].filter(Boolean).join(' ');
    }
    if (id === NO_DEPARTMENT.id) return NO_DEPARTMENT.name;
    return props.refs.netsuiteDepartments.find((department) => department.id === id)?.fullName;
  };
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
                <td>
                  {netsuiteName(pair.netsuiteId) ?? `NetSuite id ${pair.netsuiteId}`}
                  <div class="muted">id {pair.netsuiteId}</div>
                </td>
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

/** On a record page: a link to the Mappings page at each gap its issues name, where it can be mapped. */
export function MappingGapLinks(props: { issues: readonly { code: string }[] }) {
  const links = new Map<string, string>();
  for (const issue of props.issues as readonly MappingIssue[]) {
    const key = gapKey(issue);
    if (key !== null && !links.has(key)) links.set(key, gapWords(issue));
  }
  if (links.size === 0) return null;
  return (
    <ul class="plain gap-links">
      {[...links].map(([key, words]) => (
        <li>
          <a href={gapHref(key)}>Map {words} on the Mappings page</a>
        </li>
      ))}
    </ul>
  );
}

function gapWords(issue: MappingIssue): string {
  const account = issue.netsuiteAccount;
  const accountWords = account && `GL account ${[account.number, account.name].filter(Boolean).join(' ')}`;
  switch (issue.code) {
    case 'no_procurify_account':
      return `${accountWords} × department ${issue.netsuiteDepartment?.name ?? ''}`;
    case 'unmapped_department':
      return `department ${issue.netsuiteDepartment?.name ?? ''}`;
    case 'unmapped_currency':
      return `currency ${issue.currency ?? ''}`;
    case 'vendor_not_synced':
      return `vendor ${issue.vendor?.name ?? ''}`;
    default:
      return accountWords ?? `item ${issue.item?.name ?? ''}`;
  }
}
