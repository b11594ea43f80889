import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, CSV_NOTE, LANG_OPTION, OUT_OPTION } from "../shared-options.ts";

/** `ivp compare <plan>...`: municipalities side by side. */
export const compare = defineCommand({
  name: "compare",
  summary: "Compare municipalities side by side, with rates per 1,000 inhabitants",
  description:
    "Puts the figures of several plans side by side: per indicator and period each municipality's count, its change against the same period a year earlier and, where the plan has the number of inhabitants (a series, default 'inwoners'), the count per 1,000 inhabitants (or --per 10000, 100000), computed exactly and rounded half away from zero. The same police figure is found under another id by its crime-type code. Nothing is summed across municipalities; a missing figure is shown as '.'. Periods default to every year with a figure.",
  arguments: [
    {
      name: "plan",
      description:
        "The plans to compare, one per municipality (directories with plan.yaml, or the files).",
      required: true,
      variadic: true,
    },
  ],
  options: [
    {
      name: "indicator",
      short: "i",
      type: "string",
      description:
        "Only this indicator or series (by id). Default: every counted indicator with a figure.",
      valueName: "ID",
    },
    {
      name: "period",
      type: "string",
      description: "Only this period. Default: every year with a figure.",
      valueName: "PERIOD",
    },
    {
      name: "population",
      type: "string",
      default: "inwoners",
      description: "The series with the number of inhabitants in each plan.",
      valueName: "SERIES",
    },
    {
      name: "per",
      type: "string",
      description:
        "Rates per this many inhabitants: 1000 (default), 10000 or 100000. The population is the plan's series (default inwoners, filled by 'ivp import' of CBS table 03759ned) of the period's year.",
      valueName: "N",
    },
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["text", "md", "csv", "xlsx", "json"],
      default: "text",
      description: `text: aligned tables; md: Markdown; csv and xlsx: one row per indicator, period and municipality; json: the comparison with every component. ${CSV_NOTE}`,
      valueName: "FORMAT",
    },
    LANG_OPTION,
    OUT_OPTION,
  ],
  examples: [
    {
      command: "ivp compare examples/blaricum examples/eemnes",
      description: "Blaricum and Eemnes side by side.",
    },
    {
      command:
        "ivp compare examples/blaricum examples/eemnes --indicator misdrijven-totaal --format csv",
      description: "One indicator as CSV, for a spreadsheet or a chart.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the comparison was written" },
    { code: EXIT.invalidInput, meaning: "a plan is invalid, or a period is not a period" },
    ...COMMON_EXIT_CODES,
  ],
});
