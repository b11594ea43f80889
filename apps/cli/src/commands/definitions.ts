/**
 * Every command and option of the `ivp` CLI, as data. The help texts and the
 * CLI reference in the docs are generated from these definitions, so they
 * cannot drift from what the parser accepts.
 */

/** An option of a command. */
export interface OptionDefinition {
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  readonly description: string;
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
  readonly default?: string;
  /** Placeholder in the usage line, e.g. PERIOD. */
  readonly valueName?: string;
}

/** A positional argument. */
export interface ArgumentDefinition {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** Takes all remaining arguments. */
  readonly variadic?: boolean;
}

/** A command of the CLI. */
export interface CommandDefinition {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly arguments: readonly ArgumentDefinition[];
  readonly options: readonly OptionDefinition[];
  readonly examples: readonly { readonly command: string; readonly description: string }[];
  /** Exit codes and what they mean for this command. */
  readonly exitCodes: readonly { readonly code: number; readonly meaning: string }[];
}

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionDefinition[] = [
  { name: "help", short: "h", type: "boolean", description: "Show help for the command." },
];

const PLAN_ARGUMENT: ArgumentDefinition = {
  name: "plan",
  description: "A plan directory (containing plan.yaml) or a plan.yaml file.",
  required: true,
};

const LANG_OPTION: OptionDefinition = {
  name: "lang",
  type: "string",
  choices: ["nl", "en"],
  description: "Language of generated text; default the plan's language (Dutch).",
  valueName: "LANG",
};

const OUT_OPTION: OptionDefinition = {
  name: "out",
  short: "o",
  type: "string",
  description:
    "Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.",
  valueName: "FILE",
};

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 70,
} as const;

const COMMON_EXIT_CODES = [
  { code: EXIT.usage, meaning: "usage error: unknown command or option, missing or bad argument" },
  { code: EXIT.internal, meaning: "internal error (a bug in ivp; please report it)" },
];

/** All commands, in the order `ivp --help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: "validate",
    summary: "Check a plan file and its data files against the plan format",
    description:
      "Reads the plan and its CSV data files and reports every problem as file:line:col  severity  code  message, with what was expected and how to fix it: YAML syntax, wrong types, unknown or missing fields, bad periods, references to ids that do not exist, duplicate ids.",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "format",
        type: "string",
        choices: ["text", "json"],
        default: "text",
        description: "text: one line per problem; json: a machine-readable report.",
        valueName: "FORMAT",
      },
    ],
    examples: [
      { command: "ivp validate examples/laren-2019-2022", description: "Check the Laren example." },
      {
        command: "ivp validate my-plan/plan.yaml --format json",
        description: "Problems as JSON, for editors and CI.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the plan is valid" },
      { code: EXIT.invalidInput, meaning: "the plan or a data file has errors" },
      ...COMMON_EXIT_CODES,
    ],
  },
  {
    name: "table",
    summary: "Print a figure table of a plan with its percentage changes",
    description:
      "Computes a table of the plan from its raw counts: value columns, percentage changes (exact, rounded half away from zero, '+' for increases, empty when the base is 0) and supplied reference columns. July-December figures are derived as full year minus January-June.",
    arguments: [
      PLAN_ARGUMENT,
      { name: "table-id", description: "The id of the table, e.g. tabel-1.", required: true },
    ],
    options: [
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["tsv", "csv", "md", "json"],
        default: "tsv",
        description: "Output format. CSV and Markdown neutralise spreadsheet formulas in labels.",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      {
        command: "ivp table examples/laren-2019-2022 tabel-2",
        description: "Laren's Tabel 2 as TSV.",
      },
      {
        command: "ivp table examples/laren-2019-2022 tabel-1 --format md",
        description: "Tabel 1 as a Markdown table.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the table was written" },
      { code: EXIT.invalidInput, meaning: "the plan is invalid or has no such table" },
      ...COMMON_EXIT_CODES,
    ],
  },
  {
    name: "report",
    summary: "Write the monitoring report of a plan as HTML, Markdown or JSON",
    description:
      "Evaluates the plan (figure tables with their percentage changes, each indicator's baseline, target and observed figures, Kernbeleid Veiligheid coverage) and writes the monitoring report: one self-contained HTML file with inline charts and an A4 print layout, Markdown for wikis and council systems, or the evaluated plan as JSON. Indicators without a progress assessment are shown as 'not assessed'. The same input always gives the same bytes.",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["html", "md", "json"],
        default: "html",
        description:
          "html: one self-contained file (no scripts, no downloads); md: Markdown; json: the evaluated plan (see packages/report/docs/report-json.md).",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      {
        name: "as-of",
        type: "string",
        description:
          "Use only observations whose period ends on or before the end of PERIOD, e.g. 2018-H1 or 2018-01..2018-10. Default: every observation.",
        valueName: "PERIOD",
      },
      OUT_OPTION,
    ],
    examples: [
      {
        command: "ivp report examples/laren-2019-2022 --out laren.html",
        description: "The Laren report as one HTML file; open it in a browser or print it to PDF.",
      },
      {
        command: "ivp report examples/laren-2019-2022 --format md --lang en",
        description: "The report in English Markdown, on standard output.",
      },
      {
        command: "ivp report examples/laren-2019-2022 --as-of 2017 --format json",
        description: "The evaluated plan as JSON, using only figures up to 2017.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the report was written" },
      { code: EXIT.invalidInput, meaning: "the plan is invalid, or the output cannot be written" },
      ...COMMON_EXIT_CODES,
    ],
  },
];

/** The definition of a command, or `undefined`. */
export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((c) => c.name === name);
}
