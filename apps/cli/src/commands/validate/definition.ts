import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, LANG_OPTION, PLAN_ARGUMENT } from "../shared-options.ts";

/** `ivp validate <plan>`: check a plan's format, then lint it. */
export const validate = defineCommand({
  name: "validate",
  summary: "Check a plan's format, then lint its figures, targets and wording",
  description:
    "Reads the plan and its CSV data files and reports every problem as file:line:col  severity  code  message, with what was expected and how to fix it: YAML syntax, wrong types, unknown or missing fields, bad periods, references to ids that do not exist, duplicate ids. A plan that loads is then linted: figures that contradict each other, targets that do not match their percentage, sub-rows that do not add up, printed percentages that differ from the computed ones, claims the figures contradict, typos in labels and source names, indicators without source, baseline or target. Each finding lists the other places involved (also at file:line:col) and, where possible, a fix. Rules are set per plan under lint: { rules: { <rule-id>: off|info|warning|error } }. A finding the plan's owner knows of and accepts (a slip in an adopted document that the plan keeps as printed) goes under lint: { acknowledged: [{ rule, at, reason }] }, with the rule id and the field the finding points at first (its field in --format json): it is still reported, marked acknowledged, and an acknowledged error does not make the plan invalid.",
  arguments: [PLAN_ARGUMENT],
  options: [
    {
      name: "format",
      type: "string",
      choices: ["text", "json"],
      default: "text",
      description: "text: one line per problem; json: a machine-readable report.",
      valueName: "FORMAT",
    },
    {
      ...LANG_OPTION,
      description: "Language of the lint messages; default the plan's language.",
    },
    {
      name: "placeholders-as-errors",
      type: "boolean",
      description:
        "Treat texts that still start with TODO (placeholders from ivp init and ivp bulk; lint rule placeholder, a warning by default) as errors, so the plan is invalid until they are written: for a plan on its way to the council.",
    },
  ],
  examples: [
    { command: "ivp validate examples/laren-2019-2022", description: "Check the Laren example." },
    {
      command: "ivp validate examples/blaricum --placeholders-as-errors",
      description: "Fails while the Blaricum example still has TODO placeholders.",
    },
    {
      command: "ivp validate examples/laren-2019-2022 --lang en",
      description: "The same, with the findings in English.",
    },
    {
      command: "ivp validate my-plan/plan.yaml --format json",
      description: "Problems as JSON, for editors and CI.",
    },
  ],
  exitCodes: [
    {
      code: EXIT.ok,
      meaning: "the plan is valid (warnings, infos and acknowledged errors do not count)",
    },
    {
      code: EXIT.invalidInput,
      meaning:
        "the plan or a data file has errors, or a lint rule reports an error the plan does not acknowledge",
    },
    ...COMMON_EXIT_CODES,
  ],
});
