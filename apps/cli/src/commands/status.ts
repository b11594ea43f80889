import {
  assessPlanProgress,
  IvpError,
  type Language,
  ObservationIndex,
  PERIOD_NOTATIONS,
  parsePeriod,
} from "@ivp/model";
import type { ParsedCommandArgs } from "../args.ts";
import { CliError, usageError } from "../cli-error.ts";
import { inputFiles, readPlanOrFail } from "../load-plan-or-fail.ts";
import { writeOutput } from "../output.ts";
import { STATUS_ALPHA, toStatusJson } from "../status/status-json.ts";
import { renderStatusText } from "../status/status-text.ts";
import { EXIT } from "./definitions.ts";

/** `ivp status <plan>`: returns the exit code. */
export async function runStatus(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  const asOfText = args.options["as-of"] as string | undefined;
  const asOf = asOfText === undefined ? undefined : parsePeriod(asOfText);
  if (asOf && !asOf.success) {
    throw usageError(
      `--as-of: ${asOf.error.message.split(". Write")[0]}; write one of: ${PERIOD_NOTATIONS.join("; ")}`,
      "status",
    );
  }
  const loaded = await readPlanOrFail(target);
  const lang = (args.options.lang as Language | undefined) ?? loaded.plan.language;
  let text: string;
  try {
    const progress = assessPlanProgress(loaded.plan, {
      index: new ObservationIndex(loaded.observations),
      alpha: STATUS_ALPHA,
      ...(asOf?.success && { asOf: asOf.data }),
    });
    text =
      args.options.format === "json"
        ? `${JSON.stringify(toStatusJson({ plan: loaded.plan, progress, lang }), null, 2)}\n`
        : renderStatusText({ plan: loaded.plan, progress, lang });
  } catch (error) {
    if (error instanceof IvpError)
      throw new CliError(`${loaded.file}: ${error.message}`, EXIT.invalidInput);
    throw error;
  }
  await writeOutput(text, {
    out: args.options.out as string | undefined,
    inputs: inputFiles(loaded),
  });
  return EXIT.ok;
}
