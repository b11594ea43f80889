import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import {
  AS_OF_OPTION,
  COMMON_EXIT_CODES,
  LANG_OPTION,
  OUT_OPTION,
  PLAN_ARGUMENT,
  REPORT_FORMAT_OPTION,
  VERDICT_CORRECTION_OPTION,
} from "../shared-options.ts";

/** `ivp report <plan>`: the monitoring report. */
export const report = () =>
  defineCommand({
    name: "report",
    arguments: [PLAN_ARGUMENT],
    options: [
      REPORT_FORMAT_OPTION,
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
