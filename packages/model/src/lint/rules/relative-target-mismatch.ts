import { abs, compare, rationalFromNumber, round, subtract } from "../../_lib/rational.ts";
import type { Language } from "../../language.ts";
import { formatPercentChange } from "../../percent-change/format-percent-change.ts";
import { roundPercentChange } from "../../percent-change/percent-change.ts";
import type { Conventions } from "../../schema/types.ts";
import { indicatorEntries, type TargetStatement, targetStatements } from "../_lib/statements.ts";
import { applyChange } from "../_lib/targets.ts";
import {
  describeTarget,
  formatFigure,
  formatSignedPercent,
  localize,
  pick,
  quoted,
} from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

type Rounding = NonNullable<Conventions["targetRounding"]>;

const MODE_NAMES: Record<Rounding["mode"], Record<Language, string>> = {
  "half-away-from-zero": { nl: "rekenkundig", en: "half away from zero" },
  "half-even": { nl: "half naar even", en: "half to even" },
  floor: { nl: "naar beneden", en: "down" },
  ceil: { nl: "naar boven", en: "up" },
  trunc: { nl: "afgekapt", en: "toward zero" },
};

function decimalsOf(value: number): number {
  const exact = rationalFromNumber(value);
  let decimals = 0;
  while ((exact.num * 10n ** BigInt(decimals)) % exact.den !== 0n) decimals++;
  return decimals;
}

function describeRounding(rounding: Rounding, lang: Language): string {
  const places =
    rounding.decimals === 0
      ? pick(lang, "op hele getallen", "whole numbers")
      : lang === "nl"
        ? `op ${rounding.decimals} ${rounding.decimals === 1 ? "decimaal" : "decimalen"}`
        : `${rounding.decimals} ${rounding.decimals === 1 ? "decimal" : "decimals"}`;
  return `${MODE_NAMES[rounding.mode][lang]}, ${places}`;
}

/**
 * The percentage, with as few decimals as needed, that leads back to `value`
 * from `base` under the rounding rule; `undefined` when none with up to two
 * decimals does (so ivp never suggests a target that is itself inconsistent).
 */
function changeLeadingTo(base: number, value: number, rounding: Rounding): number | undefined {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const change = roundPercentChange(base, value, { decimals });
    if (change === null) return undefined;
    const back = round(applyChange(base, change), rounding.decimals, rounding.mode);
    if (compare(back, rationalFromNumber(value)) === 0) return change;
  }
  return undefined;
}

/** How a relative target misses its percentage, or `undefined` when it does not. */
function findMismatch(statement: TargetStatement, conventions: Conventions | undefined) {
  const { target, baseline } = statement;
  if (target.kind !== "relative" || target.change === undefined || target.value === undefined) {
    return undefined;
  }
  if (!baseline) return undefined;
  const base = baseline.baseline.value;
  // Why exact arithmetic: 65 x 0.9 = 58.5 must round to 59 the way a person
  // does it, which binary floating point does not promise.
  const exact = applyChange(base, target.change);
  const rounding: Rounding = target.rounding ??
    conventions?.targetRounding ?? { mode: "half-away-from-zero", decimals: decimalsOf(base) };
  const resolved = round(exact, rounding.decimals, rounding.mode);
  const stated = rationalFromNumber(target.value);
  if (compare(stated, resolved) === 0) return undefined;
  return { base, exact, resolved, rounding, difference: subtract(stated, resolved) };
}

export const relativeTargetMismatch: LintRule = {
  id: "relative-target-mismatch",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      'Een doel dat als getal met percentage is geschreven, zoals "60 (-25%)", moet kloppen: het percentage toegepast op de uitgangswaarde en afgerond volgens de afrondingsregel van het plan (standaard rekenkundig, op de decimalen van de uitgangswaarde) moet het getal opleveren. Anders weet niemand welk doel geldt.',
      "A target written as a value with a percentage, such as \"60 (-25%)\", must add up: the percentage applied to the baseline and rounded by the plan's rounding rule (by default half away from zero, to the baseline's decimals) must give the value. Otherwise nobody knows which target holds.",
    ),
  ),
  docs: {
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
  check({ plan }) {
    const findings: RuleFinding[] = [];
    for (const entry of indicatorEntries(plan)) {
      for (const statement of targetStatements(entry)) {
        const mismatch = findMismatch(statement, plan.conventions);
        if (!mismatch || !statement.baseline) continue;
        const { target } = statement;
        const change = target.change ?? 0;
        const value = target.value ?? 0;
        const label =
          statement.place.kind === "row"
            ? (statement.place.row.label ?? entry.indicator.label)
            : entry.indicator.label;
        const unit = entry.indicator.unit;
        const rounded = compare(mismatch.exact, mismatch.resolved) !== 0;
        const more = mismatch.difference.num > 0n;
        const actual = (lang: Language) =>
          mismatch.base === 0
            ? ""
            : pick(lang, ", een verandering van ", ", a change of ") +
              formatPercentChange(mismatch.base, value, {
                decimalSeparator: lang === "nl" ? "," : ".",
              });
        const alternative = changeLeadingTo(mismatch.base, value, mismatch.rounding);
        findings.push({
          message: localize((lang) => {
            const amount = formatFigure(abs(mismatch.difference), lang);
            const steps = rounded
              ? pick(
                  lang,
                  `${formatFigure(mismatch.exact, lang)}, afgerond ${formatFigure(mismatch.resolved, lang)} (${describeRounding(mismatch.rounding, lang)})`,
                  `${formatFigure(mismatch.exact, lang)}, which rounds to ${formatFigure(mismatch.resolved, lang)} (${describeRounding(mismatch.rounding, lang)})`,
                )
              : formatFigure(mismatch.exact, lang);
            return pick(
              lang,
              `Het doel ${describeTarget(target, unit, lang)} van ${quoted(label)} klopt niet met het percentage: ${formatSignedPercent(change, lang)} van ${formatFigure(mismatch.base, lang)} is ${steps}; ${formatFigure(value, lang)} is ${amount} ${more ? "meer" : "minder"}${actual(lang)}.`,
              `The target ${describeTarget(target, unit, lang)} of ${quoted(label)} does not match its percentage: ${formatSignedPercent(change, lang)} of ${formatFigure(mismatch.base, lang)} is ${steps}; ${formatFigure(value, lang)} is ${amount} ${more ? "more" : "less"}${actual(lang)}.`,
            );
          }),
          locations: [
            [...statement.path, "value"],
            [...statement.baseline.path, "value"],
          ],
          suggestion: localize((lang) => {
            const right = `${formatFigure(mismatch.resolved, lang)} (${formatSignedPercent(change, lang)})`;
            const other =
              alternative === undefined
                ? undefined
                : `${formatFigure(value, lang)} (${formatSignedPercent(alternative, lang)})`;
            return other === undefined
              ? pick(lang, `Schrijf ${right}.`, `Print ${right}.`)
              : pick(
                  lang,
                  `Schrijf ${right}, of ${other} als ${formatFigure(value, lang)} het bedoelde doel is.`,
                  `Print ${right}, or ${other} if ${formatFigure(value, lang)} is the intended target.`,
                );
          }),
        });
      }
    }
    return findings;
  },
};
