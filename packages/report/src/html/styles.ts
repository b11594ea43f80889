/**
 * The report's stylesheet, inlined so the HTML file is self-contained: system
 * fonts only (no downloads), tabular figures, status colours from the
 * Okabe-Ito palette always paired with a text label; on narrow screens
 * (down to 320 px) the tables of class `cards` become one card per row with
 * the status first, and the page never scrolls sideways; an A4 print layout
 * in which long tables split between rows and repeat their header, and charts
 * are never cut.
 */
export const REPORT_CSS = `
:root {
  --ink: #1b1b1b;
  --muted: #545454;
  --rule: #c9c9c9;
  --stripe: #f4f6f8;
  --accent: #154273;
  --accent-soft: #e8eef5;
  --focus: #b35900;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  color: var(--ink);
  background: #fff;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.55;
}
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip, .sr-only { position: absolute; left: -999rem; width: 1px; height: 1px; overflow: hidden; }
.skip:focus { left: 1rem; top: 1rem; width: auto; height: auto; background: #fff; padding: 0.5rem 1rem; z-index: 1; }
h1, h2, h3, h4 { line-height: 1.25; color: var(--accent); margin: 2rem 0 0.75rem; overflow-wrap: break-word; }
h1 { font-size: 2.1rem; margin-top: 0.25rem; }
h2 { font-size: 1.6rem; padding-top: 1rem; border-top: 3px solid var(--accent); }
h3 { font-size: 1.25rem; }
h4 { font-size: 1.05rem; color: var(--ink); }
p, ul, ol, dl { margin: 0 0 0.9rem; }
li { margin-bottom: 0.3rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.85rem; font-weight: 600; color: var(--muted); margin: 0; }
.subtitle { font-size: 1.2rem; color: var(--muted); margin-top: -0.25rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.95rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.placeholders { border: 2px solid #D55E00; background: #fdf3ec; padding: 0.6rem 1rem; margin: 0 0 1rem; }
.mission { border-left: 4px solid var(--accent); background: var(--accent-soft); padding: 0.75rem 1rem; }
.mission p:last-child { margin-bottom: 0; }
nav.toc ol { columns: 2; column-gap: 2rem; padding-left: 2rem; }
nav.toc li { break-inside: avoid; }
.lead { font-size: 1.08rem; }
.note { color: var(--muted); font-size: 0.9rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 700; padding: 0 0 0.4rem; color: var(--ink); }
th, td { padding: 0.35rem 0.55rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); vertical-align: bottom; font-weight: 600; }
tbody tr:nth-child(even) { background: var(--stripe); }
tbody th { font-weight: 500; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.num.wrap { white-space: normal; }
td .sub, th .sub { display: block; font-size: 0.85em; color: var(--muted); white-space: normal; }
table.compact { width: auto; min-width: 18rem; }
caption.hidden-caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.figures tbody th { min-width: 11rem; }
table.kernbeleid { table-layout: fixed; }
table.kernbeleid thead th:nth-child(1) { width: 4.5rem; }
table.kernbeleid thead th:nth-child(2) { width: 48%; }
tr.depth-1 th[scope="row"] { padding-left: 1.6rem; font-weight: 400; color: #333; }
tr.group th { background: #fff; font-weight: 700; border-bottom: 1px solid var(--ink); }
.marker { color: var(--muted); font-weight: 700; margin-left: 0.15em; }
.status { display: inline-flex; align-items: baseline; max-width: 100%; gap: 0.35em; padding: 0.05rem 0.5rem; border-radius: 0.25rem; border-left: 0.3rem solid; font-size: 0.88rem; background: #f2f2f2; }
.status-achieved { border-color: #009E73; background: #e3f4ee; }
.status-ahead { border-color: #0072B2; background: #e2edf6; }
.status-indistinguishable { border-color: #5f6b7a; background: #eef0f3; }
.status-behind { border-color: #B35A00; background: #fcf1dc; }
.status-worse { border-color: #D55E00; background: #f9e6da; }
.status-not-achieved { border-color: #A0290F; background: #f6e1dc; }
.status-not-assessable { border-color: #6b6b6b; background: #ededed; }
.status-icon { font-weight: 700; }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; padding: 0; list-style: none; }
.chips li { margin: 0; padding: 0.1rem 0.55rem; border: 1px solid var(--rule); border-radius: 1rem; font-size: 0.85rem; background: #fff; }
figure { margin: 0.5rem 0 1.5rem; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.3rem; }
svg.chart { display: block; width: 100%; max-width: 44rem; height: auto; font-family: inherit; }
svg.chart .tick { font-size: 11px; fill: #444; }
svg.chart .point-label { font-size: 11px; fill: #222; font-weight: 600; }
svg.chart .apart-label { fill: #8a3b6b; }
svg.chart .legend text { font-size: 12px; fill: #222; }
svg.chart .bar-label { font-size: 11.5px; fill: #222; }
svg.chart .bar-value { font-size: 11.5px; fill: #222; font-weight: 600; }
svg.chart .clip-mark { font-size: 11px; fill: #fff; font-weight: 700; }
.indicator { border-top: 1px solid var(--rule); padding-top: 0.5rem; }
.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.15rem 1rem; font-size: 0.95rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; min-width: 0; overflow-wrap: break-word; }
.warnings { border-left: 4px solid #D55E00; background: #fdf3ec; padding: 0.5rem 1rem; margin: 0 0 1rem; font-size: 0.95rem; }
.warnings p { margin: 0 0 0.3rem; }
.warnings ul { margin: 0; padding-left: 1.2rem; }
table.calculation td.formula { font-variant-numeric: tabular-nums; color: #333; }
table.goals td:nth-child(4) { min-width: 8.5rem; }
.legend-list { font-size: 0.9rem; }
ul.settings { overflow-wrap: anywhere; }
.legend-list dt { font-weight: 600; }
.legend-list dd { margin: 0 0 0.4rem; }
.chart-wrap { overflow-x: auto; }
.indicator-body { display: flex; flex-direction: column; }
.indicator-body > .facts { order: -1; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.85rem; }
@media screen and (max-width: 40rem) {
  .page { padding: 1rem 0.85rem 3rem; }
  h1 { font-size: 1.65rem; }
  h2 { font-size: 1.35rem; }
  nav.toc ol { columns: 1; }
  .meta, .facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .meta dd, .facts dd { margin: 0 0 0.45rem; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards, table.cards tbody { display: block; width: 100%; }
  table.cards caption { display: block; }
  table.cards tr { display: flex; flex-direction: column; gap: 0.15rem; border: 1px solid var(--rule); border-radius: 0.3rem; margin: 0 0 0.6rem; padding: 0.45rem 0.65rem; background: #fff; }
  table.cards tbody tr:nth-child(even) { background: #fff; }
  table.cards th, table.cards td { display: block; border: 0; padding: 0; text-align: left; white-space: normal; min-width: 0; }
  table.cards tbody th[scope="row"] { order: -2; font-weight: 600; }
  table.cards td.status-cell { order: -1; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  table.cards td .sub { display: inline; }
  table.cards td .sub::before { content: " · "; }
  table.cards tr.group { border: 0; padding: 0.5rem 0 0; }
  table.cards tr.depth-1 th[scope="row"] { padding-left: 0; }
  table.kernbeleid { table-layout: auto; }
  table.figures tbody th { min-width: 8rem; position: sticky; left: 0; background: #fff; }
  .chart-wrap svg.chart { min-width: 34rem; }
}
@page { size: A4; margin: 13mm 12mm 14mm; }
@media print {
  body { font-size: 9pt; line-height: 1.32; }
  p, ul, ol, dl { margin-bottom: 0.6rem; }
  li { margin-bottom: 0.15rem; }
  .table-wrap { margin-bottom: 0.8rem; }
  table { font-size: 8pt; line-height: 1.25; }
  th, td { padding: 0.1rem 0.3rem; }
  figcaption { margin-top: 0; }
  .status { padding: 0 0.3rem; font-size: 7.5pt; }
  .page { max-width: none; padding: 0; }
  .skip, nav.toc { display: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 14pt; margin-top: 1.2rem; }
  h3 { font-size: 12pt; margin-top: 1rem; }
  h4 { font-size: 10.5pt; margin-top: 0.8rem; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, .warnings, tr, .status, .mission, .facts dd { break-inside: avoid; }
  figure { margin: 0.3rem 0 0.8rem; }
  svg.chart { max-width: 128mm; }
  td.status-cell { width: 10.5rem; }
  .indicator { padding-top: 0.2rem; }
  .indicator-body { display: flow-root; }
  .indicator-body > figure, .indicator-body > p.note { float: right; width: 52%; margin: 0 0 0.5rem 5mm; }
  .note, figcaption, .warnings, .legend-list, .meta, .lead, .chips li { font-size: 8.5pt; }
  .indicator-body svg.chart { max-width: none; }
  .facts { font-size: 8pt; line-height: 1.3; grid-template-columns: minmax(0, 10.5em) minmax(0, 1fr); }
  svg.chart.bars { max-width: 125mm; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  tbody tr:nth-child(even) { background: none; }
  a { color: inherit; text-decoration: none; }
  p, li { orphans: 3; widows: 3; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
