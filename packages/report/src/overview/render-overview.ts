import type { Language } from "@ivp/model";
import { markdownText } from "../escape.ts";
import { formatIndicatorValue, formatSignedPercent } from "../format/format-value.ts";
import { messagesFor } from "../i18n/messages.ts";
import { STATUS_ICON, STATUS_ORDER } from "../view/report-view.ts";
import { namesWithoutInhabitants, type Overview, type OverviewFigure } from "./overview.ts";
import { overviewMessages } from "./overview-text.ts";
import { renderOverviewHtml } from "./render-overview-html.ts";

/** The formats of an overview. */
export type OverviewFormat = "html" | "md" | "json";

/** Every overview format. */
export const OVERVIEW_FORMATS: readonly OverviewFormat[] = ["html", "md", "json"];

/** A figure's latest value as the overview prints it; empty when there is none. */
function latestText(
  figure: OverviewFigure | undefined,
  unit: Parameters<typeof formatIndicatorValue>[1],
  lang: Language,
): string {
  return figure?.latest
    ? formatIndicatorValue(figure.latest.value, unit, lang, undefined, true)
    : "";
}

/** A change as the overview prints it (`+5%`, `-12%`, `0%`); empty when there is none. */
function changeText(figure: OverviewFigure | undefined, lang: Language): string {
  return figure?.change === null || figure?.change === undefined
    ? ""
    : formatSignedPercent(figure.change, lang);
}

function renderOverviewMarkdown(overview: Overview): string {
  const t = overviewMessages(overview.lang);
  const [key] = overview.indicators;
  const rates =
    key !== undefined && overview.entries.some((e) => e.figures[0]?.ratePer1000 != null);
  const rate = (figure: OverviewFigure | undefined) =>
    figure?.ratePer1000 == null
      ? ""
      : formatIndicatorValue(figure.ratePer1000, "rate-per-1000", overview.lang, 1, true);
  const cell = (text: string) => markdownText(text);
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const period = overview.planPeriod
    ? `${overview.planPeriod.start}-${overview.planPeriod.end}`
    : null;
  const lines = [
    `# ${cell(overview.title)}`,
    "",
    t.intro(overview.entries.length, period, overview.source && cell(overview.source)),
    "",
  ];

  lines.push(`## ${t.summary}`, "");
  lines.push(row([t.indicator, ...STATUS_ORDER.map((s) => t.status[s])]));
  lines.push(row(["---", ...STATUS_ORDER.map(() => "---:")]));
  for (const indicator of overview.indicators) {
    const counts = overview.statusCounts[indicator.id];
    lines.push(row([cell(indicator.label), ...STATUS_ORDER.map((s) => String(counts?.[s] ?? 0))]));
  }
  lines.push("", `## ${t.municipalities}`, "");
  const header = [
    t.municipality,
    t.code,
    ...(key ? [cell(t.latest(key.label)), t.change] : []),
    ...(rates ? [t.rate] : []),
    ...overview.indicators.map((i) => cell(i.label)),
    t.achieved,
    t.deterioration,
  ];
  lines.push(row(header));
  lines.push(
    row([
      "---",
      "---",
      ...(key ? ["---:", "---:"] : []),
      ...(rates ? ["---:"] : []),
      ...overview.indicators.map(() => "---"),
      "---:",
      "---:",
    ]),
  );
  for (const entry of overview.entries) {
    const first = entry.figures[0];
    const name = entry.report
      ? `[${cell(entry.name)}](${encodeURI(entry.report)})`
      : cell(entry.name);
    lines.push(
      row([
        name,
        `${entry.code}${entry.codeIsSynthetic ? "\\*" : ""}`,
        ...(key
          ? [latestText(first, key.unit, overview.lang), changeText(first, overview.lang)]
          : []),
        ...(rates ? [rate(first)] : []),
        ...overview.indicators.map((indicator) => {
          const figure = entry.figures.find((f) => f.indicator === indicator.id);
          const status = figure?.status ?? "not-assessable";
          return `${STATUS_ICON[status]} ${t.short[status]}`;
        }),
        String(entry.statusCounts.achieved),
        String(entry.statusCounts.worse),
      ]),
    );
  }
  const plain = messagesFor(overview.lang).council.statusPlain;
  lines.push(
    "",
    `**${t.legend}**`,
    "",
    ...STATUS_ORDER.map((s) => `- ${STATUS_ICON[s]} **${t.short[s]}**: ${plain[s]}`),
  );
  if (key)
    lines.push(
      "",
      t.changeNote(cell(key.label)),
      "",
      t.rateNote(cell(key.label), rates, namesWithoutInhabitants(overview).map(cell)),
    );
  if (overview.entries.some((e) => e.codeIsSynthetic))
    lines.push("", t.syntheticNote.replace("*", "\\*"));
  return `${lines.join("\n")}\n`;
}

/**
 * Renders the overview of a bulk run: one self-contained HTML page (a table
 * of every municipality, sortable by clicking a column header, with links to
 * the reports), Markdown (the same tables), or JSON (the {@link Overview}
 * itself, indented by two spaces). Pure and deterministic.
 *
 * @param overview - the result of `createOverview`
 * @param format - `html`, `md` or `json`
 * @returns the text of the overview
 * @example
 * renderOverview(createOverview({ entries, indicators, lang: "nl" }), "md").split("\n")[0]
 * //=> "# Overzicht per gemeente"
 */
export function renderOverview(overview: Overview, format: OverviewFormat): string {
  switch (format) {
    case "html":
      return renderOverviewHtml(overview);
    case "md":
      return renderOverviewMarkdown(overview);
    case "json":
      return `${JSON.stringify(overview, null, 2)}\n`;
  }
}
