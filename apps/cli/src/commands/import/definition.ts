import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES } from "../shared-options.ts";

/** `ivp import <source-file> --plan <plan>`: open data into a plan's data files. */
export const importCommand = () =>
  defineCommand({
    name: "import",
    arguments: [
      {
        name: "source-file",
        required: true,
      },
    ],
    options: [
      {
        name: "plan",
        short: "p",
        type: "string",
        valueName: "PLAN",
      },
      {
        name: "from",
        type: "string",
        valueName: "PERIOD",
      },
      {
        name: "to",
        type: "string",
        valueName: "PERIOD",
      },
      {
        name: "data",
        type: "string",
        valueName: "FILE",
      },
      {
        name: "source",
        type: "string",
        valueName: "ID",
      },
      {
        name: "dry-run",
        short: "n",
        type: "boolean",
      },
      {
        name: "first-page-only",
        type: "boolean",
      },
      {
        name: "verbose",
        type: "boolean",
      },
    ],
    examples: [
      "ivp import fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv --plan examples/blaricum",
      "ivp import 47013NED-page-1.json --plan my-plan --from 2021 --dry-run",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, EXIT.busy, ...COMMON_EXIT_CODES],
  });
