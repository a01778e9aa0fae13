// The one stylesheet of the admin pages: system fonts, calm colours, states that read in colour and in words.

export const STYLESHEET = `
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --card: #fff; --accent: #2563eb;
  --good: #0f7b3f; --good-bg: #dcf5e6; --warn: #8a5300; --warn-bg: #fff0cc; --bad: #b42318; --bad-bg: #fde4e1;
  --info: #1e4fb8; --info-bg: #e0eaff; --grey: #4b5563; --grey-bg: #eceff3;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--grey-bg); padding: 1px 5px; border-radius: 4px; word-break: break-all; }
.top { display: flex; align-items: center; gap: 24px; padding: 0 28px; height: 54px; background: #111827; color: #fff; }
.brand { font-weight: 700; letter-spacing: .2px; }
.top nav { display: flex; gap: 4px; flex: 1; }
.top nav a { color: #cbd2d9; padding: 6px 12px; border-radius: 6px; }
.top nav a.active, .top nav a:hover { color: #fff; background: #2d3748; text-decoration: none; }
.sign-out { margin-left: auto; }
.sign-out .link { color: #cbd2d9; }
main { max-width: 1240px; margin: 0 auto; padding: 20px 28px 48px; }
h1 { font-size: 24px; margin: 4px 0 18px; }
h2 { font-size: 16px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 0 0 8px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; align-items: start; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin-bottom: 16px; box-shadow: 0 1px 2px rgba(16,24,40,.04); }
.grid .card { margin-bottom: 0; }
.card.wide { grid-column: 1 / -1; }
.card.narrow { max-width: 420px; }
.card-head { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin-bottom: 8px; }
.card-head h2 { margin: 0; }
.muted { color: var(--muted); }
.state, .pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 13px; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.state::before { content: "\\25CF"; margin-right: 5px; font-size: 10px; vertical-align: 1px; }
.state-synced, .pill-good { color: var(--good); background: var(--good-bg); }
.state-linked { color: #0b6b6b; background: #d5f3f1; }
.state-pending { color: var(--info); background: var(--info-bg); }
.state-needs_mapping, .pill-warn { color: var(--warn); background: var(--warn-bg); }
.state-failed, .pill-bad { color: var(--bad); background: var(--bad-bg); }
.state-skipped, .state-deleted, .pill-muted { color: var(--grey); background: var(--grey-bg); }
.counts { list-style: none; padding: 0; margin: 0 0 12px; display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 10px; }
.counts a { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; padding: 12px 10px; border: 1px solid var(--line); border-radius: 8px; color: var(--ink); }
.counts a:hover { border-color: var(--accent); text-decoration: none; }
.count { font-size: 28px; font-weight: 700; line-height: 1.1; }
.counts .state { font-size: 12px; padding: 1px 8px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0 0 12px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.facts .figure { font-size: 22px; font-weight: 700; }
.facts.small { font-size: 14px; }
.facts time .muted, td.when time .muted { display: block; font-size: 12px; }
.connection + .connection { margin-top: 14px; padding-top: 14px; border-top: 1px solid var(--line); }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); padding: 8px; }
td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
tr:last-child td { border-bottom: 0; }
td.num, th.num { text-align: right; }
td.when { white-space: nowrap; font-size: 13px; }
td.message { max-width: 380px; }
th.narrow { width: 28px; }
.what { font-weight: 500; }
.headline { font-size: 17px; margin: 0 0 8px; }
.message { margin: 0 0 10px; }
.issues { margin: 6px 0 12px; padding-left: 20px; }
.issues li { margin: 3px 0; }
button { font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 1px solid var(--accent); border-radius: 6px; padding: 6px 14px; cursor: pointer; }
button:hover { filter: brightness(.95); }
button.secondary { color: var(--accent); background: #fff; }
button.small { padding: 3px 10px; font-size: 13px; }
button.link { background: none; border: 0; padding: 0; font-weight: 400; }
.actions { display: flex; gap: 8px; }
input[type=password], input[type=text], select { font: inherit; padding: 6px 8px; border: 1px solid #cbd2d9; border-radius: 6px; background: #fff; max-width: 260px; }
form.inline { display: flex; gap: 6px; align-items: center; margin: 0; }
form.stack { display: flex; flex-direction: column; gap: 10px; }
form.stack input { max-width: none; }
.notice { padding: 10px 14px; border-radius: 8px; margin: 0 0 16px; }
.notice-ok { color: var(--good); background: var(--good-bg); }
.notice-error { color: var(--bad); background: var(--bad-bg); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.filters a.active .state { border-color: currentColor; }
.summary { margin: 0 0 16px; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.fields li { margin: 4px 0; }
.overrides + .overrides { margin-top: 16px; }
.timeline { list-style: none; padding: 0; margin: 0; }
.timeline .entry { padding: 10px 0 10px 16px; border-left: 3px solid var(--line); margin-left: 4px; }
.timeline .action-state_changed { border-left-color: var(--accent); }
.timeline .action-procurify_request, .timeline .action-netsuite_request { border-left-color: #9aa5b1; }
.entry-head { margin-bottom: 3px; }
code.detail { display: inline-block; max-width: 100%; }
code.issue-code { font-size: 11px; color: var(--muted); background: none; padding: 0; }
.entry-body .message { color: var(--ink); }
.other-detail { margin: 4px 0 0; }
.sent-lead { margin: 0 0 10px; }
.sent-values dd.note { white-space: pre-line; }
table.sent-lines { margin: 4px 0 8px; }
details.requests-made table { margin-top: 6px; }
.audit-filter { margin: 0 0 12px; }
.audit-filter label { display: flex; gap: 6px; align-items: center; }
.pager { display: flex; gap: 16px; margin: 8px 0 12px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
a.button { display: inline-block; font-weight: 600; border: 1px solid var(--accent); border-radius: 6px; padding: 6px 14px; }
a.button.secondary { color: var(--accent); background: #fff; }
a.button:hover { text-decoration: none; filter: brightness(.95); }
.small { font-size: 13px; }
.picker { display: flex; flex-wrap: wrap; gap: 10px 32px; }
.picker input[type=month], .picker input[type=date] { font: inherit; padding: 5px 8px; border: 1px solid #cbd2d9; border-radius: 6px; }
.picker input[type=text] { width: 70px; }
.class-matched { color: var(--good); background: var(--good-bg); }
.class-amount_differs { color: var(--bad); background: var(--bad-bg); }
.class-only_netsuite { color: var(--warn); background: var(--warn-bg); }
.class-only_procurify { color: var(--info); background: var(--info-bg); }
table.totals { margin-top: 14px; }
table.totals tfoot th { color: var(--ink); border-top: 2px solid var(--line); border-bottom: 0; }
td.diff, th.diff { color: var(--bad); font-weight: 600; }
tr.differs td { background: var(--bad-bg); }
tr.differs td:first-child { box-shadow: inset 3px 0 0 var(--bad); }
td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
.requests { padding-left: 22px; margin: 0; }
.requests li { margin: 0 0 14px; }
pre.json { font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #0f172a; color: #e2e8f0; padding: 10px 14px; border-radius: 8px; overflow-x: auto; margin: 6px 0 0; max-height: 420px; }
.diff-block + .diff-block { margin-top: 18px; }
.diff-block table { table-layout: fixed; }
.diff-block th:first-child { width: 200px; }
.diff-block td code { word-break: break-word; }
td.current code { background: var(--bad-bg); }
td.proposed code { background: var(--good-bg); }
details > summary { cursor: pointer; color: var(--accent); margin: 10px 0 4px; }
details.unseen { margin-top: 10px; }
td.invoice { white-space: nowrap; }
q { quotes: "\\201C" "\\201D"; }
`;
