import { Hono, type Context } from 'hono';
import { listOverrides } from '../../store/mapping-overrides';
import type { ReferenceData } from '../../sync/mapping';
import { ApiError } from '../errors';
import { mappingCoverage, type MappingCoverage } from '../mapping-coverage';
import { applyMappingPairs } from '../mapping-edit';
import { Card, Notice } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { GapTable, OverrideTable, type Choice, type EditableKind } from './mapping-tables';
import { noticeUrl, NoticeFromQuery } from './notices';
import { RefreshFromProcurifyForm } from './reference-refresh';
import { renderPage } from './render';
import { actorOf } from '../admin-user';

/** `/admin/mappings`: the coverage report with a mapping form on each gap, and the manual overrides. */
export function mappingRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  async function page(c: Context<PagesEnv>, error?: string) {
    const [coverage, { refs }, accountPairs, departmentPairs] = await Promise.all([
      mappingCoverage({ database: ctx.database, references: ctx.references, accountId: ctx.accountId }),
      ctx.references.get(),
      listOverrides(ctx.database.db, 'accounts'),
      listOverrides(ctx.database.db, 'departments'),
    ]);
    const choices = procurifyChoices(refs);
    const csrf = c.get('session').csrfToken;
    return renderPage(
      c,
      <Layout title="Mappings" active="mappings" csrfToken={csrf}>
        {error ? <Notice kind="error">{error}</Notice> : <NoticeFromQuery c={c} />}
        <CoverageSummary coverage={coverage} />
        <RefreshFromProcurifyForm csrf={csrf} back="/admin/mappings" />
        <Card title="GL accounts that do not map" wide>
          <GapTable kind="accounts" gaps={coverage.accounts} choices={choices.accounts} csrf={csrf} />
        </Card>
        <Card title="Departments that do not map" wide>
          <GapTable kind="departments" gaps={coverage.departments} choices={choices.departments} csrf={csrf} />
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
      if (error instanceof ApiError) return page(c, error.message);
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

function CoverageSummary(props: { coverage: MappingCoverage }) {
  const { coverage } = props;
  return (
    <p class="summary">
      Checked {coverage.checked.accounts} active GL accounts and {coverage.checked.departments} departments:{' '}
      <strong>{coverage.accounts.length}</strong> accounts and <strong>{coverage.departments.length}</strong>{' '}
      departments do not map; <strong>{coverage.needsMapping}</strong> records wait for a mapping.
    </p>
  );
}
