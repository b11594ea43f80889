import { formatIndicatorValue, formatSignedPercent } from "../format/format-value.ts";
import { type Html, h, html, trustedHtml } from "../html/html.ts";
import { REPORT_CSS } from "../html/styles.ts";
import { messagesFor } from "../i18n/messages.ts";
import { STATUS_ICON, STATUS_ORDER } from "../view/report-view.ts";
import { namesWithoutInhabitants, type Overview } from "./overview.ts";
import { overviewMessages } from "./overview-text.ts";

const OVERVIEW_CSS = `
.page.wide { max-width: none; }
table.overview th button { all: inherit; cursor: pointer; }
/* all: inherit removes the browser's focus ring; a keyboard user must still see where they are. */
table.overview th button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
table.overview th button::after { content: " \\2195"; color: var(--muted); font-weight: 400; }
table.overview th[aria-sort="ascending"] button::after { content: " \\2191"; }
table.overview th[aria-sort="descending"] button::after { content: " \\2193"; }
table.overview td, table.overview th { white-space: nowrap; }
table.status-legend { width: auto; }
table.status-legend td { white-space: normal; }
.note { color: var(--muted); font-size: 0.9rem; }
`;

/**
 * Sorting by a click on a column header: each cell carries its sort key in
 * `data-sort` (a number where the column is numeric). The table is complete
 * and readable without it.
 */
const SORT_SCRIPT = `
for (const table of document.querySelectorAll("table.sortable")) {
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => {
      const descending = th.getAttribute("aria-sort") === "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      const body = table.tBodies[0];
      const key = (row) => row.cells[column].dataset.sort ?? row.cells[column].textContent;
      const numeric = [...body.rows].every((row) => key(row) === "" || !Number.isNaN(Number(key(row))));
      const rows = [...body.rows].sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return descending ? -order : order;
      });
      body.append(...rows);
    });
  });
}
`;

/** The sort rank of a status: best first. */
const RANK = new Map(STATUS_ORDER.map((status, i) => [status, i]));

/**
 * The overview as one self-contained HTML page: a summary of the statuses per
 * indicator, and a table of every municipality (name linked to its report,
 * code, the first indicator's latest figure and its change from the baseline,
 * every indicator's status, the number of targets achieved and of
 * deteriorations) that sorts by a click on a column header. The only script
 * is that sorting; everything else is plain HTML and CSS.
 *
 * @param overview - the result of `createOverview`
 * @returns the page
 * @example
 * renderOverviewHtml(overview).startsWith("<!doctype html>") //=> true
 */
