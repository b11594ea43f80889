import { formatPeriod } from "../format/format-value.ts";
import type { ReportView } from "../view/report-view.ts";
import { cssString } from "./css-string.ts";

/**
 * The printed page's running header and page numbers, as CSS paged media
 * margin boxes (Chromium 131 and later print them; other browsers leave the
 * margins empty). The header names the municipality, the plan and the
 * peildatum, so a loose page still says where it comes from; the first page
 * has none because the report's own header is on it.
 *
 * @example
 * pageStyle(view) // '@page { @top-left { content: "Laren · Integraal …" } … }'
 */
export function pageStyle(view: ReportView): string {
  const { m, plan, lang } = view;
  const asOf =
    view.evaluated.asOf === null ? null : formatPeriod(view.evaluated.asOf, lang, "long");
  const running = `${plan.municipality.name} · ${plan.title} · ${m.print.asOf(asOf)}`;
  const box = "font-size: 8pt; color: #545454; font-family: system-ui, sans-serif;";
  return `
@page {
  @top-left { content: ${cssString(running)}; ${box} }
  @bottom-right { content: ${cssString(`${m.print.page} `)} counter(page) ${cssString(` ${m.print.of} `)} counter(pages); ${box} }
}
@page :first { @top-left { content: none; } }
`;
}
