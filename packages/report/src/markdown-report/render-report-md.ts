import type { Theme } from "@ivp/model";
import { escapeMarkdown, markdownText } from "../escape.ts";
import type {
  EvaluatedFigureTable,
  EvaluatedIndicator,
  EvaluatedIndicatorTable,
  EvaluatedPlan,
} from "../evaluated-plan.ts";
import { formatDate, formatPeriod } from "../format/format-value.ts";
import { markdownToMarkdown } from "../markdown/render-markdown.ts";
import { CHANCE_MARKER, isChanceCell, significanceSummary } from "../render-table.ts";
import { correctionLegend, statusLegend } from "../status/progress-text.ts";
import { chartNumbers } from "../view/chart-numbers.ts";
import { calculationRows, indicatorFacts, testDetail } from "../view/progress-view.ts";
import {
  assessableCount,
  assessedTargetText,
  createReportView,
  INDICATOR_TABLE_NUMERIC,
  indicatorChangeText,
  indicatorRowView,
  indicatorTableHeaders,
  indicatorTablesOf,
  latestText,
  type ReportView,
  STATUS_ORDER,
  statusCounts,
  summaryWarnings,
  themePartners,
  themeTitle,
  whoText,
} from "../view/report-view.ts";

/** Markdown that is already escaped (text from `markdownText` plus this package's own marks). */
interface EscapedMarkdown {
  readonly md: string;
}

/**
 * Text ivp generated itself (numbers, periods, status words): escaped, but
 * not neutralised as a spreadsheet formula, so "-34% t.o.v. 70" keeps its sign.
 */
function generated(text: string): EscapedMarkdown {
  return { md: escapeMarkdown(text) };
}

/**
 * A GFM table: header, alignment row (`right` columns are right-aligned),
 * rows; every text cell escaped.
 */
function table(
  header: readonly string[],
  rows: readonly (readonly (string | EscapedMarkdown)[])[],
  right: ReadonlySet<number> = new Set(),
): string {
  const cell = (c: string | EscapedMarkdown) => (typeof c === "string" ? markdownText(c) : c.md);
  const line = (cells: readonly (string | EscapedMarkdown)[]) =>
    `| ${cells.map((c) => cell(c) || " ").join(" | ")} |`;
  const align = `| ${header.map((_, i) => (right.has(i) ? "---:" : "---")).join(" | ")} |`;
  return [line(header), align, ...rows.map(line)].join("\n");
}

function heading(level: number, text: string): string {
  return `${"#".repeat(level)} ${markdownText(text)}`;
}

function header(view: ReportView): string[] {
  const { plan, m, lang } = view;
  const lines = [heading(1, plan.title)];
  if (plan.subtitle) lines.push(markdownText(plan.subtitle));
  const meta = [
    `**${markdownText(m.reportKind)}**`,
    `${markdownText(m.meta.municipality)}: ${markdownText(`${plan.municipality.name} (${plan.municipality.code})`)}`,
    `${markdownText(m.meta.planPeriod)}: ${plan.period.start}-${plan.period.end}`,
  ];
  if (plan.adoption) {
    meta.push(
      `${markdownText(m.meta.adopted)}: ${markdownText(`${plan.adoption.by}, ${formatDate(plan.adoption.date, lang)}`)}`,
    );
  }
  lines.push(meta.join("  \n"));
  lines.push(
    `**${markdownText(
      view.evaluated.asOf === null
        ? m.asOfLatest
        : m.asOf(formatPeriod(view.evaluated.asOf, lang, "long")),
    )}**`,
  );
  lines.push(`**${markdownText(m.mission)}**`, markdownToMarkdown(plan.mission));
  return lines;
}

/** The summary, as the HTML's: the verdict words with their meaning and count, the verdict per indicator, the warnings. */
function summary(view: ReportView): string[] {
  const { m, evaluated } = view;
  const c = m.columns;
  const { counts, manual } = statusCounts(view);
  const lines = [
    heading(2, m.sections.summary),
    markdownText(m.summaryIntro(assessableCount(view), evaluated.indicators.length)),
    markdownText(m.council.legendIntro),
    `**${markdownText(m.council.legendCaption)}**`,
    table(
      [c.status, m.council.meaning, c.count],
      STATUS_ORDER.map((s) => [m.status[s], m.council.statusPlain[s], String(counts.get(s) ?? 0)]),
      new Set([2]),
    ),
  ];
  if (manual > 0) lines.push(markdownText(m.manualCount(manual)));
  lines.push(
    `**${markdownText(m.council.tableCaption)}**`,
    table(
      [c.indicator, c.latest, c.change, c.target, c.status],
      evaluated.indicators.map((i) => [
        i.label,
        latestText(view, i),
        generated(indicatorChangeText(view, i)),
        assessedTargetText(view, i),
        i.progress.status.text,
      ]),
      new Set([1, 3]),
    ),
  );
  const warnings = summaryWarnings(view);
  if (warnings.length > 0) {
    lines.push(
      [
        `**${markdownText(m.indicatorFacts.warnings)}** ${markdownText(m.council.warningsIntro)}`,
        "",
        ...warnings.map((w) => `- ${markdownText(w.label)}: ${escapeMarkdown(w.message)}`),
      ].join("\n"),
    );
  }
  return lines;
}