export function renderOverviewHtml(overview: Overview): string {
  const t = overviewMessages(overview.lang);
  const [key] = overview.indicators;
  const plain = messagesFor(overview.lang).council.statusPlain;
  const rate = (value: number) =>
    formatIndicatorValue(value, "rate-per-1000", overview.lang, 1, true);
  // The column per 1,000 inhabitants appears when any municipality has one for the first indicator.
  const rates =
    key !== undefined && overview.entries.some((e) => e.figures[0]?.ratePer1000 != null);
  const period = overview.planPeriod
    ? `${overview.planPeriod.start}-${overview.planPeriod.end}`
    : null;
  const sortable = (label: string, attributes: Record<string, string> = {}) =>
    h("th", { scope: "col", ...attributes }, h("button", { type: "button" }, label));
  const status = (s: (typeof STATUS_ORDER)[number], title?: string): Html =>
    html`<span class="status status-${s}" title="${title ?? t.status[s]}"><span class="status-icon" aria-hidden="true">${STATUS_ICON[s]}</span>${t.short[s]}</span>`;

  const summary = h(
    "table",
    {},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t.indicator),
        STATUS_ORDER.map((s) => h("th", { scope: "col", class: "num" }, status(s))),
      ),
    ),
    h(
      "tbody",
      {},
      overview.indicators.map((indicator) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, indicator.label),
          STATUS_ORDER.map((s) =>
            h("td", { class: "num" }, overview.statusCounts[indicator.id]?.[s] ?? 0),
          ),
        ),
      ),
    ),
  );

  const legend = h(
    "table",
    { class: "status-legend" },
    h("caption", {}, t.legend),
    h(
      "thead",
      {},
      h("tr", {}, h("th", { scope: "col" }, t.verdict), h("th", { scope: "col" }, t.meaning)),
    ),
    h(
      "tbody",
      {},
      STATUS_ORDER.map((s) =>
        h("tr", {}, h("th", { scope: "row" }, status(s)), h("td", {}, plain[s])),
      ),
    ),
  );

  // A row per municipality with the html template (html.ts), not h(): the
  // main thread writes the overview after the last report, cold, while
  // nothing else runs; the template writes the same markup with a string per
  // cell instead of objects of attributes and arrays of children.
  const rows = overview.entries.map((entry) => {
    const first = entry.figures[0];
    const keyCells = key
      ? html`<td class="num" data-sort="${first?.latest?.value ?? ""}">${
          first?.latest
            ? formatIndicatorValue(first.latest.value, key.unit, overview.lang, undefined, true)
            : ""
        }</td><td class="num" data-sort="${first?.change ?? ""}">${
          first?.change === null || first?.change === undefined
            ? ""
            : formatSignedPercent(first.change, overview.lang)
        }</td>${
          rates
            ? html`<td class="num" data-sort="${first?.ratePer1000 ?? ""}">${
                first?.ratePer1000 == null ? "" : rate(first.ratePer1000)
              }</td>`
            : null
        }`
      : null;
    const statusCells = overview.indicators.map((indicator) => {
      const figure = entry.figures.find((f) => f.indicator === indicator.id);
      const s = figure?.status ?? "not-assessable";
      const detail = [
        t.status[s],
        figure?.latest &&
          `${figure.latest.period}: ${formatIndicatorValue(figure.latest.value, indicator.unit, overview.lang, undefined, true)}`,
        figure?.change !== null &&
          figure?.change !== undefined &&
          `${formatSignedPercent(figure.change, overview.lang)} ${t.change}`,
        figure?.ratePer1000 != null && t.rateDetail(rate(figure.ratePer1000)),
      ]
        .filter(Boolean)
        .join("; ");
      return html`<td data-sort="${RANK.get(s) ?? ""}">${status(s, detail)}</td>`;
    });
    return html`<tr><th scope="row" data-sort="${entry.name}">${
      entry.report ? html`<a href="${encodeURI(entry.report)}">${entry.name}</a>` : entry.name
    }</th><td data-sort="${entry.code}">${entry.code}${entry.codeIsSynthetic ? "*" : ""}</td>${keyCells}${statusCells}<td class="num">${entry.statusCounts.achieved}</td><td class="num">${entry.statusCounts.worse}</td></tr>`;
  });

  const table = h(
    "table",
    { class: "overview sortable" },
    h("caption", { class: "hidden-caption" }, t.municipalities),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        sortable(t.municipality, { "aria-sort": "ascending" }),
        sortable(t.code),
        key
          ? [
              sortable(t.latest(key.label), { class: "num" }),
              sortable(t.change, { class: "num" }),
              rates ? sortable(t.rate, { class: "num" }) : null,
            ]
          : [],
        overview.indicators.map((i) => sortable(i.label)),
        sortable(t.achieved, { class: "num" }),
        sortable(t.deterioration, { class: "num" }),
      ),
    ),
    h("tbody", {}, rows),
  );

  const body = h(
    "main",
    { class: "page wide" },
    h("p", { class: "kicker" }, t.kicker),
    h("h1", {}, overview.title),
    h("p", {}, t.intro(overview.entries.length, period, overview.source)),
    h("h2", {}, t.summary),
    h(
      "div",
      { class: "table-wrap", role: "region", "aria-label": t.summary, tabindex: 0 },
      summary,
    ),
    h("div", { class: "table-wrap", role: "region", "aria-label": t.legend, tabindex: 0 }, legend),
    h("h2", {}, t.municipalities),
    h("p", { class: "note" }, t.sortHint),
    h(
      "div",
      { class: "table-wrap", role: "region", "aria-label": t.municipalities, tabindex: 0 },
      table,
    ),
    key ? h("p", { class: "note" }, t.changeNote(key.label)) : null,
    key
      ? h("p", { class: "note" }, t.rateNote(key.label, rates, namesWithoutInhabitants(overview)))
      : null,
    overview.entries.some((e) => e.codeIsSynthetic)
      ? h("p", { class: "note" }, t.syntheticNote)
      : null,
  );
  return `<!doctype html>\n${
    h(
      "html",
      { lang: overview.lang },
      h(
        "head",
        {},
        h("meta", { charset: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("title", {}, overview.title),
        h("style", {}, trustedHtml(REPORT_CSS + OVERVIEW_CSS)),
      ),
      h("body", {}, body, h("script", {}, trustedHtml(SORT_SCRIPT))),
    ).value
  }\n`;
}
