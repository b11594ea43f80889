import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES, LANG_OPTION, OUT_OPTION } from "../shared-options.ts";

/** `ivp bulk <data-file> --out DIR`: a report for every municipality in a data file. */
export const bulk = defineCommand({
  name: "bulk",
  summary: "Reports for every municipality in a data file, and an overview",
  description:
    "Reads a police or CBS data file with many municipalities (a StatLine CSV download, or CBS OData TypedDataSet pages of 47013NED following odata.nextLink) and, for every municipality in it (or those of --municipalities), fills in a plan template with that municipality's figures and evaluates it: the figure table with its percentage changes, every indicator's baseline, target, latest figure and status, and a summary. Writes one report per municipality (gemeenten/<code>-<name>.html, .md or .json) and an overview of all of them, with their key figures and statuses, as index.html (a table that sorts by a click on a column header), index.md and index.json. The built-in template 'politie' is the plan 'ivp init' makes, with a default target for every indicator (--target-change, from the year before the plan to its last year); --template takes a plan directory instead. Without --period, the plan covers up to four years ending with the last whole year in the file. The file is streamed: memory grows with municipalities x crime types x periods, not with the size of the file; when the file lists each municipality's figures together (as a StatLine download does), each report is written as soon as its municipality is complete. Every municipality keeps its CBS code from ivp's register (342 municipalities of 2024, and former ones with their old codes); a region that is not a municipality is left out; the invented municipalities of the synthetic benchmark data set (Synthetisch 001, GM9001, ...) are marked in the overview. Everything is written to a staging directory first and moved into --out only when the whole run succeeded: an error leaves no output. A progress bar is shown on standard error when it is a terminal.",
  arguments: [
    {
      name: "data-file",
      description:
        "A StatLine CSV download or the first page of a CBS OData TypedDataSet (47013NED); further pages are followed by their odata.nextLink.",
      required: true,
    },
  ],
  options: [
    {
      ...OUT_OPTION,
      description:
        "The directory for the reports and the overview. Required. It must be new or empty, unless --force.",
      valueName: "DIR",
    },
    {
      name: "template",
      short: "t",
      type: "string",
      default: "politie",
      description:
        "The plan template: 'politie' (built in: the usual police indicators with default targets) or a plan directory (or plan.yaml) whose municipality, figures, claims and printed cells are replaced per municipality.",
      valueName: "TEMPLATE",
    },
    {
      name: "format",
      short: "f",
      type: "string",
      choices: ["html", "md", "json"],
      default: "html",
      description:
        "The format of the reports per municipality. The overview is always written in all three.",
      valueName: "FORMAT",
    },
    {
      name: "municipalities",
      short: "m",
      type: "string",
      description:
        "Only these municipalities: a comma-separated list of CBS codes or names as StatLine writes them, e.g. GM0417,Blaricum,Eemnes. Default: every municipality in the file.",
      valueName: "LIST",
    },
    {
      name: "period",
      type: "string",
      description:
        "The plan period, e.g. 2020-2023 (the baseline is the year before). Default: the template's period, or for the built-in template up to four years ending with the last whole year in the file.",
      valueName: "YYYY-YYYY",
    },
    {
      name: "target-change",
      type: "string",
      default: "-10",
      description:
        "The default target of an indicator without one: this change in percent from the baseline, by the last year of the plan. A negative value is written with =, e.g. --target-change=-15.",
      valueName: "PERCENT",
    },
    LANG_OPTION,
    {
      name: "force",
      type: "boolean",
      description:
        "Write into a directory that has files already; files of the same name are replaced, one by one, atomically.",
    },
    {
      name: "quiet",
      short: "q",
      type: "boolean",
      description: "No progress bar and no summary; only errors.",
    },
    {
      name: "jobs",
      short: "j",
      type: "string",
      description:
        "How many reports are rendered at once, on worker threads; 1 renders them in the main thread. The output is the same for any number. Default: the number of CPUs (one for up to 8 municipalities).",
      valueName: "N",
    },
  ],
  examples: [
    {
      command: "ivp bulk 47013NED-0001.json --out rapporten",
      description:
        "An HTML report for every municipality in the OData pages, and rapporten/index.html.",
    },
    {
      command:
        "ivp bulk statline.csv --municipalities GM0417,Blaricum,Eemnes --format md --out gooi",
      description: "Markdown reports for three municipalities, and their overview.",
    },
    {
      command: "ivp bulk statline.csv --template my-plan --period 2024-2027 --out out --force",
      description: "Your own plan as the template, for a given period, into an existing directory.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the reports and the overview were written" },
    {
      code: EXIT.invalidInput,
      meaning:
        "the data file is malformed, has no figures for a municipality asked for, or the template is invalid; nothing was written",
    },
    ...COMMON_EXIT_CODES,
  ],
});
