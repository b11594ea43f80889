import { rationalFromNumber, sign, subtract } from "../../_lib/rational.ts";
import { formatPeriodCode } from "../../period/format-period.ts";
import { parsePeriodOrThrow } from "../../period/parse-period.ts";
import { firstHalf, fullYear, secondHalf } from "../../period/period.ts";
import { resolveValue } from "../../series/resolve-value.ts";
import { figuresBySeriesAndArea, type KnownFigure } from "../_lib/figures.ts";
import { describeResolved, refsOf } from "../_lib/resolved.ts";
import { unitOf } from "../_lib/statements.ts";
import { describeOrigin, seriesName } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { period, quoted, valueIn } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

const say = ruleMessages("negative-derived-value");

export const negativeDerivedValue: LintRule = {
  id: "negative-derived-value",
  severity: "error",
  check(context) {
    const { plan, index } = context;
    const series = new Map(plan.series.map((s) => [s.id, s]));
    const findings: RuleFinding[] = [];
    for (const byPeriod of figuresBySeriesAndArea(context)) {
      const { series: id, area } = (byPeriod[0] as KnownFigure[])[0] as KnownFigure;
      const unit = unitOf(plan, id);
      if (unit !== "count") continue;
      const years = [
        ...new Set(byPeriod.map((f) => parsePeriodOrThrow((f[0] as KnownFigure).period).year)),
      ];
      for (const year of years) {
        const total = resolveValue({ index, series }, id, area, fullYear(year));
        // A year made of its own halves cannot be smaller than either of them.
        if (
          total.status === "missing" ||
          (total.status === "derived" && total.rule === "full-year")
        ) {
          continue;
        }
        for (const [half, other] of [
          [firstHalf(year), secondHalf(year)],
          [secondHalf(year), firstHalf(year)],
        ] as const) {
          const part = index.getAll(id, area, half).find((o) => o.value !== null);
          if (part?.value == null) continue;
          // Exact: the difference of two decimals, never a floating-point residue.
          const rest = subtract(rationalFromNumber(total.value), rationalFromNumber(part.value));
          if (sign(rest) >= 0) continue;
          findings.push({
            ...say.message("half-year-negative", {
              series: quoted(seriesName(plan, id)),
              half: period(formatPeriodCode(other)),
              sum: say.fragment("subtraction", {
                year: period(String(year)),
                total: valueIn(total.value, unit),
                totalFrom: describeResolved(plan, total),
                part: period(formatPeriodCode(half)),
                partValue: valueIn(part.value, unit),
                partFrom: describeOrigin(plan, part),
                rest: valueIn(rest, unit),
              }),
            }),
            locations: [part.ref, ...refsOf(total)],
            ...say.suggestion("check-source"),
          });
        }
      }
    }
    return findings;
  },
};
