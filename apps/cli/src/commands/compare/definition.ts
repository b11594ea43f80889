import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, LANG_OPTION, OUT_OPTION } from "../shared-options.ts";

/** `ivp compare <plan>...`: municipalities side by side. */
export const compare = () =>
  defineCommand({
    name: "compare",
    arguments: [
      {
        name: "plan",
        required: true,
        variadic: true,
      },
    ],
    options: [
      {
        name: "indicator",
        short: "i",
        type: "string",
        valueName: "ID",
      },
      {
        name: "period",
        type: "string",
        valueName: "PERIOD",
      },
      {
        name: "population",
        type: "string",
        default: "inwoners",
        valueName: "SERIES",
      },
      {
        name: "per",
        type: "string",
        valueName: "N",
      },
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["text", "md", "csv", "xlsx", "json"],
        default: "text",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      "ivp compare examples/blaricum examples/eemnes",
      "ivp compare examples/blaricum examples/eemnes --indicator misdrijven-totaal --format csv",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
