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

/** `ivp status <plan>`: every indicator's progress toward its target. */
export const status = () =>
  defineCommand({
    name: "status",
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
        valueName: "FORMAT",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      "ivp status examples/laren-2019-2022",
      "ivp status examples/laren-2019-2022 --as-of 2018-H1 --lang en",
      "ivp status my-plan --format json --out status.json",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
