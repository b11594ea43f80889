import { effectiveBaseline, indicatorEntries } from "../_lib/statements.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const indicatorMissingBaseline: LintRule = {
  id: "indicator-missing-baseline",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Zonder uitgangswaarde (baseline, bij de indicator of in een tabel) is niet te zien hoeveel vooruitgang er is geboekt. Voor een procesindicator zonder nulmeting kan de regel per plan uit (lint: { rules: { indicator-missing-baseline: off } }).",
      "Without a baseline (on the indicator or in a table) nobody can see how much progress was made. For a process indicator without a starting measurement, the rule can be turned off per plan (lint: { rules: { indicator-missing-baseline: off } }).",
    ),
  ),
  docs: {
    failing: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-nieuwe-ondernemingen, label: "Bibob: nieuwe (risicovolle) ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
    fixed: `sources:
  - { id: gemeente, name: Registratie gemeente, kind: municipal-registration }
indicators:
  - { id: bibob-nieuwe-ondernemingen, label: "Bibob: nieuwe (risicovolle) ondernemingen",
      unit: percentage, direction: higher-is-better, source: gemeente,
      baseline: { value: 60, period: 2017 },
      targets: [{ kind: absolute, value: 100, period: 2021 }] }
`,
  },
  check({ plan }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      if (effectiveBaseline(entry)) continue;
      const label = quoted(entry.indicator.label);
      findings.push({
        message: localize((lang) =>
          pick(
            lang,
            `De indicator ${label} heeft geen uitgangswaarde: niet bij de indicator en niet in ${entry.rows.length > 0 ? "de tabel" : "een tabel"}.`,
            `The indicator ${label} has no baseline: neither on the indicator nor in ${entry.rows.length > 0 ? "its table" : "a table"}.`,
          ),
        ),
        // The empty cell in the table first: that is where a reader misses it.
        locations: [...entry.rows.map((row) => row.path), [...entry.path, "id"]],
        suggestion: localize((lang) =>
          pick(
            lang,
            "Vul de uitgangswaarde en haar periode in (baseline: { value, period }).",
            "Give the baseline and its period (baseline: { value, period }).",
          ),
        ),
      });
    }
    return findings;
  },
};
