/**
 * Each lint rule's examples for the documentation: a plan fragment the rule
 * reports (`failing`) and the same fragment fixed, on which no rule reports
 * anything (test/lint-docs.test.ts runs both through the linter).
 */
import type { LintRuleDocs } from "../lint-types.ts";
import type { CatalogueRuleId } from "../messages/rule-messages.ts";

export const LINT_RULE_EXAMPLES: Readonly<Record<CatalogueRuleId, LintRuleDocs>> = {
  "baseline-figure-mismatch": {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.5, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - id: rapportcijfer-veiligheid
    label: Rapportcijfer veiligheid
    unit: grade
    direction: higher-is-better
    source: veiligheidsmonitor
    baseline: { value: 7.3, period: 2017 }
    targets: [{ kind: absolute, value: 7.6, period: 2021 }]
observations:
  - origin: text
    quote: "De inwoners beoordelen in 2017 het veiligheidsgevoel in de eigen buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
  },
  "baseline-target-period": {
    failing: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2023 }]
`,
    fixed: `period: { start: 2019, end: 2022 }
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2022 }]
`,
  },
  "claim-contradicted": {
    failing: `series:
  - { id: geweld, label: Geweldsmisdrijven }
observations:
  - origin: table
    table: tabel-2
    periods: [2014, 2015, 2016, 2017]
    values: { geweld: [35, 41, 29, 23] }
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: geweld }] }
claims:
  - id: geweld-elk-jaar-afgenomen
    section: "2. Huidige situatie"
    quote: "Het aantal geweldsmisdrijven is elk jaar afgenomen."
    series: geweld
    kind: strictly-decreasing
    from: 2014
    to: 2017
`,
    fixed: `series:
  - { id: geweld, label: Geweldsmisdrijven }
observations:
  - origin: table
    table: tabel-2
    periods: [2014, 2015, 2016, 2017]
    values: { geweld: [35, 41, 29, 23] }
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: geweld }] }
claims:
  - id: geweld-afgenomen
    section: "2. Huidige situatie"
    quote: "Het aantal geweldsmisdrijven is sinds 2014 afgenomen."
    series: geweld
    kind: decreased
    from: 2014
    to: 2017
`,
  },
  "conflicting-figures": {
    failing: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 65 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [65, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`,
    fixed: `series:
  - { id: autokraak, label: Auto-inbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
  - origin: text
    quote: "In 2015 waren dit er 63 en in 2016 was er een stijging te zien naar 85."
    periods: [2015, 2016]
    values: { autokraak: [63, 85] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2015, kind: value, period: 2015 }, { id: jaar-2016, kind: value, period: 2016 }]
    rows: [{ series: autokraak }]
`,
  },
  "duplicate-id": {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraken, label: "Woninginbraken: pogingen" }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraak-pogingen, label: "Woninginbraken: pogingen" }
`,
  },
  "incomparable-periods": {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2017 waren er 79 woninginbraken; in 2018 tot en met oktober 46."
    periods: [2017, 2018-01..2018-10]
    values: { woninginbraken: [79, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017
    to: 2018-01..2018-10
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "In 2018 waren er tot en met oktober 46 woninginbraken en in 2017 dezelfde periode 70."
    periods: [2017-01..2017-10, 2018-01..2018-10]
    values: { woninginbraken: [70, 46] }
claims:
  - id: woninginbraken-gedaald
    section: "2. Huidige situatie"
    quote: "Het aantal woninginbraken is in 2018 gedaald."
    series: woninginbraken
    kind: decreased
    from: 2017-01..2017-10
    to: 2018-01..2018-10
`,
  },
  "indicator-missing-baseline": {
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
  "indicator-missing-direction": {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraken, label: Aantal woninginbraken, unit: count, source: bvh,
      direction: lower-is-better,
      baseline: { value: 79, period: 2017 },
      targets: [{ kind: absolute, value: 59, period: 2021 }] }
`,
  },
  "indicator-missing-source": {
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
  "indicator-missing-target": {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 } }
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - { id: woninginbraak-geslaagd, label: Aantal geslaagde woninginbraken, unit: count,
      direction: lower-is-better, source: bvh, baseline: { value: 59, period: 2017 },
      targets: [{ kind: absolute, value: 45, period: 2021 }] }
`,
  },
  "indicator-value-conflict": {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.5, period: 2017 }
        target: { kind: absolute, value: 7.6, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor }
indicatorTables:
  - id: hoofddoelstellingen
    title: Meetbare hoofddoelstellingen
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
  - id: zorg-en-veiligheid
    title: Effectindicatoren zorg en veiligheid
    rows:
      - indicator: rapportcijfer-veiligheid
        baseline: { value: 7.3, period: 2017 }
        target: { kind: absolute, value: 7.5, period: 2021 }
