import { normalizeName } from "../_lib/normalize.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import { likelyNameTypoOf } from "../_lib/typos.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const sourceNameTypo: LintRule = {
  id: "source-name-typo",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      'De bron zoals die in een indicatortabel is afgedrukt, wordt vergeleken met de namen onder sources. Wijkt hij één of twee tekens af van een bekende naam (een letter verwisseld, vergeten of te veel), zoals "BHV/Politie" naast "BVH/politie", dan is het waarschijnlijk een typefout. Hoofdletters, voetnoottekens en spaties rond een schuine streep tellen niet.',
      'The source as printed in an indicator table is compared with the names under sources. When it is one or two characters away from a known name (letters swapped, dropped or added), such as "BHV/Politie" next to "BVH/politie", it is probably a typo. Capitals, footnote markers and spaces around a slash do not count.',
    ),
  ),
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: woninginbraken
    title: Effectindicatoren woninginbraken
    rows:
      - indicator: woninginbraken
        source: BHV/Politie
        baseline: { value: 79, period: 2017 }
        target: { kind: absolute, value: 59, period: 2021 }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: woninginbraken
    title: Effectindicatoren woninginbraken
    rows:
      - indicator: woninginbraken
        source: BVH/politie
        baseline: { value: 79, period: 2017 }
        target: { kind: absolute, value: 59, period: 2021 }
`,
  },
  check({ plan }) {
    const names = new Map(plan.sources.map((s) => [normalizeName(s.name), s.name]));
    const known = [...names.keys()];
    const findings: RuleFinding[] = [];
    plan.indicatorTables.forEach((table, t) => {
      table.rows.forEach((row, r) => {
        if (row.source === undefined) return;
        const meant = likelyNameTypoOf(normalizeName(row.source), known);
        if (meant === undefined) return;
        const name = names.get(meant) ?? meant;
        findings.push({
          message: localize((lang) =>
            pick(
              lang,
              `De bron ${quoted(row.source ?? "")} in tabel ${quoted(table.title)} lijkt een typefout voor ${quoted(name)}.`,
              `The source ${quoted(row.source ?? "")} in table ${quoted(table.title)} looks like a typo of ${quoted(name)}.`,
            ),
          ),
          locations: [["indicatorTables", t, "rows", r, "source"]],
          suggestion: localize((lang) =>
            pick(lang, `Schrijf ${quoted(name)}.`, `Write ${quoted(name)}.`),
          ),
        });
      });
    });
    return findings;
  },
};
