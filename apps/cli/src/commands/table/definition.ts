import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, LANG_OPTION, OUT_OPTION, PLAN_ARGUMENT } from "../shared-options.ts";

/** `ivp table <plan> <table-id>`: a figure table with its percentage changes. */
export const table = () =>
  defineCommand({
    name: "table",
    arguments: [PLAN_ARGUMENT, { name: "table-id", required: true }],
    options: [
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["tsv", "csv", "xlsx", "md", "json"],
        default: "tsv",
        valueName: "FORMAT",
      },
      {
        name: "mark-chance",
        type: "boolean",
      },
      {
        name: "correction",
        type: "string",
        choices: ["none", "holm", "benjamini-hochberg"],
        valueName: "METHOD",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      "ivp table examples/laren-2019-2022 tabel-2",
      "ivp table examples/laren-2019-2022 tabel-1 --format md",
      "ivp table examples/laren-2019-2022 tabel-1 --mark-chance",
      "ivp table examples/laren-2019-2022 tabel-2 --mark-chance --correction holm",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