function indicatorTable(view: ReportView, t: EvaluatedIndicatorTable): string[] {
  const rows = t.rows.map((row) => indicatorRowView(view, row));
  const lines = [
    `**${markdownText(t.title)}**`,
    table(
      indicatorTableHeaders(view, t),
      rows.map((r, i) => [
        `${t.rows[i]?.group ? `${t.rows[i]?.group}: ` : ""}${r.label}${r.differs ? " ≠" : ""}`,
        r.source,
        r.baseline,
        generated(r.target),
        r.latest,
        generated(r.change),
        generated(r.fraction),
        r.status?.text ?? view.m.notAvailable,
        r.significance,
      ]),
      INDICATOR_TABLE_NUMERIC,
    ),
  ];
  const differing = rows.filter((r) => r.differs);
  if (differing.length > 0) {
    lines.push(
      [
        markdownText(view.m.differsLegend),
        ...differing.map((r) => `- ${markdownText(`${r.label}: ${r.differs}`)}`),
      ].join("\n"),
    );
  }
  lines.push(`*${markdownText(view.m.council.significanceLegend)}*`);
  return lines;
}

/**
 * A figure table in the layout of `renderTable(..., "md")` (the output of
 * `ivp table --format md`), with a significance marker after a change that
 * cannot be told apart from chance.
 */
function figureTable(view: ReportView, t: EvaluatedFigureTable): string[] {
  const { m } = view;
  const title = t.number !== null ? `${m.tableWord} ${t.number}: ${t.title}` : t.title;
  let markers = false;
  const rows = t.rows.map((row) => [
    row.label,
    ...t.columns.map((column): string | EscapedMarkdown => {
      const cell = row.cells[column.id];
      if (cell === undefined) return "";
      if (!isChanceCell(cell)) return cell.text;
      markers = true;
      return `${cell.text}${CHANCE_MARKER}`;
    }),
  ]);
  const right = new Set(t.columns.map((_, i) => i + 1));
  const lines = [
    `**${markdownText(title)}**`,
    table([m.tableLabelColumn, ...t.columns.map((c) => c.header)], rows, right),
  ];
  const notes: string[] = [];
  if (t.source) notes.push(`${m.columns.source}: ${t.source.name}.`);
  if (t.note) notes.push(t.note);
  if (notes.length > 0) lines.push(`*${markdownText(notes.join(" "))}*`);
  if (markers) lines.push(`*${markdownText(m.council.chanceNote)}*`);
  if (t.significance)
    lines.push(
      `*${markdownText(significanceSummary(t.significance, view.lang, { named: false }))}*`,
    );
  return lines;
}

function prose(title: string, text: string | undefined): string[] {
  return text ? [heading(4, title), markdownToMarkdown(text)] : [];
}

function themeSection(view: ReportView, theme: Theme): string[] {
  const { m } = view;
  const p = m.themeParts;
  const c = m.columns;
  const lines = [heading(3, themeTitle(theme))];
  if (theme.kernbeleid.length > 0) {
    const names = theme.kernbeleid.map((code) => {
      const found = view.evaluated.kernbeleid.fields
        .flatMap((f) => f.themes)
        .find((t) => t.code === code);
      return found ? `${code} ${found.name}` : code;
    });
    lines.push(`*${markdownText(`${m.sections.kernbeleid}: ${names.join("; ")}`)}*`);
  }
  lines.push(...prose(p.motivation, theme.motivation));
  lines.push(...prose(p.evaluation, theme.evaluation));
  lines.push(...prose(p.goals, theme.goals));
  const tables = indicatorTablesOf(view, theme.id);
  if (tables.length > 0) {
    lines.push(heading(4, p.indicators));
    for (const t of tables) lines.push(...indicatorTable(view, t));
  }
  const inTables = new Set(tables.flatMap((t) => t.rows.map((r) => r.indicator)));
  const others = theme.indicators.filter((id) => !inTables.has(id));
  if (others.length > 0) {
    lines.push(
      heading(4, m.otherIndicators),
      others.map((id) => `- ${markdownText(view.indicator(id)?.label ?? id)}`).join("\n"),
    );
  }
  lines.push(...prose(p.approach, theme.approach));
  for (const s of theme.sections) lines.push(...prose(s.title, s.text));
  if (theme.actions.length > 0) {
    lines.push(
      heading(4, p.actions),
      table(
        [c.action, c.who, c.partners, c.when, c.status],
        theme.actions.map((a) => [
          a.what,
          whoText(view, a.who),
          a.partners.map((id) => whoText(view, id)).join(", ") || m.notAvailable,
          a.when ?? m.notAvailable,
          m.actionStatus[a.status],
        ]),
      ),
    );
  }
  const partners = themePartners(theme);
  if (partners.length > 0) {
    lines.push(
      heading(4, p.partners),
      partners.map((id) => `- ${markdownText(whoText(view, id))}`).join("\n"),
    );
  }
  return lines;
}

