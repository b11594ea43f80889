import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import {
  COMMON_EXIT_CODES,
  CSV_NOTE,
  LANG_OPTION,
  OUT_OPTION,
  PLAN_ARGUMENT,
} from "../shared-options.ts";

/** `ivp table <plan> <table-id>`: a figure table with its percentage changes. */
export const table = defineCommand({
  name: "table",
  summary: "Print a figure table of a plan with its percentage changes",
  description:
    "Computes a table of the plan from its raw counts: value columns, percentage changes (exact, rounded half away from zero, '+' for increases, empty when the base is 0) and supplied reference columns. July-December figures are derived as full year minus January-June.",
  arguments: [
    PLAN_ARGUMENT,
    { name: "table-id", description: "The id of the table, e.g. tabel-1.", required: true },
  ],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["tsv", "csv", "xlsx", "md", "json"],
      default: "tsv",
      description: `Output format. CSV, TSV and Markdown neutralise spreadsheet formulas in labels. ${CSV_NOTE}`,
      valueName: "FORMAT",
    },
    {
      name: "mark-chance",
      type: "boolean",
      description:
        "Mark with ° every percentage change of a count that is not distinguishable from chance (exact Poisson test, two-sided, p >= 0.05 after the correction across the table; a change from 0 gets ° alone). Says how many changes were tested and how many chance alone would mark (under Markdown; on standard error for TSV and CSV; in the JSON's significance). Off by default: the cells stay as printed.",
    },
    {
      name: "correction",
      type: "string",
      choices: ["none", "holm", "benjamini-hochberg"],
      description:
        "How --mark-chance corrects for testing every change of the table at once: benjamini-hochberg (controls the share of false marks), holm (controls the chance of any false mark) or none. Default: the plan's conventions.multipleComparisons, else benjamini-hochberg.",
      valueName: "METHOD",
    },
    LANG_OPTION,
    OUT_OPTION,
  ],
  examples: [
    {
      command: "ivp table examples/laren-2019-2022 tabel-2",
      description: "Laren's Tabel 2 as TSV.",
    },
    {
      command: "ivp table examples/laren-2019-2022 tabel-1 --format md",
      description: "Tabel 1 as a Markdown table.",
    },
    {
      command: "ivp table examples/laren-2019-2022 tabel-1 --mark-chance",
      description: "Tabel 1 with ° on the changes that chance alone could explain.",
    },
    {
      command: "ivp table examples/laren-2019-2022 tabel-2 --mark-chance --correction holm",
      description: "Tabel 2's 50 tests corrected with Holm's method instead of Benjamini-Hochberg.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the table was written" },
    { code: EXIT.invalidInput, meaning: "the plan is invalid or has no such table" },
    { code: EXIT.usage, meaning: "--correction without --mark-chance, or another usage error" },
    ...COMMON_EXIT_CODES,
  ],
});
