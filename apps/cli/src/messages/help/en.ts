/**
 * The help of the CLI in English: the Dutch catalogue (`nl.ts`) translated.
 * The type makes the type checker list every key it lacks or has too many.
 * The CLI reference in the docs is made from these texts.
 */
import type { HelpCatalogueLike } from "./catalogue.ts";
import type { nl } from "./nl.ts";

/** The CSV and xlsx convention, shared by every command that writes them. */
const CSV_NOTE =
  "CSV is for spreadsheets, the same convention in every command: UTF-8 with a byte-order mark, and in Dutch (the default) ';' between fields and a decimal comma, as Dutch Excel and LibreOffice expect; with --lang en ',' and a decimal point. xlsx writes a workbook to --out with real numbers and number formats (counts, rates, changes as percentages), not text.";

export const en: HelpCatalogueLike<typeof nl> = {
  main: {
    title: "ivp {version}: integral safety plans (Integraal Veiligheidsplan) as data",
    usage: "ivp <command> [arguments] [options]",
    help: "Show help (also: ivp help <command>)",
    version: "Show the version",
    more: "Run 'ivp <command> --help' for the options of a command.",
  },
  headings: {
    usage: "Usage:",
    commands: "Commands:",
    arguments: "Arguments:",
    options: "Options:",
    examples: "Examples:",
    exitCodes: "Exit codes:",
    optionsPlaceholder: "[options]",
    choices: "one of: {choices}",
    default: "default: {value}",
  },
  shared: {
    arguments: {
      plan: "A plan directory (containing plan.yaml) or a plan.yaml file.",
    },
    options: {
      help: "Show help for the command.",
      "no-cache":
        "Use none of ivp's caches and store nothing in them: the plan is read and validated again, and the command's code compiled again (the caches are in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves them, IVP_NO_CACHE=1 turns them off).",
      lang: "Language of generated text, and of ivp's own messages (problems, summaries, this help); default: the plan's language (Dutch) for generated text, IVP_LANG (else English) for messages.",
      out: "Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.",
      "as-of":
        "Use only the figures known by the end of PERIOD: those whose period ends on or before it ends (2018, 2018-H1, 2018-01..2018-10, 2018MM10, ...). Default: every figure, so each indicator's latest.",
      correction:
        "The correction of the verdicts for testing many indicators at once: benjamini-hochberg (of the differences called, at most 5% are expected to be chance), holm (the chance of any false difference stays below 5%) or none. Default: the plan's conventions.multipleComparisons, else benjamini-hochberg.",
    },
    exitCodes: {
      2: "usage error: unknown command or option, missing or bad argument",
      70: "internal error (a bug in ivp; please report it)",
    },
  },
  commands: {
    validate: {
      summary: "Check a plan's format, then lint its figures, targets and wording",
      description:
        "Reads the plan and its CSV data files and reports every problem as file:line:col  severity  code  message, with what was expected and how to fix it: YAML syntax, wrong types, unknown or missing fields, bad periods, references to ids that do not exist, duplicate ids. A plan that loads is then linted: figures that contradict each other, targets that do not match their percentage, sub-rows that do not add up, printed percentages that differ from the computed ones, claims the figures contradict, typos in labels and source names, indicators without source, baseline or target. Each finding lists the other places involved (also at file:line:col) and, where possible, a fix. Rules are set per plan under lint: { rules: { <rule-id>: off|info|warning|error } }. A finding the plan's owner knows of and accepts (a slip in an adopted document that the plan keeps as printed) goes under lint: { acknowledged: [{ rule, at, reason }] }, with the rule id and the field the finding points at first (its field in --format json): it is still reported, marked acknowledged, and an acknowledged error does not make the plan invalid.",
      options: {
        format: "text: one line per problem; json: a machine-readable report.",
        lang: "Language of the lint messages and of ivp's own messages (problems, the summary line, this help); default: the plan's language for lint messages, IVP_LANG (else English) for the others.",
        "placeholders-as-errors":
          "Treat texts that still start with TODO (placeholders from ivp init and ivp bulk; lint rule placeholder, a warning by default) as errors, so the plan is invalid until they are written: for a plan on its way to the council.",
      },
      examples: [
        "Check the Laren example.",
        "Fails while the Blaricum example still has TODO placeholders.",
        "The same, with the findings in English.",
        "Problems as JSON, for editors and CI.",
      ],
      exitCodes: {
        0: "the plan is valid (warnings, infos and acknowledged errors do not count)",
        1: "the plan or a data file has errors, or a lint rule reports an error the plan does not acknowledge",
      },
    },
    table: {
      summary: "Print a figure table of a plan with its percentage changes",
      description:
        "Computes a table of the plan from its raw counts: value columns, percentage changes (exact, rounded half away from zero, '+' for increases, empty when the base is 0) and supplied reference columns. July-December figures are derived as full year minus January-June.",
      arguments: {
        "table-id": "The id of the table, e.g. tabel-1.",
      },
      options: {
        format: `Output format. CSV, TSV and Markdown neutralise spreadsheet formulas in labels. ${CSV_NOTE}`,
        "mark-chance":
          "Mark with ° every percentage change of a count that is not distinguishable from chance (exact Poisson test, two-sided, p >= 0.05 after the correction across the table; a change from 0 gets ° alone). Says how many changes were tested and how many chance alone would mark (under Markdown; on standard error for TSV and CSV; in the JSON's significance). Off by default: the cells stay as printed.",
        correction:
          "How --mark-chance corrects for testing every change of the table at once: benjamini-hochberg (controls the share of false marks), holm (controls the chance of any false mark) or none. Default: the plan's conventions.multipleComparisons, else benjamini-hochberg.",
      },
      examples: [
        "Laren's Tabel 2 as TSV.",
        "Tabel 1 as a Markdown table.",
        "Tabel 1 with ° on the changes that chance alone could explain.",
        "Tabel 2's 50 tests corrected with Holm's method instead of Benjamini-Hochberg.",
      ],
      exitCodes: {
        0: "the table was written",
        1: "the plan is invalid or has no such table",
        2: "--correction without --mark-chance, or another usage error",
      },
    },
    status: {
      summary: "Show every indicator's progress toward its target, with significance",
      description:
        "One line per indicator: baseline, target, latest figure and its period, the change since the baseline (percent for counts and rates, procentpunten for percentages, points for grades), the change since the previous comparable period (the same months of the latest earlier year with a figure) with its test, the fraction of the way in words, the verdict, and whether the change from the baseline is distinguishable from chance. The verdict judges the latest figure with its 95% margin (exact Poisson for counts, widened when the series varied more than chance in earlier years; the published margins of survey figures; a declared tolerance) against the straight line from baseline to target, or from the target period on against the target: ahead of or behind schedule, target (not) achieved, worse than the baseline, or not distinguishable; or not assessable with the reason. The verdicts are corrected together for testing many indicators (Benjamini-Hochberg by default). A part of a year is compared with the same months of the baseline year, or projected to a full year, never with a full year. The JSON output carries every component, so each verdict can be recomputed by hand.",
      options: {
        format: `text: aligned lines with notes; csv and xlsx: one row per indicator (baseline, target, latest figure, the change since the baseline and since the previous comparable period, each with its p-value and whether chance can explain it, the fraction of the way, the status); json: every component (docs site: Reference, JSON of ivp status). ${CSV_NOTE}`,
      },
      examples: [
        "Laren's indicators as of the latest figures in the document.",
        "As of the first half of 2018, in English.",
        "Every component as JSON, for dashboards.",
      ],
      exitCodes: {
        0: "the status was written",
        1: "the plan or a data file is invalid",
      },
    },
    init: {
      summary: "Scaffold a new plan for a municipality",
      description:
        "Creates <dir>/plan.yaml and an empty data file <dir>/data/politie.csv: the Kernbeleid Veiligheid taxonomy, the usual police indicators mapped to their crime-type codes (so 'ivp import' fills them in), a police table of the last three years with figures, each with its change against the year before (rolling: a newly imported year shows up without editing the plan), and TODO placeholders for the mission, the priorities and every baseline and target. The first line points editors with the YAML language server at the plan's JSON Schema, by a URL that is the same for everyone (the schema of the published @ivp/model on the jsDelivr CDN). The municipality is looked up in ivp's register of all 342 municipalities of 2024: by CBS code, by name as StatLine writes it, by common name or alias (Den Haag, Den Bosch, Nuenen), ignoring accents and case; an ambiguous name (Bergen) lists the candidates, a municipality merged away since 2014 (Weesp) names its successor, and a --code that contradicts the name is refused. Refuses to overwrite an existing plan.",
      arguments: {
        dir: "The directory of the new plan.",
      },
      options: {
        municipality:
          "The municipality: a name (Blaricum, 'Laren (NH.)', 'Den Haag', Hengelo) or a CBS code (GM0376). Required.",
        code: "The CBS code (GM and four digits), checked against the name; only for a municipality newer than ivp's register (2024) is it taken as given.",
        period: "The years the plan covers, e.g. 2024-2027. Default: four years from next year.",
        schema:
          "Path (relative to the plan) or URL of the plan JSON Schema for the editor line. Default: https://cdn.jsdelivr.net/npm/@ivp/model/plan.schema.json.",
      },
      examples: [
        "A plan for Blaricum (GM0376), 2024-2027.",
        "A plan for 's-Gravenhage (GM0518), found by its everyday name.",
      ],
      exitCodes: {
        0: "the plan was created",
        1: "the plan exists already, or the municipality cannot be identified",
      },
    },
    import: {
      summary: "Import police or CBS open data into a plan's data files",
      description:
        "Reads a StatLine CSV download or a CBS OData TypedDataSet page (following odata.nextLink; police tables 47013NED, 47018NED, 47022NED and CBS 83648NED), keeps the registered crimes of the plan's municipality and areas for the crime types its series have codes for (codes: { police: \"1.1.1\" }), and adds or updates them in the plan's CSV data files. Inhabitants on 1 January (CBS 03759NED, StatLine CSV or OData; only the rows of all sexes, ages and marital states together) go into the series inwoners, with the plan's source cbs-bevolking, which is added to sources: when missing, never the police source. Importing the same file twice changes nothing. Shows what changed. Refuses an ambiguous mapping, a malformed file or a figure ivp validate would refuse (a negative or fractional count; a dot in a count separates thousands: 1.004 is 1004) with the file, line and column, and then writes nothing. Rewritten files are written atomically, with a backup (<file>.bak). While it reads and rewrites the plan it holds a lock file in the plan directory (.ivp-import.lock, with its process id, host and start time): a second import at the same time fails at once with exit code 75, naming the first; a lock left by an import that died (or older than an hour) is taken over. Just before it replaces a file it checks that nobody changed it meanwhile.",
      arguments: {
        "source-file":
          "A StatLine CSV download, an OData JSON page, or the https address of an OData TypedDataSet.",
      },
      options: {
        plan: "The plan to import into: a directory with plan.yaml, or the file. Required.",
        from: "Only periods from this one on: 2022, 2022-Q1, 2022-01 or 2022MM01.",
        to: "Only periods up to this one.",
        data: "The data file (relative to the plan) for new figures; it is added to the plan's data: list when it is not there. Default: the plan's first data file, else data/politie.csv.",
        source:
          "The plan source id for the source column. Default: for inhabitants the CBS source cbs-bevolking (added when missing), for crimes the plan's one other open-data source.",
        "dry-run": "Show what would change, write nothing.",
        "first-page-only": "For OData: read only the given page, do not follow odata.nextLink.",
        verbose: "List every added figure (by default at most 20 are listed).",
      },
      examples: [
        "Blaricum's registered crimes 2022-2023 from a StatLine download.",
        "What an OData download from 2021 on would change.",
      ],
      exitCodes: {
        0: "the figures were imported (or were there already)",
        1: "the plan is invalid, the file is malformed, or the mapping is ambiguous; nothing was written",
        75: "another ivp import is changing the plan (or another program changed its files meanwhile); nothing was written, run it again",
      },
    },
    compare: {
      summary: "Compare municipalities side by side, with rates per 1,000 inhabitants",
      description:
        "Puts the figures of several plans side by side: per indicator and period each municipality's count, its change against the same period a year earlier and, where the plan has the number of inhabitants (a series, default 'inwoners'), the count per 1,000 inhabitants (or --per 10000, 100000), computed exactly and rounded half away from zero. The same police figure is found under another id by its crime-type code. Nothing is summed across municipalities; a missing figure is shown as '.'. Periods default to every year with a figure.",
      arguments: {
        plan: "The plans to compare, one per municipality (directories with plan.yaml, or the files).",
      },
      options: {
        indicator:
          "Only this indicator or series (by id). Default: every counted indicator with a figure.",
        period: "Only this period. Default: every year with a figure.",
        population: "The series with the number of inhabitants in each plan.",
        per: "Rates per this many inhabitants: 1000 (default), 10000 or 100000. The population is the plan's series (default inwoners, filled by 'ivp import' of CBS table 03759ned) of the period's year.",
        format: `text: aligned tables; md: Markdown; csv and xlsx: one row per indicator, period and municipality; json: the comparison with every component. ${CSV_NOTE}`,
      },
      examples: [
        "Blaricum and Eemnes side by side.",
        "One indicator as CSV, for a spreadsheet or a chart.",
      ],
      exitCodes: {
        0: "the comparison was written",
        1: "a plan is invalid, or a period is not a period",
      },
    },
    report: {
      summary: "Write the monitoring report of a plan as HTML, Markdown or JSON",
      description:
        "Evaluates the plan and writes the monitoring report: the status of every indicator at a glance, the main goals with baseline, target, latest figure, change, fraction of the way, status and significance (the same assessment as ivp status), the police figure tables with their percentage changes and ° on changes chance alone could explain (as ivp table --mark-chance), per indicator its facts, the calculation behind its status and a chart, and Kernbeleid Veiligheid coverage. One self-contained HTML file with inline charts and an A4 print layout, Markdown for wikis and council systems, or the evaluated plan as JSON. The same input always gives the same bytes.",
      options: {
        format:
          "html: one self-contained file (no scripts, no downloads); md: Markdown; json: the evaluated plan (docs site: Reference, JSON of ivp report).",
      },
      examples: [
        "The Laren report as one HTML file; open it in a browser or print it to PDF.",
        "The report in English Markdown, on standard output.",
        "The evaluated plan as JSON, using only figures up to 2017.",
      ],
      exitCodes: {
        0: "the report was written",
        1: "the plan is invalid, or the output cannot be written",
      },
    },
    bulk: {
      summary: "Reports for every municipality in a data file, and an overview",
      description:
        "Reads a police or CBS data file with many municipalities (a StatLine CSV download, or CBS OData TypedDataSet pages of 47013NED following odata.nextLink) and, for every municipality in it (or those of --municipalities), fills in a plan template with that municipality's figures and evaluates it: the figure table with its percentage changes, every indicator's baseline, target, latest figure and status, and a summary. Writes one report per municipality (gemeenten/<code>-<name>.html, .md or .json) and an overview of all of them, with their key figures and statuses, as index.html (a table that sorts by a click on a column header), index.md and index.json. The built-in template 'politie' is the plan 'ivp init' makes, with a default target for every indicator (--target-change, from the year before the plan to its last year); --template takes a plan directory instead. Without --period, the plan covers up to four years ending with the last whole year in the file. The file is streamed: memory grows with municipalities x crime types x periods, not with the size of the file; when the file lists each municipality's figures together (as a StatLine download does), each report is written as soon as its municipality is complete. Every municipality keeps its CBS code from ivp's register (342 municipalities of 2024, and former ones with their old codes); a region that is not a municipality is left out; the invented municipalities of the synthetic benchmark data set (Synthetisch 001, GM9001, ...) are marked in the overview. Everything is written to a staging directory first and moved into --out only when the whole run succeeded: an error leaves no output. A progress bar is shown on standard error when it is a terminal.",
      arguments: {
        "data-file":
          "A StatLine CSV download or the first page of a CBS OData TypedDataSet (47013NED); further pages are followed by their odata.nextLink.",
      },
      options: {
        out: "The directory for the reports and the overview. Required. It must be new or empty, unless --force.",
        template:
          "The plan template: 'politie' (built in: the usual police indicators with default targets) or a plan directory (or plan.yaml) whose municipality, figures, claims and printed cells are replaced per municipality.",
        format:
          "The format of the reports per municipality. The overview is always written in all three.",
        municipalities:
          "Only these municipalities: a comma-separated list of CBS codes or names as StatLine writes them, e.g. GM0417,Blaricum,Eemnes. Default: every municipality in the file.",
        population:
          "A file of inhabitants on 1 January per municipality and year (CBS table 03759ned: a StatLine CSV download or OData pages, as 'ivp import' reads them). They become each plan's series inwoners, so the overview shows the first indicator per 1,000 inhabitants and names the municipalities without inhabitants of their latest year. A municipality is matched by code or StatLine name; a file without inhabitants, a file of registered crimes, a region that is no municipality ivp knows, a figure for part of a year or two different figures for one municipality and year is refused with its line.",
        period:
          "The plan period, e.g. 2020-2023 (the baseline is the year before). Default: the template's period, or for the built-in template up to four years ending with the last whole year in the file.",
        "target-change":
          "The default target of an indicator without one: this change in percent from the baseline, by the last year of the plan. A negative value is written with =, e.g. --target-change=-15.",
        force:
          "Write into a directory that has files already; files of the same name are replaced, one by one, atomically.",
        quiet: "No progress bar and no summary; only errors.",
        jobs: "How many reports are rendered (and OData pages read) at once, on worker threads; 1 does all of it in the main thread. The output is the same for any number. Default: the number of CPUs (one for up to 8 municipalities).",
      },
      examples: [
        "An HTML report for every municipality in the OData pages, and rapporten/index.html.",
        "Markdown reports for three municipalities, and their overview.",
        "The inhabitants from their own CBS download: the overview gets its column per 1,000 inhabitants.",
        "Your own plan as the template, for a given period, into an existing directory.",
      ],
      exitCodes: {
        0: "the reports and the overview were written",
        1: "the data file or the population file is malformed, has no figures for a municipality asked for, or the template is invalid; nothing was written",
      },
    },
  },
};
