import type { CorrectionMethod, Language } from "@ivp/model";
import { evaluatePlan, type ReportFormat, renderReport } from "@ivp/report";
import { EXIT } from "../../exit-codes.ts";
import { inputFiles, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { writeOutput } from "../../output.ts";
import { planErrorToCli } from "../../plan-error-to-cli.ts";
import { readAsOf } from "../../read-as-of.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** `ivp report <plan>`: returns the exit code. */
export async function runReport(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  // Check the options before reading the plan: a usage error needs no plan.
  const asOf = await readAsOf(args.options["as-of"] as string | undefined, "report");
  const loaded = await readPlanOrFail(target, messageLanguage(args.options.lang));
  const lang = (args.options.lang as Language | undefined) ?? loaded.plan.language;
  let text: string;
  try {
    const evaluated = evaluatePlan(loaded.plan, {
      observations: loaded.observations,
      lang,
      ...(asOf !== undefined && { asOf }),
      correction: args.options.correction as CorrectionMethod | undefined,
    });
    text = renderReport(evaluated, args.options.format as ReportFormat);
  } catch (error) {
    throw await planErrorToCli(error, loaded.file, messageLanguage(args.options.lang));
  }
  // Rendered completely before anything is written: an error leaves no file.
  await writeOutput(text, {
    out: args.options.out as string | undefined,
    inputs: inputFiles(loaded),
  });
  return EXIT.ok;
}