function indicatorSection(view: ReportView, indicator: EvaluatedIndicator): string[] {
  const { m } = view;
  const c = m.columns;
  const lines = [heading(3, indicator.label)];
  if (indicator.description) lines.push(markdownToMarkdown(indicator.description));
  lines.push(
    indicatorFacts(view, indicator)
      .map((fact) => {
        // Text from the plan is neutralised as everywhere; ivp's own figures keep their sign.
        const text =
          fact.key === "source" || fact.key === "themes"
            ? markdownText(fact.text)
            : escapeMarkdown(fact.text);
        return `- **${markdownText(fact.label)}:** ${text}`;
      })
      .join("\n"),
  );
  const warnings = indicator.progress.warnings;
  if (warnings.length > 0) {
    lines.push(
      [
        `**${markdownText(m.indicatorFacts.warnings)}**`,
        "",
        ...warnings.map((w) => `- ${escapeMarkdown(w.message)}`),
      ].join("\n"),
    );
  }
  if (calculationRows(view, indicator).length > 0)
    lines.push(markdownText(m.appendix.calculationLink));
  const numbers = chartNumbers(view, indicator);
  if (numbers.length > 0) {
    lines.push(
      table(
        [c.what, c.period, c.value, c.origin],
        numbers.map((r) => [r.what, r.period, generated(r.value), r.origin]),
        new Set([2]),
      ),
    );
  }
  return lines;
}

function kernbeleid(view: ReportView): string[] {
  const { m } = view;
  const c = m.columns;
  const coverage = view.evaluated.kernbeleid;
  const covered = coverage.fields.flatMap((f) => f.themes).filter((t) => t.coveredBy.length > 0);
  const fields = coverage.fields.filter((f) => f.themes.some((t) => t.coveredBy.length > 0));
  const total = coverage.fields.reduce((n, f) => n + f.themes.length, 0);
  const titleOf = (id: string) => {
    const t = view.theme(id);
    return t ? themeTitle(t) : id;
  };
  const lines = [
    heading(2, m.sections.kernbeleid),
    markdownText(m.kernbeleidIntro(fields.length, covered.length, total)),
    table(
      [c.code, c.kernbeleidTheme, c.coveredBy],
      coverage.fields.flatMap((field) => [
        [field.code, field.name, ""],
        ...field.themes.map((t) => [
          t.code,
          t.name,
          t.coveredBy.map(titleOf).join("; ") || m.notCovered,
        ]),
      ]),
    ),
  ];
  if (coverage.unknownCodes.length > 0) {
    lines.push(
      `**${markdownText(m.unknownCodes)}**`,
      coverage.unknownCodes
        .map((u) => `- ${markdownText(`${u.code}: ${u.usedBy.map(titleOf).join("; ")}`)}`)
        .join("\n"),
    );
  }
  return lines;
}

function partnersAndSources(view: ReportView): string[] {
  const { m, plan } = view;
  const c = m.columns;
  const all = [...plan.priorities, ...plan.themes];
  const lines = [heading(2, m.sections.partners)];
  lines.push(
    plan.partners.length > 0
      ? table(
          [c.name, c.description, c.theme],
          plan.partners.map((p) => [
            p.name,
            p.description ?? m.notAvailable,
            all
              .filter((t) => themePartners(t).includes(p.id))
              .map(themeTitle)
              .join("; ") || m.notAvailable,
          ]),
        )
      : markdownText(m.none),
  );
  lines.push(heading(2, m.sections.sources));
  lines.push(
    plan.sources.length > 0
      ? table(
          [c.name, c.kind, c.description, m.indicatorsOfSource],
          plan.sources.map((s) => [
            s.name,
            m.sourceKind[s.kind],
            s.description ?? m.notAvailable,
            view.evaluated.indicators
              .filter((i) => i.source?.id === s.id)
              .map((i) => i.label)
              .join("; ") || m.notAvailable,
          ]),
        )
      : markdownText(m.none),
  );
  if (plan.references.length > 0) {
    lines.push(
      `**${markdownText(m.references)}**`,
      plan.references.map((r) => `- ${markdownText(r.title)}`).join("\n"),
    );
  }
  return lines;
}

