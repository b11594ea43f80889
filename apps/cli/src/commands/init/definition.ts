import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES } from "../shared-options.ts";

/** `ivp init <dir> --municipality <name or code>`: scaffold a new plan. */
export const init = () =>
  defineCommand({
    name: "init",
    arguments: [{ name: "dir", required: true }],
    options: [
      {
        name: "municipality",
        short: "m",
        type: "string",
        valueName: "NAME|CODE",
      },
      {
        name: "code",
        type: "string",
        valueName: "GMxxxx",
      },
      {
        name: "period",
        type: "string",
        valueName: "YYYY-YYYY",
      },
      {
        name: "schema",
        type: "string",
        valueName: "PATH",
      },
    ],
    examples: [
      "ivp init plans/blaricum --municipality Blaricum --period 2024-2027",
      "ivp init plans/den-haag --municipality 'Den Haag'",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
