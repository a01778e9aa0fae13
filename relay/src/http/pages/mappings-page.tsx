import { Hono, type Context } from 'hono';
import { listOverrides } from '../../store/mapping-overrides';
import type { ReferenceData } from '../../sync/mapping';
import { ApiError } from '../errors';
import { mappingCoverage, type MappingCoverage } from '../mapping-coverage';
import { applyMappingPairs } from '../mapping-edit';
import { Card, Notice } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { AllMappingsTable, GapTable, OverrideTable, type Choice, type EditableKind } from './mapping-tables';
import { noticeUrl, NoticeFromQuery } from './notices';
import { RefreshFromProcurifyForm } from './reference-refresh';
import { renderPage } from './render';
import { actorOf } from '../admin-user';

/**
 * `/admin/mappings`: every gap that holds a record back (GL accounts, departments, account ×
 * department pairs, currencies, items, vendors) with the records waiting and what Procurify offers;
 * every GL account and department with what it maps to now, to override; and the manual mappings.
 */
export function mappingRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  async function page(c: Context<PagesEnv>, error?: string) {
    const [coverage, { refs, overrides }, accountPairs, departmentPairs] = await Promise.all([
      mappingCoverage({ database: ctx.database, references: ctx.references, accountId: ctx.accountId }),
      ctx.references.get(),
      listOverrides(ctx.database.db, 'accounts'),
      listOverrides(ctx.database.db, 'departments'),
    ]);
    const choices = procurifyChoices(refs);
    const csrf = c.get('session').csrfToken;
    const holding = coverage.gaps.filter((gap) => gap.waiting.length > 0);
    const idle = coverage.gaps.filter((gap) => gap.waiting.length === 0);
    return renderPage(
      c,
      <Layout title="Mappings" active="mappings" csrfToken={csrf}>
        {error ? <Notice kind="error">{error}</Notice> : <NoticeFromQuery c={c} />}
        <CoverageSummary coverage={coverage} holding={holding.length} />
        <RefreshFromProcurifyForm csrf={csrf} back="/admin/mappings" />
        <Card title="What holds records back" wide>
          <GapTable gaps={holding} csrf={csrf} empty="No record waits for a mapping." />
        </Card>
        <Card title="Would not map (no record waiting yet)" wide>
          <GapTable gaps={idle} csrf={csrf} empty="Every active GL account and department maps." />
        </Card>
        <Card title="Override a mapping" wide>
          <AllMappingsTable
            kind="accounts"
            refs={refs}
            overrides={overrides}
            accountId={ctx.accountId}
            choices={choices.accounts}
            csrf={csrf}
          />
          <AllMappingsTable
            kind="departments"
            refs={refs}
            overrides={overrides}
            accountId={ctx.accountId}
            choices={choices.departments}
            csrf={csrf}
          />
        </Card>
        <Card title="Manual mappings" wide>
          <OverrideTable kind="accounts" pairs={accountPairs} refs={refs} choices={choices.accounts} csrf={csrf} />
          <OverrideTable
            kind="departments"
            pairs={departmentPairs}
            refs={refs}
            choices={choices.departments}
            csrf={csrf}
          />
        </Card>
      </Layout>,
      error ? 400 : 200,
    );
  }

  app.get('/mappings', (c) => page(c));

  app.post('/mappings/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (kind !== 'accounts' && kind !== 'departments') return page(c, `Unknown mapping kind ${kind}.`);
    const form = await c.req.parseBody();
    const netsuiteId = typeof form['netsuiteId'] === 'string' ? form['netsuiteId'] : '';
    const procurifyId = typeof form['procurifyId'] === 'string' ? form['procurifyId'] : '';
    if (!/^\d+$/.test(netsuiteId)) return page(c, 'Choose the NetSuite record to map.');
    if (procurifyId !== '' && !/^\d+$/.test(procurifyId)) return page(c, 'Choose a Procurify value to map to.');
    try {
      const { requeued } = await applyMappingPairs(
        ctx,
        kind,
        [{ netsuiteId, procurifyId: procurifyId || null }],
        actorOf(c),
      );
      return c.redirect(noticeUrl('/admin/mappings', procurifyId ? 'mapped' : 'unmapped', requeued), 303);
    } catch (error) {
      if (error instanceof ApiError) {
        const reason = typeof error.details?.['reason'] === 'string' ? error.details['reason'] : error.message;
        return page(c, `Not saved: ${reason}.`);
      }
      throw error;
    }
  });
  return app;
}

function procurifyChoices(refs: ReferenceData): Record<EditableKind, Choice[]> {
  return {
    accounts: refs.accountCodes
      .filter((code) => code.active)
      .map((code) => ({ id: String(code.id), label: `${code.code} ${code.description}`.trim() }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    departments: refs.departments
      .filter((department) => department.active)
      .map((department) => ({ id: String(department.id), label: department.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

function CoverageSummary(props: { coverage: MappingCoverage; holding: number }) {
  const { coverage, holding } = props;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const checked = (
    <>
      Checked {coverage.checked.accounts} active GL accounts and {coverage.checked.departments} departments:{' '}
      <strong>{coverage.accounts.length}</strong> {coverage.accounts.length === 1 ? 'account' : 'accounts'} and{' '}
      <strong>{coverage.departments.length}</strong>{' '}
      {coverage.departments.length === 1 ? 'department does' : 'departments do'} not map.
    </>
  );
  if (coverage.needsMapping === 0) {
    return <p class="summary">No record waits for a mapping. {checked}</p>;
  }
  return (
    <p class="summary">
      <strong>{plural(coverage.needsMapping, 'record')}</strong> {coverage.needsMapping === 1 ? 'waits' : 'wait'} for a
      mapping, held back by <strong>{plural(holding, 'gap')}</strong> listed below: choose what each maps to and save,
      and the records waiting for it are tried again at once. {checked}
    </p>
  );
}
