import { EXIT } from "../../exit-codes.ts";
import { defineCommand } from "../command.ts";
import { COMMON_EXIT_CODES } from "../shared-options.ts";

/** `ivp import <source-file> --plan <plan>`: open data into a plan's data files. */
export const importCommand = defineCommand({
  name: "import",
  summary: "Import police or CBS open data into a plan's data files",
  description:
    "Reads a StatLine CSV download or a CBS OData TypedDataSet page (following odata.nextLink; police tables 47013NED, 47018NED, 47022NED and CBS 83648NED), keeps the registered crimes of the plan's municipality and areas for the crime types its series have codes for (codes: { police: \"1.1.1\" }), and adds or updates them in the plan's CSV data files. Inhabitants on 1 January (CBS 03759NED, StatLine CSV or OData; only the rows of all sexes, ages and marital states together) go into the series inwoners, with the plan's source cbs-bevolking, which is added to sources: when missing, never the police source. Importing the same file twice changes nothing. Shows what changed. Refuses an ambiguous mapping, a malformed file or a figure ivp validate would refuse (a negative or fractional count; a dot in a count separates thousands: 1.004 is 1004) with the file, line and column, and then writes nothing. Rewritten files are written atomically, with a backup (<file>.bak). While it reads and rewrites the plan it holds a lock file in the plan directory (.ivp-import.lock, with its process id, host and start time): a second import at the same time fails at once with exit code 75, naming the first; a lock left by an import that died (or older than an hour) is taken over. Just before it replaces a file it checks that nobody changed it meanwhile.",
  arguments: [
    {
      name: "source-file",
      description:
        "A StatLine CSV download, an OData JSON page, or the https address of an OData TypedDataSet.",
      required: true,
    },
  ],
  options: [
    {
      name: "plan",
      short: "p",
      type: "string",
      description: "The plan to import into: a directory with plan.yaml, or the file. Required.",
      valueName: "PLAN",
    },
    {
      name: "from",
      type: "string",
      description: "Only periods from this one on: 2022, 2022-Q1, 2022-01 or 2022MM01.",
      valueName: "PERIOD",
    },
    {
      name: "to",
      type: "string",
      description: "Only periods up to this one.",
      valueName: "PERIOD",
    },
    {
      name: "data",
      type: "string",
      description:
        "The data file (relative to the plan) for new figures; it is added to the plan's data: list when it is not there. Default: the plan's first data file, else data/politie.csv.",
      valueName: "FILE",
    },
    {
      name: "source",
      type: "string",
      description:
        "The plan source id for the source column. Default: for inhabitants the CBS source cbs-bevolking (added when missing), for crimes the plan's one other open-data source.",
      valueName: "ID",
    },
    {
      name: "dry-run",
      short: "n",
      type: "boolean",
      description: "Show what would change, write nothing.",
    },
    {
      name: "first-page-only",
      type: "boolean",
      description: "For OData: read only the given page, do not follow odata.nextLink.",
    },
    {
      name: "verbose",
      type: "boolean",
      description: "List every added figure (by default at most 20 are listed).",
    },
  ],
  examples: [
    {
      command:
        "ivp import fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv --plan examples/blaricum",
      description: "Blaricum's registered crimes 2022-2023 from a StatLine download.",
    },
    {
      command: "ivp import 47013NED-page-1.json --plan my-plan --from 2021 --dry-run",
      description: "What an OData download from 2021 on would change.",
    },
  ],
  exitCodes: [
    { code: EXIT.ok, meaning: "the figures were imported (or were there already)" },
    {
      code: EXIT.invalidInput,
      meaning:
        "the plan is invalid, the file is malformed, or the mapping is ambiguous; nothing was written",
    },
    {
      code: EXIT.busy,
      meaning:
        "another ivp import is changing the plan (or another program changed its files meanwhile); nothing was written, run it again",
    },
    ...COMMON_EXIT_CODES,
  ],
});
