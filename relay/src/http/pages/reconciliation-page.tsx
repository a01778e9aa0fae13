import { Hono } from 'hono';
import { chooseSubsidiary, type ReconciliationReport, type Subsidiary } from '../../reconcile';
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
  type ParsedRequest,
  type ReconciliationRequest,
} from './reconciliation-query';
import { AccountTable, ClassificationCounts, CLASSIFICATION_ORDER, CurrencyTotalTable } from './reconciliation-summary';
import { renderPage, renderProblem } from './render';
import { replayRecords } from './replay';
import { actorOf } from '../admin-user';

/**
 * `/admin/reconciliation?period=2026-10[&subsidiary=1]`: the month-end report built by
 * buildReconciliation (the same one `GET /v1/reconciliation` and `mlc reconcile` show), with
 * drill-down to record pages and replay of failed and held bills. Without a period it opens on the
 * latest month with bills (reconcile/default-period.ts), by a redirect, so the address names it.
 */
export function reconciliationRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  app.get('/reconciliation', async (c) => {
    const csrf = c.get('session').csrfToken;
    const services = ctx.reconciliation;
    const reconcile = services?.reconcile;
    const parsed = parseReconciliationQuery(c.req.query());
    if (parsed.ok === 'empty' && reconcile && services.defaultPeriod) {
      const period = await services.defaultPeriod().catch(() => undefined);
      const subsidiary = c.req.query('subsidiary')?.trim();
      const query = new URLSearchParams({ period: period?.label ?? monthOf(ctx.now()) });
      if (subsidiary) query.set('subsidiary', subsidiary);
      return c.redirect(`/admin/reconciliation?${query}`, 302);
    }
    const subsidiaries = (await services?.subsidiaries()) ?? [];
    const resolved = parsed.ok === true ? withSubsidiary(parsed.request, subsidiaries) : parsed;
    const request = resolved.ok === true ? resolved.request : undefined;
    const report = request && reconcile ? await reconcile(request.period, request) : undefined;
    const status = resolved.ok === false ? 400 : !reconcile ? 503 : 200;
    return renderPage(
      c,
      <Layout title="Reconciliation" active="reconciliation" csrfToken={csrf}>
        <NoticeFromQuery c={c} />
        {resolved.ok === false && <Notice kind="error">{resolved.problem}</Notice>}
        {!reconcile && (
          <Notice kind="error">
            Reconciliation needs both the NetSuite and the Procurify connection configured on this relay.
          </Notice>
        )}
        <PeriodPicker
          request={request}
          defaultMonth={monthOf(ctx.now())}
          query={c.req.query()}
          subsidiaries={subsidiaries}
        />
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

/** The subsidiary asked for, by id or name, as its id; unknown, the problem lists the valid names. */
function withSubsidiary(request: ReconciliationRequest, known: readonly Subsidiary[]): ParsedRequest {
  if (!request.subsidiaryId) return { ok: true, request };
  const choice = chooseSubsidiary(request.subsidiaryId, known);
  if (!choice.ok) return { ok: false, problem: choice.problem };
  return { ok: true, request: { ...request, subsidiaryId: choice.subsidiary.id } };
}

function Report(props: { report: ReconciliationReport; replay: ReplayTarget }) {
  const { report } = props;
  const subsidiary = report.subsidiary?.name ?? report.subsidiaryId;
  const scope = `${report.period.from} to ${report.period.to}${subsidiary ? `, ${subsidiary}` : ''}`;
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
          Differences are Procurify minus NetSuite. Bills skipped on purpose are counted apart. Generated{' '}
          {report.generatedAt.replace('T', ' ').slice(0, 19)} UTC.
        </p>
      </Card>
      <Card title="By GL account and department" wide>
        <AccountTable rows={report.byAccount} />
      </Card>
      {[...CLASSIFICATION_ORDER, 'skipped' as const].map((classification) => (
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
function PeriodPicker(props: {
  request?: ReconciliationRequest;
  defaultMonth: string;
  query: Record<string, string>;
  subsidiaries: readonly Subsidiary[];
}) {
  const period = props.request?.period;
  const isMonth = period ? /^\d{4}-\d{2}$/.test(period.label) : true;
  const subsidiary = props.request?.subsidiaryId ?? props.query.subsidiary ?? '';
  return (
    <section class="card wide picker">
      <form method="get" action="/admin/reconciliation" class="inline">
        <label for="period">Month</label>
        <input id="period" name="period" type="month" value={isMonth ? (period?.label ?? props.defaultMonth) : ''} />
        <SubsidiaryField id="subsidiary-month" selected={subsidiary} subsidiaries={props.subsidiaries} />
        <button type="submit">Show month</button>
      </form>
      <form method="get" action="/admin/reconciliation" class="inline">
        <label for="from">From</label>
        <input id="from" name="from" type="date" value={!isMonth ? period?.from : ''} />
        <label for="to">to</label>
        <input id="to" name="to" type="date" value={!isMonth ? period?.to : ''} />
        <SubsidiaryField id="subsidiary-range" selected={subsidiary} subsidiaries={props.subsidiaries} />
        <button type="submit" class="secondary">
          Show range
        </button>
      </form>
    </section>
  );
}

/**
 * The account's subsidiaries by name (NetSuite reference data). With none known (no OneWorld, or
 * the reference data not read yet) there is nothing to choose, so no field; a subsidiary asked for
 * by id in the address is kept.
 */
function SubsidiaryField(props: { id: string; selected: string; subsidiaries: readonly Subsidiary[] }) {
  const { selected, subsidiaries } = props;
  if (subsidiaries.length === 0) {
    return selected ? <input type="hidden" name="subsidiary" value={selected} /> : <></>;
  }
  const unknown = selected && !subsidiaries.some((subsidiary) => subsidiary.id === selected);
  return (
    <>
      <label for={props.id}>Subsidiary</label>
      <select id={props.id} name="subsidiary">
        <option value="" selected={!selected}>
          All subsidiaries
        </option>
        {subsidiaries.map((subsidiary) => (
          <option value={subsidiary.id} selected={subsidiary.id === selected}>
            {subsidiary.name}
          </option>
        ))}
        {unknown && (
          <option value={selected} selected>
            {selected}
          </option>
        )}
      </select>
    </>
  );
}
