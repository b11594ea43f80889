import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import {
  AS_OF_OPTION,
  COMMON_EXIT_CODES,
  CSV_NOTE,
  LANG_OPTION,
  OUT_OPTION,
  PLAN_ARGUMENT,
  VERDICT_CORRECTION_OPTION,
} from "../shared-options.ts";

/** `ivp status <plan>`: every indicator's progress toward its target. */
export const status = defineCommand({
  name: "status",
  summary: "Show every indicator's progress toward its target, with significance",
  description:
    "One line per indicator: baseline, target, latest figure and its period, the change since the baseline (percent for counts and rates, procentpunten for percentages, points for grades), the change since the previous comparable period (the same months of the latest earlier year with a figure) with its test, the fraction of the way in words, the verdict, and whether the change from the baseline is distinguishable from chance. The verdict judges the latest figure with its 95% margin (exact Poisson for counts, widened when the series varied more than chance in earlier years; the published margins of survey figures; a declared tolerance) against the straight line from baseline to target, or from the target period on against the target: ahead of or behind schedule, target (not) achieved, worse than the baseline, or not distinguishable; or not assessable with the reason. The verdicts are corrected together for testing many indicators (Benjamini-Hochberg by default). A part of a year is compared with the same months of the baseline year, or projected to a full year, never with a full year. The JSON output carries every component, so each verdict can be recomputed by hand.",
  arguments: [PLAN_ARGUMENT],
  options: [
    AS_OF_OPTION,
    VERDICT_CORRECTION_OPTION,
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["text", "csv", "xlsx", "json"],
      default: "text",
      description: `text: aligned lines with notes; csv and xlsx: one row per indicator (baseline, target, latest figure, change, fraction of the way, status); json: every component (docs site: Reference, JSON of ivp status). ${CSV_NOTE}`,
      valueName: "FORMAT",
    },
    LANG_OPTION,
    OUT_OPTION,
  ],
  examples: [
    {
      command: "ivp status examples/laren-2019-2022",
      description: "Laren's indicators as of the latest figures in the document.",
    },
    {
      command: "ivp status examples/laren-2019-2022 --as-of 2018-H1 --lang en",
      description: "As of the first half of 2018, in English.",
    },
    {
      command: "ivp status my-plan --format json --out status.json",
      description: "Every component as JSON, for dashboards.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the status was written" },
    { code: EXIT.invalidInput, meaning: "the plan or a data file is invalid" },
    ...COMMON_EXIT_CODES,
  ],
});
