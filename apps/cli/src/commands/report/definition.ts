import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import {
  AS_OF_OPTION,
  COMMON_EXIT_CODES,
  LANG_OPTION,
  OUT_OPTION,
  PLAN_ARGUMENT,
  VERDICT_CORRECTION_OPTION,
} from "../shared-options.ts";

/** `ivp report <plan>`: the monitoring report. */
export const report = defineCommand({
  name: "report",
  summary: "Write the monitoring report of a plan as HTML, Markdown or JSON",
  description:
    "Evaluates the plan and writes the monitoring report: the status of every indicator at a glance, the main goals with baseline, target, latest figure, change, fraction of the way, status and significance (the same assessment as ivp status), the police figure tables with their percentage changes and ° on changes chance alone could explain (as ivp table --mark-chance), per indicator its facts, the calculation behind its status and a chart, and Kernbeleid Veiligheid coverage. One self-contained HTML file with inline charts and an A4 print layout, Markdown for wikis and council systems, or the evaluated plan as JSON. The same input always gives the same bytes.",
  arguments: [PLAN_ARGUMENT],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["html", "md", "json"],
      default: "html",
      description:
        "html: one self-contained file (no scripts, no downloads); md: Markdown; json: the evaluated plan (docs site: Reference, JSON of ivp report).",
      valueName: "FORMAT",
    },
    LANG_OPTION,
    AS_OF_OPTION,
    VERDICT_CORRECTION_OPTION,
    OUT_OPTION,
  ],
  examples: [
    {
      command: "ivp report examples/laren-2019-2022 --out laren.html",
      description: "The Laren report as one HTML file; open it in a browser or print it to PDF.",
    },
    {
      command: "ivp report examples/laren-2019-2022 --format md --lang en",
      description: "The report in English Markdown, on standard output.",
    },
    {
      command: "ivp report examples/laren-2019-2022 --as-of 2017 --format json",
      description: "The evaluated plan as JSON, using only figures up to 2017.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the report was written" },
    { code: EXIT.invalidInput, meaning: "the plan is invalid, or the output cannot be written" },
    ...COMMON_EXIT_CODES,
  ],
});