`,
  },
  "indicator-wording-conflict": {
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
  "label-typo": {
    failing: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vermielingen }]
`,
    fixed: `series:
  - { id: vernielingen, label: Vernielingen }
observations:
  - { origin: table, table: tabel-2, series: vernielingen, period: 2017, value: 39 }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns: [{ id: jaar-2017, kind: value, period: 2017 }]
    rows: [{ series: vernielingen, label: vernielingen }]
`,
  },
  "negative-derived-value": {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [45] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-1
    periods: [2017-H1]
    values: { woninginbraken: [54] }
  - origin: table
    table: tabel-2
    periods: [2017]
    values: { woninginbraken: [79] }
tables:
  - { id: tabel-1, number: 1, title: Politiecijfers januari-juni,
      columns: [{ id: h1-2017, kind: value, period: 2017-H1 }], rows: [{ series: woninginbraken }] }
  - { id: tabel-2, number: 2, title: Politiecijfers per jaar,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
  },
  "parts-sum-mismatch": {
    failing: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 60]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
    fixed: `series:
  - id: woninginbraken
    label: Woninginbraken
    parts: { series: [pogingen, geslaagd], complete: true }
  - { id: pogingen, label: "...waaraan pogingen" }
  - { id: geslaagd, label: "...waaraan geslaagd" }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values:
      woninginbraken: [77, 79]
      pogingen: [21, 20]
      geslaagd: [56, 59]
tables:
  - { id: tabel-2, number: 2, title: Politiecijfers,
      columns: [{ id: jaar-2017, kind: value, period: 2017 }], rows: [{ series: woninginbraken }] }
`,
  },
  placeholder: {
    failing: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: "TODO: de aanpak, bijvoorbeeld: voorlichting over rookmelders in elke wijk."
`,
    fixed: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: De brandweer geeft in elke wijk voorlichting over rookmelders.
`,
  },
  "printed-change-mismatch": {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      # 77 to 79 is +2.6%, printed as +3%
      - { series: woninginbraken, printed: { gemeente: "+4%" } }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: table
    table: tabel-2
    periods: [2016, 2017]
    values: { woninginbraken: [77, 79] }
tables:
  - id: tabel-2
    number: 2
    title: Politiecijfers
    columns:
      - { id: jaar-2016, kind: value, period: 2016 }
      - { id: jaar-2017, kind: value, period: 2017 }
      - { id: gemeente, kind: change, from: 2016, to: 2017 }
    rows:
      - { series: woninginbraken, printed: { gemeente: "+3%" } }
`,
  },
  "priority-without-indicators": {
    failing: `priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: overlast-jongeren, label: "% bewoners dat vaak overlast door groepen jongeren ervaart",
      unit: percentage, direction: lower-is-better, source: veiligheidsmonitor }
priorities:
  - id: jeugdoverlast
    title: Jeugdoverlast
    goals: Maximaal 1,7% van de inwoners ervaart vaak overlast door groepen jongeren.
indicatorTables:
  - id: jeugdoverlast
    title: Effectindicatoren jeugdoverlast
    theme: jeugdoverlast
    rows:
      - indicator: overlast-jongeren
        baseline: { value: 1.7, period: 2017 }
        target: { kind: maximum, value: 1.7, period: 2021 }
`,
  },
  "relative-target-mismatch": {
    failing: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    # -25% of 79 is 59.25, which rounds to 59, not 60
    targets: [{ kind: relative, value: 60, change: -25, period: 2021, asPrinted: "60 (-25%)" }]
`,
    fixed: `sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: relative, value: 59, change: -25, period: 2021, asPrinted: "59 (-25%)" }]
`,
  },
  "shorter-period-exceeds-longer": {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 82 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [82, 79] }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
observations:
  - origin: text
    quote: "Tot en met oktober 2017 waren er 70 woninginbraken; in heel 2017 waren het er 79."
    periods: [2017-01..2017-10, 2017]
    values: { woninginbraken: [70, 79] }
`,
  },
  "source-name-typo": {
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
  "target-direction": {
    failing: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.5, period: 2017 },
      targets: [{ kind: absolute, value: 7.3, period: 2021 }] }
`,
    fixed: `sources:
  - { id: veiligheidsmonitor, name: Veiligheidsmonitor, kind: survey }
indicators:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade,
      direction: higher-is-better, source: veiligheidsmonitor,
      baseline: { value: 7.3, period: 2017 },
      targets: [{ kind: absolute, value: 7.5, period: 2021 }] }
`,
  },
  "unknown-lint-rule": {
    failing: `lint:
  rules:
    indicator-missing-targt: off
`,
    fixed: `lint:
  rules:
    indicator-missing-target: off
`,
  },
  "unknown-reference": {
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
  "unused-acknowledgement": {
    failing: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
lint:
  acknowledged:
    - rule: relative-target-mismatch
      at: indicators[0].targets[0].value
      reason: Zo gedrukt in het vastgestelde plan.
`,
    fixed: `indicators:
  - id: woninginbraken
    label: Aantal woninginbraken
    unit: count
    direction: lower-is-better
    source: bvh
    baseline: { value: 79, period: 2017 }
    targets: [{ kind: absolute, value: 59, period: 2021 }]
sources:
  - { id: bvh, name: BVH/politie, kind: police-registration }
`,
  },
  "value-out-of-range": {
    failing: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 73."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 73
`,
    fixed: `series:
  - { id: rapportcijfer-veiligheid, label: Rapportcijfer veiligheid, unit: grade }
observations:
  - origin: text
    quote: "De inwoners beoordelen de veiligheid in hun buurt met een 7,3."
    series: rapportcijfer-veiligheid
    period: 2017
    value: 7.3
`,
  },
};