/** The appendix, as the HTML's: methods, test names, the plan's settings, the tests and calculations per indicator. */
function method(view: ReportView): string[] {
  const { m, evaluated } = view;
  const c = m.columns;
  const preference = view.plan.conventions?.targetPreference ?? "stated-value";
  const correction = correctionLegend(evaluated.correction, view.lang);
  const lines = [
    heading(2, m.sections.method),
    ...m.methodText.map(markdownText),
    markdownText(statusLegend(view.lang)),
    STATUS_ORDER.map(
      (s) => `- **${markdownText(m.status[s])}:** ${markdownText(m.statusHelp[s])}`,
    ).join("\n"),
    markdownText(m.progress.significanceLegend),
    ...(correction ? [markdownText(correction)] : []),
    markdownText(m.chanceNote),
    heading(3, m.appendix.settings),
    [
      m.appendix.targetPreference(
        "conventions.targetPreference",
        preference,
        m.targetPreference[preference],
      ),
      m.appendix.correctionSetting(
        "conventions.multipleComparisons",
        m.progress.correctionMethod[evaluated.correction.method],
      ),
    ]
      .map((text) => `- ${escapeMarkdown(text)}`)
      .join("\n"),
  ];
  const tests = evaluated.indicators.flatMap((i) => {
    const detail = testDetail(view, i);
    return detail === null ? [] : [[i.label, generated(detail)]];
  });
  if (tests.length > 0) {
    lines.push(heading(3, m.appendix.tests), table([c.indicator, c.calculation], tests));
  }
  const calculations = evaluated.indicators.filter((i) => calculationRows(view, i).length > 0);
  if (calculations.length > 0) lines.push(heading(3, m.appendix.calculations));
  for (const indicator of calculations) {
    lines.push(
      `**${markdownText(`${m.indicatorFacts.components}: ${indicator.label}`)}**`,
      table(
        [c.component, c.calculation, c.outcome],
        calculationRows(view, indicator).map((r) => [
          r.component,
          generated(r.formula),
          generated(r.outcome),
        ]),
        new Set([2]),
      ),
    );
  }
  return lines;
}

/**
 * Renders an evaluated plan as Markdown (GitHub-flavoured tables) for wikis
 * and council information systems: the same sections and numbers as the
 * HTML report, without charts (their numbers are in tables). Every string
 * from the plan is escaped; the plan's prose keeps its paragraphs, lists and
 * emphasis. The same input gives the same bytes.
 *
 * @param evaluated - the result of `evaluatePlan`; its `lang` sets the language
 * @returns the Markdown document
 * @example
 * renderReportMarkdown(evaluatePlan(plan)).split("\n")[0] //=> "# Integraal Veiligheidsplan Gemeente Laren 2019-2022"
 */
export function renderReportMarkdown(evaluated: EvaluatedPlan): string {
  const view = createReportView(evaluated);
  const { m, plan } = view;
  const blocks: string[] = [...header(view), ...summary(view)];
  const goals = indicatorTablesOf(view, null);
  if (goals.length > 0) {
    blocks.push(heading(2, m.sections.mainGoals));
    for (const t of goals) blocks.push(...indicatorTable(view, t));
  }
  if (evaluated.tables.length > 0) {
    blocks.push(heading(2, m.sections.figures));
    for (const t of evaluated.tables) blocks.push(...figureTable(view, t));
  }
  if (plan.priorities.length > 0) {
    blocks.push(heading(2, m.sections.priorities));
    for (const t of plan.priorities) blocks.push(...themeSection(view, t));
  }
  if (plan.themes.length > 0) {
    blocks.push(heading(2, m.sections.themes));
    for (const t of plan.themes) blocks.push(...themeSection(view, t));
  }
  if (evaluated.indicators.length > 0) {
    blocks.push(heading(2, m.sections.indicators));
    for (const i of evaluated.indicators) blocks.push(...indicatorSection(view, i));
  }
  blocks.push(...kernbeleid(view), ...partnersAndSources(view), ...method(view));
  blocks.push(`*${markdownText(m.generatedBy)}*`);
  return `${blocks.join("\n\n")}\n`;
}
