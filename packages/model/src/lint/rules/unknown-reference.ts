import type { Language } from "../../language.ts";
import { checkReferences } from "../../validation/check-references.ts";
import type { PlanIssue } from "../../validation/plan-issue.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

const KIND: Record<string, Record<Language, [one: string, list: string]>> = {
  area: { nl: ["gebied", "areas"], en: ["area", "areas"] },
  series: { nl: ["reeks", "series"], en: ["series", "series"] },
  indicator: { nl: ["indicator", "indicators"], en: ["indicator", "indicators"] },
  source: { nl: ["bron", "sources"], en: ["source", "sources"] },
  partner: { nl: ["partner", "partners"], en: ["partner", "partners"] },
  table: { nl: ["tabel", "tables"], en: ["table", "tables"] },
  theme: {
    nl: ["prioriteit of thema", "priorities en themes"],
    en: ["priority or theme", "priorities and themes"],
  },
};

function describe(issue: PlanIssue, lang: Language): string {
  const p = issue.params ?? {};
  const id = quoted(p.id ?? "");
  if (p.kind === "kernbeleid") {
    return pick(
      lang,
      `Kernbeleid Veiligheid heeft geen thema ${p.id}.`,
      `Kernbeleid Veiligheid has no theme ${p.id}.`,
    );
  }
  if (p.kind === "column") {
    const wanted =
      p.wanted === "change"
        ? pick(lang, "veranderingskolom", "change column")
        : pick(lang, "referentiekolom", "reference column");
    return pick(
      lang,
      `${id} is geen ${wanted} van tabel ${p.table}.`,
      `${id} is not a ${wanted} of table ${p.table}.`,
    );
  }
  const [one, list] = KIND[p.kind ?? ""]?.[lang] ?? [p.kind ?? "", p.kind ?? ""];
  return pick(
    lang,
    `Onbekende ${one} ${id}: die staat niet in ${list}.`,
    `Unknown ${one} ${id}: it is not in ${list}.`,
  );
}

function suggest(issue: PlanIssue, lang: Language): string {
  const p = issue.params ?? {};
  if (p.kind === "kernbeleid") {
    return pick(
      lang,
      "Gebruik een code van 1.1 tot en met 5.5 uit Bijlage 2.",
      "Use a code from 1.1 to 5.5 as listed in Bijlage 2.",
    );
  }
  if (p.kind === "column") {
    return pick(lang, `Gebruik een van: ${p.options}.`, `Use one of: ${p.options}.`);
  }
  return p.suggestion
    ? pick(
        lang,
        `Bedoeld is misschien ${quoted(p.suggestion)}.`,
        `Did you mean ${quoted(p.suggestion)}?`,
      )
    : pick(
        lang,
        "Voeg het id toe, of verwijs naar een bestaand id.",
        "Define the id, or refer to one that exists.",
      );
}

export const unknownReference: LintRule = {
  id: "unknown-reference",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Elke verwijzing naar een id (reeks, gebied, bron, partner, indicator, tabel, prioriteit of thema, Kernbeleid-code, kolom) moet naar iets bestaands wijzen. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd; deze regel is er voor plannen die zonder die controle zijn ingelezen.",
      "Every reference to an id (series, area, source, partner, indicator, table, priority or theme, Kernbeleid code, column) must point at something that exists. Plan files read by ivp are already checked for this when they are loaded; this rule serves plans parsed without that check.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - { origin: other, series: woninginbraak, period: 2017, value: 79 }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - { origin: other, series: woninginbraken, period: 2017, value: 79 }
`,
  },
  check({ plan }) {
    return checkReferences(plan)
      .filter((issue) => issue.code === "unknown-reference")
      .map(
        (issue): RuleFinding => ({
          message: localize((lang) => describe(issue, lang)),
          locations: [issue.path],
          suggestion: localize((lang) => suggest(issue, lang)),
        }),
      );
  },
};
