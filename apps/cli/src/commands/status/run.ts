import type { CorrectionMethod, Language } from "@ivp/model";
import { evaluateStatus, renderSheetCsv, renderStatusText, statusToSheet } from "@ivp/report";
import { EXIT } from "../../exit-codes.ts";
import { inputFiles, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { writeOutput } from "../../output.ts";
import { planErrorToCli } from "../../plan-error-to-cli.ts";
import { readAsOf } from "../../read-as-of.ts";
import { writeXlsxOutput } from "../../write-sheets.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** `ivp status <plan>`: returns the exit code. */
export async function runStatus(args: ParsedCommandArgs): Promise<number> {
  const target = args.positionals[0] as string;
  // Check the options before reading the plan: a usage error needs no plan.
  const asOf = await readAsOf(args.options["as-of"] as string | undefined, "status");
  const loaded = await readPlanOrFail(target, messageLanguage(args.options.lang));
  const lang = (args.options.lang as Language | undefined) ?? loaded.plan.language;
  let text: string;
  const output = { out: args.options.out as string | undefined, inputs: inputFiles(loaded) };
  try {
    const status = evaluateStatus(loaded.plan, {
      observations: loaded.observations,
      lang,
      ...(asOf !== undefined && { asOf }),
      correction: args.options.correction as CorrectionMethod | undefined,
    });
    switch (args.options.format) {
      case "xlsx":
        await writeXlsxOutput([statusToSheet(status)], "status", output);
        return EXIT.ok;
      case "csv":
        text = renderSheetCsv(statusToSheet(status), lang);
        break;
      case "json":
        text = `${JSON.stringify(status, null, 2)}\n`;
        break;
      default:
        text = renderStatusText(status);
    }
  } catch (error) {
    throw await planErrorToCli(error, loaded.file, messageLanguage(args.options.lang));
  }
  await writeOutput(text, output);
  return EXIT.ok;
}
