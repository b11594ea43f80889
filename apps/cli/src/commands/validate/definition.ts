import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, LANG_OPTION, PLAN_ARGUMENT } from "../shared-options.ts";

/** `ivp validate <plan>`: check a plan's format, then lint it. */
export const validate = () =>
  defineCommand({
    name: "validate",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "format",
        type: "string",
        choices: ["text", "json"],
        default: "text",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      {
        name: "placeholders-as-errors",
        type: "boolean",
      },
    ],
    examples: [
      "ivp validate examples/laren-2019-2022",
      "ivp validate examples/blaricum --placeholders-as-errors",
      "ivp validate examples/laren-2019-2022 --lang en",
      "ivp validate my-plan/plan.yaml --format json",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
