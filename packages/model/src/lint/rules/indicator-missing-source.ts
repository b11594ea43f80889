import { normalizeName } from "../_lib/normalize.ts";
import { indicatorEntries } from "../_lib/statements.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const indicatorMissingSource: LintRule = {
  id: "indicator-missing-source",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Bij elke indicator hoort een bron (source): waar komen de cijfers vandaan, en waar haalt de volgende voortgangsanalyse ze op? Een bron die alleen in een tabel is afgedrukt, hoort ook als id bij de indicator.",
      "Every indicator needs a source: where do its figures come from, and where will the next progress analysis get them? A source only printed in a table belongs on the indicator as an id too.",
    ),
  ),
  docs: {
    failing: `indicators:
  - { id: bibob-horeca, label: "Bibob: bestaande (risicovolle) horeca ondernemingen",
      unit: percentage, direction: higher-is-better,
      baseline: { value: 80, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
    fixed: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-horeca, label: "Bibob: bestaande (risicovolle) horeca ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      baseline: { value: 80, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
  },
  check({ plan }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      if (entry.indicator.source !== undefined) continue;
      const printed = entry.rows.find((row) => row.row.source !== undefined);
      const known = printed
        ? plan.sources.find(
            (s) => normalizeName(s.name) === normalizeName(printed.row.source ?? ""),
          )
        : undefined;
      const label = quoted(entry.indicator.label);
      findings.push({
        message: localize((lang) =>
          printed
            ? pick(
                lang,
                `De indicator ${label} heeft geen source, al drukt tabel ${quoted(printed.table.title)} ${quoted(printed.row.source ?? "")} als bron af.`,
                `The indicator ${label} has no source, although table ${quoted(printed.table.title)} prints ${quoted(printed.row.source ?? "")} as its source.`,
              )
            : pick(
                lang,
                `De indicator ${label} heeft geen bron: niet bij de indicator en niet in ${entry.rows.length > 0 ? "de tabel" : "een tabel"}.`,
                `The indicator ${label} has no source: neither on the indicator nor in ${entry.rows.length > 0 ? "its table" : "a table"}.`,
              ),
        ),
        locations: [[...entry.path, "id"], ...entry.rows.map((row) => row.path)],
        suggestion: localize((lang) =>
          known
            ? pick(lang, `Voeg source: ${known.id} toe.`, `Add source: ${known.id}.`)
            : pick(
                lang,
                "Leg de bron vast onder sources en verwijs ernaar met source.",
                "Record the source under sources and refer to it with source.",
              ),
        ),
      });
    }
    return findings;
  },
};
