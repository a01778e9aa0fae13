import { Hono, type Context } from 'hono';
import { listAudit, verifyAudit, type AuditVerification } from '../../store/audit-store';
import { Card, Notice } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { renderPage } from './render';
import { Timeline } from './timeline';

/** `/admin/audit`: the newest entries of the trail, and the hash-chain check on demand. */
export function auditRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();
  const show = async (c: Context<PagesEnv>, verification?: AuditVerification) => {
    const entries = await listAudit(ctx.database.db, { limit: 100 });
    return renderPage(
      c,
      <Layout title="Audit trail" active="audit" csrfToken={c.get('session').csrfToken}>
        <Card title="Chain verification" wide>
          {verification && <VerificationResult verification={verification} />}
          <form method="get" action="/admin/audit/verify">
            <button type="submit">Verify the audit chain</button>
          </form>
          <p class="muted">
            Recomputes every entry's keyed hash and checks the chain ends at its sealed head, so an edited, deleted or
            renumbered entry, or an emptied trail, is found. To check against an anchor kept elsewhere, use{' '}
            <code>mlc audit verify --anchor</code>.
          </p>
        </Card>
        <Card title="Newest entries" wide>
          <Timeline entries={entries} nowMs={ctx.now()} showRecord />
        </Card>
      </Layout>,
    );
  };
  app.get('/audit', (c) => show(c));
  app.get('/audit/verify', async (c) => show(c, await verifyAudit(ctx.database.db, { key: ctx.database.auditKey })));
  return app;
}

function VerificationResult(props: { verification: AuditVerification }) {
  const { verification } = props;
  if (verification.ok) {
    return <Notice kind="ok">The audit chain is intact: {verification.entries} entries verified.</Notice>;
  }
  return (
    <Notice kind="error">
      The audit chain is broken: {verification.reason}.{' '}
      {verification.entries === 1 ? '1 entry before it is' : `${verification.entries} entries before it are`} intact
      {verification.firstBadEntry !== null ? `; the first bad entry is #${verification.firstBadEntry}` : ''}.
    </Notice>
  );
}
