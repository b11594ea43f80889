import { type CorrectionMethod, IvpError, type Language } from "@ivp/model";
import { evaluatePlan, type ReportFormat, renderReport } from "@ivp/report";
import { CliError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { inputFiles, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { writeOutput } from "../../output.ts";
import { readAsOf } from "../../read-as-of.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** `ivp report <plan>`: returns the exit code. */
export async function runReport(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  // Check the options before reading the plan: a usage error needs no plan.
  const asOf = readAsOf(args.options["as-of"] as string | undefined, "report");
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
    // A plan the computations refuse; a CliError (a usage error) or a bug passes through.
    if (error instanceof IvpError && !(error instanceof CliError) && error.code !== "internal")
      throw new CliError(`${loaded.file}: ${error.message}`, EXIT.invalidInput, {
        code: error.code,
        cause: error,
      });
    throw error;
  }
  // Rendered completely before anything is written: an error leaves no file.
  await writeOutput(text, {
    out: args.options.out as string | undefined,
    inputs: inputFiles(loaded),
  });
  return EXIT.ok;
}
