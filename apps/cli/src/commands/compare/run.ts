import { type ComparisonInput, compareAreas, type Language, parsePeriod } from "@ivp/model";
import { type ComparisonFormat, comparisonToSheet, renderComparison } from "@ivp/report";
import { usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { inputFiles, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { say } from "../../messages/say.ts";
import { writeOutput } from "../../output.ts";
import { writeXlsxOutput } from "../../write-sheets.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** `ivp compare <plan>...`: returns the exit code. */
export async function runCompare(args: ParsedCommandArgs): Promise<number> {
  const period = args.options.period as string | undefined;
  if (period !== undefined && !parsePeriod(period).success) {
    throw usageError(say("compare", "not-a-period", { value: period }), "compare");
  }
  const loaded = [];
  for (const target of args.positionals)
    loaded.push(await readPlanOrFail(target, messageLanguage(args.options.lang)));
  const inputs: ComparisonInput[] = loaded.map((plan) => ({
    plan: plan.plan,
    observations: plan.observations,
  }));
  const lang = (args.options.lang as Language | undefined) ?? loaded[0]?.plan.language ?? "nl";
  const indicator = args.options.indicator as string | undefined;
  if (indicator !== undefined) {
    const known = loaded.some(
      (l) =>
        l.plan.indicators.some((i) => i.id === indicator) ||
        l.plan.series.some((s) => s.id === indicator),
    );
    if (!known) throw usageError(say("compare", "unknown-indicator", { id: indicator }), "compare");
  }
  const per = args.options.per as string | undefined;
  if (per !== undefined && !["1000", "10000", "100000"].includes(per)) {
    throw usageError(say("compare", "per-invalid", { value: per }), "compare");
  }
  const comparison = compareAreas(inputs, {
    lang,
    ...(per !== undefined && { rateBase: Number(per) as 1000 | 10_000 | 100_000 }),
    populationSeries: args.options.population as string,
    ...(indicator !== undefined && { indicators: [indicator] }),
    ...(period !== undefined && { periods: [period] }),
  });
  const output = {
    out: args.options.out as string | undefined,
    inputs: loaded.flatMap(inputFiles),
  };
  const format = args.options.format as ComparisonFormat | "xlsx";
  if (format === "xlsx") {
    await writeXlsxOutput([comparisonToSheet(comparison)], "compare", output);
    return EXIT.ok;
  }
  await writeOutput(renderComparison(comparison, format, { lang }), output);
  return EXIT.ok;
}
