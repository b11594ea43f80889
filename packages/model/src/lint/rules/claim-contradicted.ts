import type { Language } from "../../language.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { arePeriodsComparable, shiftPeriod } from "../../period/period.ts";
import type { Claim } from "../../schema/types.ts";
import { type ResolvedValue, resolveValue } from "../../series/resolve-value.ts";
import { refsOf } from "../_lib/resolved.ts";
import { unitOf } from "../_lib/statements.ts";
import { formatPeriod, formatValue, joinList, localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

type Known = Exclude<ResolvedValue, { status: "missing" }>;

/** What the claim says, in words. */
function describeClaim(claim: Claim, lang: Language): string {
  const from = formatPeriod(claim.from, lang);
  const to = formatPeriod(claim.to, lang);
  switch (claim.kind) {
    case "strictly-decreasing":
      return pick(
        lang,
        `elk jaar lager van ${from} tot ${to}`,
        `lower every year from ${from} to ${to}`,
      );
    case "strictly-increasing":
      return pick(
        lang,
        `elk jaar hoger van ${from} tot ${to}`,
        `higher every year from ${from} to ${to}`,
      );
    case "decreased":
      return pick(lang, `lager in ${to} dan in ${from}`, `lower in ${to} than in ${from}`);
    case "increased":
      return pick(lang, `hoger in ${to} dan in ${from}`, `higher in ${to} than in ${from}`);
  }
}

/** The pairs of consecutive known values the claim is checked on. */
function steps(claim: Claim, values: readonly Known[]): [Known, Known][] {
  if (claim.kind === "decreased" || claim.kind === "increased") {
    // Only the end points count, and both must be known.
    const first = values.find((v) => v.period === claim.from);
    const last = values.find((v) => v.period === claim.to);
    return first && last ? [[first, last]] : [];
  }
  return values.slice(1).map((value, i) => [values[i] as Known, value]);
}

function holds(claim: Claim, [before, after]: [Known, Known]): boolean {
  return claim.kind === "strictly-decreasing" || claim.kind === "decreased"
    ? after.value < before.value
    : after.value > before.value;
}

export const claimContradicted: LintRule = {
  id: "claim-contradicted",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      'Een bewering in de tekst over hoe een reeks zich ontwikkelde ("elk jaar afgenomen sinds 2013") wordt getoetst aan de cijfers van het plan. "Elk jaar" betekent: in elke periode lager (of hoger) dan in de vorige met een cijfer; "afgenomen" betekent: aan het eind lager dan aan het begin. Perioden zonder cijfer worden overgeslagen.',
      'A claim in the text about how a series developed ("decreasing every year since 2013") is checked against the plan\'s figures. "Every year" means lower (or higher) in every period than in the previous one with a figure; "decreased" means lower at the end than at the start. Periods without a figure are skipped.',
    ),
  ),
  docs: {
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
  check({ plan, index }) {
    const series = new Map(plan.series.map((s) => [s.id, s]));
    const findings: RuleFinding[] = [];
    plan.claims.forEach((claim, i) => {
      const from = parsePeriodOrThrow(claim.from);
      const to = parsePeriodOrThrow(claim.to);
      // A claim over periods that cannot be compared: incomparable-periods reports it.
      if (!arePeriodsComparable(from, to) || to.year < from.year) return;
      const area = claim.area ?? plan.municipality.code;
      const values: Known[] = [];
      for (let year = from.year; year <= to.year; year++) {
        const value = resolveValue(
          { index, series },
          claim.series,
          area,
          shiftPeriod(from, year - from.year),
        );
        if (value.status !== "missing") values.push(value);
      }
      const broken = steps(claim, values).filter((step) => !holds(claim, step));
      if (broken.length === 0) return;
      const unit = unitOf(plan, claim.series);
      const decreasing = claim.kind === "strictly-decreasing" || claim.kind === "decreased";
      findings.push({
        message: localize((lang) => {
          const reasons = joinList(
            broken.map(([before, after]) => {
              const a = `${formatPeriod(after.period, lang)} (${formatValue(after.value, unit, lang)})`;
              const b = `${formatPeriod(before.period, lang)} (${formatValue(before.value, unit, lang)})`;
              return decreasing
                ? pick(lang, `${a} is niet lager dan ${b}`, `${a} is not lower than ${b}`)
                : pick(lang, `${a} is niet hoger dan ${b}`, `${a} is not higher than ${b}`);
            }),
            lang,
          );
          return pick(
            lang,
            `De bewering ${quoted(claim.quote)} (${describeClaim(claim, lang)}) klopt niet met de cijfers: ${reasons}.`,
            `The claim ${quoted(claim.quote)} (${describeClaim(claim, lang)}) is contradicted by the figures: ${reasons}.`,
          );
        }),
        locations: [
          ["claims", i, "kind"],
          ...broken.flatMap(([before, after]) => [...refsOf(before), ...refsOf(after)]),
        ],
        suggestion: localize((lang) => {
          const first = values[0];
          const last = values.at(-1);
          const overall =
            first &&
            last &&
            first !== last &&
            holds({ ...claim, kind: decreasing ? "decreased" : "increased" }, [first, last]);
          const period = (v: Known) => formatPeriod(v.period, lang);
          return overall && first && last
            ? pick(
                lang,
                `Pas de bewering aan, bijvoorbeeld: ${decreasing ? "lager" : "hoger"} in ${period(last)} (${formatValue(last.value, unit, lang)}) dan in ${period(first)} (${formatValue(first.value, unit, lang)}).`,
                `Rephrase the claim, e.g. ${decreasing ? "lower" : "higher"} in ${period(last)} (${formatValue(last.value, unit, lang)}) than in ${period(first)} (${formatValue(first.value, unit, lang)}).`,
              )
            : pick(lang, "Pas de bewering aan of verwijder haar.", "Rephrase or drop the claim.");
        }),
      });
    });
    return findings;
  },
};
