import { groupBy, normalizeName } from "../_lib/normalize.ts";
import { describePlace, type IndicatorEntry, indicatorEntries } from "../_lib/statements.ts";
import { joinList, localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

type Row = IndicatorEntry["rows"][number];

function conflict(
  entry: IndicatorEntry,
  rows: readonly Row[],
  field: "label" | "source",
  text: (row: Row) => string,
  preferred: string | undefined,
): RuleFinding | undefined {
  const groups = groupBy(rows, (row) => normalizeName(text(row)));
  if (groups.length < 2) return undefined;
  return {
    message: localize((lang) => {
      const list = groups
        .map(
          (group) =>
            `${quoted(text(group[0] as Row))} in ${joinList(
              group.map((row) => describePlace(row, lang)),
              lang,
            )}`,
        )
        .join("; ");
      return field === "label"
        ? pick(
            lang,
            `${quoted(entry.indicator.label)} staat met ${groups.length} verschillende namen in de tabellen: ${list}. Lezers kunnen denken dat het verschillende indicatoren zijn.`,
            `${quoted(entry.indicator.label)} is printed with ${groups.length} different labels: ${list}. Readers may take them for different indicators.`,
          )
        : pick(
            lang,
            `${quoted(entry.indicator.label)} staat met ${groups.length} verschillende bronnen in de tabellen: ${list}.`,
            `${quoted(entry.indicator.label)} is printed with ${groups.length} different sources: ${list}.`,
          );
    }),
    locations: rows.map((row) => (row.row[field] === undefined ? row.path : [...row.path, field])),
    suggestion: localize((lang) =>
      field === "label"
        ? pick(
            lang,
            "Gebruik in elke tabel dezelfde naam voor de indicator.",
            "Print the same label for the indicator in every table.",
          )
        : pick(
            lang,
            `Noem de bron overal hetzelfde${preferred ? `, bijvoorbeeld ${quoted(preferred)}` : ""}.`,
            `Name the source the same way everywhere${preferred ? `, e.g. ${quoted(preferred)}` : ""}.`,
          ),
    ),
  };
}

export const indicatorWordingConflict: LintRule = {
  id: "indicator-wording-conflict",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      'Een indicator die in meer tabellen staat, hoort overal dezelfde naam en dezelfde bron te hebben. Een andere naam ("Aantal verwarde personen" tegenover "Aantal meldingen van verwarde personen") of bron laat lezers twijfelen of het om hetzelfde cijfer gaat. Voetnoottekens, hoofdletters en spaties tellen niet mee.',
      'An indicator listed in several tables should have the same label and the same source everywhere. Another label ("Aantal verwarde personen" against "Aantal meldingen van verwarde personen") or source makes readers wonder whether it is the same figure. Footnote markers, capitals and spacing do not count.',
    ),
  ),
  docs: {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: verwarde-personen, label: Aantal meldingen van verwarde personen, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: verwarde-personen
        label: Aantal verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politiecijfers
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: verwarde-personen, label: Aantal meldingen van verwarde personen, unit: count,
      direction: lower-is-better, source: bvh }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: verwarde-personen
        label: Aantal meldingen van verwarde personen
        source: BVH/politie
        baseline: { value: 44, period: 2017 }
        target: { kind: absolute, value: 35, period: 2021 }
`,
  },
  check({ plan }) {
    return indicatorEntries(plan).flatMap((entry) => {
      if (entry.rows.length < 2) return [];
      const preferred = plan.sources.find((s) => s.id === entry.indicator.source)?.name;
      const label = conflict(
        entry,
        entry.rows,
        "label",
        (row) => row.row.label ?? entry.indicator.label,
        undefined,
      );
      // Only printed names are compared; a row without a source prints nothing to compare.
      const withSource = entry.rows.filter((row) => row.row.source !== undefined);
      const source = conflict(
        entry,
        withSource,
        "source",
        (row) => row.row.source ?? "",
        preferred,
      );
      return [...(label ? [label] : []), ...(source ? [source] : [])];
    });
  },
};
