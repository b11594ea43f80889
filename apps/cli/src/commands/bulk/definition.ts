import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import {
  COMMON_EXIT_CODES,
  LANG_OPTION,
  OUT_OPTION,
  REPORT_FORMAT_OPTION,
} from "../shared-options.ts";

/** `ivp bulk <data-file> --out DIR`: a report for every municipality in a data file. */
export const bulk = () =>
  defineCommand({
    name: "bulk",
    arguments: [
      {
        name: "data-file",
        required: true,
      },
    ],
    options: [
      {
        ...OUT_OPTION,
        valueName: "DIR",
      },
      {
        name: "template",
        short: "t",
        type: "string",
        default: "politie",
        valueName: "TEMPLATE",
      },
      REPORT_FORMAT_OPTION,
      {
        name: "municipalities",
        short: "m",
        type: "string",
        valueName: "LIST",
      },
      {
        name: "population",
        type: "string",
        valueName: "FILE",
      },
      {
        name: "period",
        type: "string",
        valueName: "YYYY-YYYY",
      },
      {
        name: "target-change",
        type: "string",
        default: "-10",
        valueName: "PERCENT",
      },
      LANG_OPTION,
      {
        name: "force",
        type: "boolean",
      },
      {
        name: "quiet",
        short: "q",
        type: "boolean",
      },
      {
        name: "jobs",
        short: "j",
        type: "string",
        valueName: "N",
      },
    ],
    examples: [
      "ivp bulk 47013NED-0001.json --out rapporten",
      "ivp bulk statline.csv --municipalities GM0417,Blaricum,Eemnes --format md --out gooi",
      "ivp bulk statline.csv --population bevolking-03759ned.csv --out rapporten",
      "ivp bulk statline.csv --template my-plan --period 2024-2027 --out out --force",
    ],
    exitCodes: [EXIT.ok, EXIT.invalidInput, ...COMMON_EXIT_CODES],
  });
