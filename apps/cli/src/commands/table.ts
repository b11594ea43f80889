import { evaluateTable, IvpError, type Language, ObservationIndex } from "@ivp/model";
import { renderTable, type TableFormat } from "@ivp/report";
import type { ParsedCommandArgs } from "../args.ts";
import { CliError } from "../cli-error.ts";
import { inputFiles, planLoader, readPlanOrFail } from "../load-plan-or-fail.ts";
import { writeOutput } from "../output.ts";
import { EXIT } from "./definitions.ts";

/** `ivp table <plan> <table-id>`: returns the exit code. */
export async function runTable(args: ParsedCommandArgs): Promise<number> {
  const [target, tableId] = args.positionals as [string, string];
  const loaded = await readPlanOrFail(target);
  const lang = (args.options.lang as Language | undefined) ?? loaded.plan.language;
  let text: string;
  try {
    const index = new ObservationIndex(loaded.observations);
    const markChance = args.options["mark-chance"] === true;
    const table = evaluateTable(loaded.plan, tableId, {
      lang,
      index,
      ...(markChance && { significance: true }),
    });
    text = renderTable(table, args.options.format as TableFormat, { lang, markChance });
  } catch (error) {
    if (error instanceof IvpError) {
      // Point at the table (or the list of tables when there is no such
      // table): only now is the plan read with the positions of its fields.
      const index = loaded.plan.tables.findIndex((t) => t.id === tableId);
      const { loadPlan } = await planLoader();
      const located = await loadPlan(target);
      const at = located.success
        ? located.locate(index === -1 ? ["tables"] : ["tables", index])
        : { line: 1, column: 1 };
      throw new CliError(
        `${loaded.file}:${at.line}:${at.column}  ${error.message}`,
        EXIT.invalidInput,
      );
    }
    throw error;
  }
  await writeOutput(text, {
    out: args.options.out as string | undefined,
    inputs: inputFiles(loaded),
  });
  return EXIT.ok;
}
