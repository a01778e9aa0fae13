import { Hono } from 'hono';
import type { ReconciliationReport } from '../../reconcile';
import { getRecord } from '../../store/records';
import { Card, Notice } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { noticeUrl, NoticeFromQuery } from './notices';
import { notConfigured } from './queue';
import { parseRecordKey } from './record-keys';
import { BillGroup, PaymentDriftList, VendorDriftTable, type ReplayTarget } from './reconciliation-bills';
import {
  monthOf,
  parseReconciliationQuery,
  reconciliationQuery,
  type ReconciliationRequest,
} from './reconciliation-query';
import { AccountTable, ClassificationCounts, CLASSIFICATION_ORDER, CurrencyTotalTable } from './reconciliation-summary';
import { renderPage, renderProblem } from './render';
import { replayRecords } from './replay';
import { actorOf } from '../admin-user';

/**
 * `/admin/reconciliation?period=2026-10[&subsidiary=1]`: the month-end report built by
 * buildReconciliation (the same one `GET /v1/reconciliation` and `mlc reconcile` show), with
 * drill-down to record pages and replay of failed and held bills.
 */
export function reconciliationRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  app.get('/reconciliation', async (c) => {
    const csrf = c.get('session').csrfToken;
    const parsed = parseReconciliationQuery(c.req.query());
    const reconcile = ctx.reconciliation?.reconcile;
    const request = parsed.ok === true ? parsed.request : undefined;
    const report = request && reconcile ? await reconcile(request.period, request) : undefined;
    const status = parsed.ok === false ? 400 : !reconcile ? 503 : 200;
    return renderPage(
      c,
      <Layout title="Reconciliation" active="reconciliation" csrfToken={csrf}>
        <NoticeFromQuery c={c} />
        {parsed.ok === false && <Notice kind="error">{parsed.problem}</Notice>}
        {!reconcile && (
          <Notice kind="error">
            Reconciliation needs both the NetSuite and the Procurify connection configured on this relay.
          </Notice>
        )}
        <PeriodPicker request={request} defaultMonth={monthOf(ctx.now())} query={c.req.query()} />
        {report && request ? (
          <Report report={report} replay={{ csrf, back: reconciliationQuery(request) }} />
        ) : (
          parsed.ok === 'empty' && <p class="muted">Choose a month or a date range to compare both systems' bills.</p>
        )}
      </Layout>,
      status,
    );
  });

  // The same requeue as the work queue's replay; then back to the same report.
  app.post('/reconciliation/replay', async (c) => {
    const form = await c.req.parseBody();
    const key = parseRecordKey(form['record']);
    if (!key || !(await getRecord(ctx.database.db, key))) {
      return renderProblem(c, 404, 'Unknown record', 'The relay knows no such record to replay.');
    }
    const back = parseReconciliationQuery({
      period: typeof form['period'] === 'string' ? form['period'] : undefined,
      subsidiary: typeof form['subsidiary'] === 'string' ? form['subsidiary'] : undefined,
    });
    const replayed = await replayRecords(ctx, [key], actorOf(c));
    if (replayed === undefined) return notConfigured(c);
    const query = back.ok === true ? reconciliationQuery(back.request) : {};
    return c.redirect(noticeUrl('/admin/reconciliation', replayed.notice, replayed.count, query), 303);
  });
  return app;
}

function Report(props: { report: ReconciliationReport; replay: ReplayTarget }) {
  const { report } = props;
  const scope = `${report.period.from} to ${report.period.to}${report.subsidiaryId ? `, subsidiary ${report.subsidiaryId}` : ''}`;
  return (
    <div class="grid">
      <Card title={`Bills from ${scope}`} wide>
        <ClassificationCounts report={report} />
        {report.totals.length === 0 ? (
          <p class="muted">Neither system has bills in this period.</p>
        ) : (
          report.totals.map((total) => <CurrencyTotalTable total={total} />)
        )}
        <p class="muted small">
          Differences are Procurify minus NetSuite. Generated {report.generatedAt.replace('T', ' ').slice(0, 19)} UTC.
        </p>
      </Card>
      <Card title="By GL account and department" wide>
        <AccountTable rows={report.byAccount} />
      </Card>
      {CLASSIFICATION_ORDER.map((classification) => (
        <BillGroup
          classification={classification}
          bills={report.bills.filter((bill) => bill.classification === classification)}
          replay={props.replay}
        />
      ))}
      <Card title={`Payment status (${report.paymentDrift.length} to look at)`} wide>
        <PaymentDriftList drift={report.paymentDrift} />
      </Card>
      <Card title={`Vendors (${report.vendors.length} to look at)`} wide>
        <VendorDriftTable vendors={report.vendors} />
      </Card>
    </div>
  );
}

/** Two GET forms, no scripts: a month, or a first and last day; each with an optional subsidiary. */
function PeriodPicker(props: { request?: ReconciliationRequest; defaultMonth: string; query: Record<string, string> }) {
  const period = props.request?.period;
  const isMonth = period ? /^\d{4}-\d{2}$/.test(period.label) : true;
  const subsidiary = props.request?.subsidiaryId ?? props.query.subsidiary ?? '';
  return (
    <section class="card wide picker">
      <form method="get" action="/admin/reconciliation" class="inline">
        <label for="period">Month</label>
        <input id="period" name="period" type="month" value={isMonth ? (period?.label ?? props.defaultMonth) : ''} />
        <label for="subsidiary-month">Subsidiary</label>
        <input
          id="subsidiary-month"
          name="subsidiary"
          type="text"
          inputmode="numeric"
          placeholder="all"
          value={subsidiary}
        />
        <button type="submit">Show month</button>
      </form>
      <form method="get" action="/admin/reconciliation" class="inline">
        <label for="from">From</label>
        <input id="from" name="from" type="date" value={!isMonth ? period?.from : ''} />
        <label for="to">to</label>
        <input id="to" name="to" type="date" value={!isMonth ? period?.to : ''} />
        <label for="subsidiary-range">Subsidiary</label>
        <input
          id="subsidiary-range"
          name="subsidiary"
          type="text"
          inputmode="numeric"
          placeholder="all"
          value={subsidiary}
        />
        <button type="submit" class="secondary">
          Show range
        </button>
      </form>
    </section>
  );
}
