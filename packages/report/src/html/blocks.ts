/** Building blocks shared by the report's sections: element ids, status badges, scrollable tables, links and sections. */
import { type ReportView, STATUS_ICON, type StatusView } from "../view/report-view.ts";
import { type Html, type HtmlAttributes, type HtmlChild, h, hWith } from "./html.ts";

/** Stable element ids, derived from the plan's own ids. */
export const ids = {
  section: (name: string) => `sectie-${name}`,
  theme: (id: string) => `thema-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  table: (id: string) => `tabel-${id}`,
  goals: (id: string) => `doelen-${id}`,
  calculation: (id: string) => `berekening-${id}`,
};

export function statusBadge(status: StatusView): Html {
  return h(
    "span",
    {
      class: `status status-${status.status}`,
      title: status.reason ?? undefined,
    },
    h("span", { class: "status-icon", "aria-hidden": "true" }, STATUS_ICON[status.status]),
    status.text,
  );
}

export function tableWrap(view: ReportView, label: string, table: Html): Html {
  // A scrollable region must be reachable by keyboard and named for screen
  // readers; "Tabel: " keeps its name apart from a section with the same title.
  const name = label.startsWith(view.m.tableWord) ? label : `${view.m.tableWord}: ${label}`;
  return h("div", { class: "table-wrap", role: "region", "aria-label": name, tabindex: 0 }, table);
}

export function indicatorLink(view: ReportView, id: string, label: string): HtmlChild {
  return view.indicator(id) ? h("a", { href: `#${ids.indicator(id)}` }, label) : label;
}

export function section(name: string, title: string, ...children: HtmlChild[]): Html {
  return h(
    "section",
    { id: ids.section(name), "aria-labelledby": `${ids.section(name)}-kop` },
    h("h2", { id: `${ids.section(name)}-kop` }, title),
    ...children,
  );
}

/** A cell with a main text and, below it, a smaller one. */
export function stacked(main: string, sub: string | null): HtmlChild {
  return sub === null ? main : [main, h("span", { class: "sub" }, sub)];
}

/**
 * A data cell that names its column in `data-label`: on a narrow screen a
 * table of class `cards` shows each row as a card and each cell as
 * "column: value" (styles.ts), so nothing needs scrolling sideways.
 */
export function cell(label: string, attributes: HtmlAttributes, ...children: HtmlChild[]): Html {
  return hWith("td", attributes, "data-label", label, ...children);
}

/**
 * A chart in a region that scrolls sideways on a narrow screen, where the
 * chart keeps a minimum width so that its text stays readable; like
 * {@link tableWrap} it is reachable by keyboard and named.
 */
export function chartWrap(label: string, chart: Html): Html {
  return h("div", { class: "chart-wrap", role: "region", "aria-label": label, tabindex: 0 }, chart);
}
