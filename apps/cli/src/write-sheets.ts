import type { Sheet } from "@ivp/report";
import { usageError } from "./cli-error.ts";
import { say } from "./messages/say.ts";
import { type WriteOutputOptions, writeOutput } from "./output.ts";

/**
 * Writes `--format xlsx` output: the sheets as a workbook, to `--out` only
 * (an .xlsx file is binary; a terminal cannot show it). The writer is loaded
 * only when it is needed, so the other formats start no slower.
 */
export async function writeXlsxOutput(
  sheets: readonly Sheet[],
  command: string,
  options: WriteOutputOptions,
): Promise<void> {
  if (options.out === undefined) {
    throw usageError(say("output", "xlsx-needs-out"), command);
  }
  const { sheetsToXlsx } = await import("./write-xlsx.ts");
  await writeOutput(await sheetsToXlsx(sheets), options);
}
