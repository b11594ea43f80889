import {
  type CorrectionMethod,
  evaluateTable,
  IvpError,
  type Language,
  ObservationIndex,
} from "@ivp/model";
import { formatIssue, issueOf, wordError } from "@ivp/plan-file";
import { renderTable, significanceSummary, type TableFormat, tableToSheet } from "@ivp/report";
import { CliError, usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { inputFiles, planLoader, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { say } from "../../messages/say.ts";
import { writeOutput } from "../../output.ts";
import { writeXlsxOutput } from "../../write-sheets.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** `ivp table <plan> <table-id>`: returns the exit code. */
export async function runTable(args: ParsedCommandArgs): Promise<number> {
  const [target, tableId] = args.positionals as [string, string];
  const markChance = args.options["mark-chance"] === true;
  const correction = args.options.correction as CorrectionMethod | undefined;
  // Check the options before reading the plan: a usage error needs no plan.
  if (correction !== undefined && !markChance) {
    throw usageError(say("table", "correction-needs-mark-chance"), "table");
  }
  const format = args.options.format as TableFormat | "xlsx";
  const said = messageLanguage(args.options.lang);
  const loaded = await readPlanOrFail(target, said);
  const lang = (args.options.lang as Language | undefined) ?? loaded.plan.language;
  let text: string;
  const output = { out: args.options.out as string | undefined, inputs: inputFiles(loaded) };
  let summary: string | undefined;
  try {
    const index = new ObservationIndex(loaded.observations);
    const table = evaluateTable(loaded.plan, tableId, {
      lang,
      index,
      ...(markChance && { significance: correction ? { correction } : true }),
    });
    if (format === "xlsx") {
      await writeXlsxOutput([tableToSheet(table, lang)], "table", output);
      return EXIT.ok;
    }
    text = renderTable(table, format, { lang, markChance });
    // Markdown and JSON carry the count of tests; TSV and CSV stay plain data.
    if (table.significance && (format === "tsv" || format === "csv")) {
      summary = significanceSummary(table.significance, lang);
    }
  } catch (error) {
    // A table the computations refuse; a CliError (a usage error) or a bug passes through.
    if (error instanceof IvpError && !(error instanceof CliError) && error.code !== "internal") {
      // Point at the table (or the list of tables when there is no such
      // table): only now is the plan read with the positions of its fields.
      const index = loaded.plan.tables.findIndex((t) => t.id === tableId);
      const { loadPlan } = await planLoader();
      const located = await loadPlan(target, { lang: said });
      const at = located.success
        ? located.locate(index === -1 ? ["tables"] : ["tables", index])
        : { line: 1, column: 1 };
      const location = { file: loaded.file, line: at.line, column: at.column };
      throw new CliError(
        formatIssue(
          { ...issueOf(error), message: wordError(error, said), location },
          { layout: "error", lang: said },
        ),
        EXIT.invalidInput,
        { code: error.code, cause: error },
      );
    }
    throw error;
  }
  await writeOutput(text, output);
  if (summary !== undefined) process.stderr.write(`${summary}\n`);
  return EXIT.ok;
}
