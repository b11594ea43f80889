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
export const report = () =>
  defineCommand({
    name: "report",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["html", "md", "json"],
        default: "html",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      AS_OF_OPTION,
      VERDICT_CORRECTION_OPTION,
      OUT_OPTION,
    ],
    examples: [
      "ivp report examples/laren-2019-2022 --out laren.html",
      "ivp report examples/laren-2019-2022 --format md --lang en",
      "ivp report examples/laren-2019-2022 --as-of 2017 --format json",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
