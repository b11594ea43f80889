/**
 * Every text the CLI itself writes, in English: the Dutch catalogue
 * (`nl.ts`) translated. The type makes the type checker list every id it
 * lacks or has too many.
 */
import type { CatalogueLike } from "./catalogue.ts";
import type { DutchCatalogue } from "./nl.ts";

/**
 * The English catalogue, built when first asked for (see `dutchCatalogue` in
 * nl.ts); the same object at every call.
 */
export function englishCatalogue(): CatalogueLike<DutchCatalogue> {
  built ??= build();
  return built;
}

let built: CatalogueLike<DutchCatalogue> | undefined;

function build(): CatalogueLike<DutchCatalogue> {
  return {
    format: { locale: "en-US", decimalSeparator: ".", and: " and " },
    messages: {
      usage: {
        "see-help": "Run '{help}' for usage.",
        "unknown-option": "unknown option {option}",
        "unknown-command": 'unknown command "{name}"{suggestion}',
        "did-you-mean": '; did you mean "{suggestion}"?',
        "unknown-command-option": "unknown option {option} for 'ivp {command}'{suggestion}",
        "did-you-mean-option": "; did you mean --{suggestion}?",
        "option-value-ambiguous":
          "the option {option} needs a value; a value that starts with - is written {option}={value}",
        "option-value-missing": "the option {option} needs a value",
        "option-takes-no-value": "the option {option} takes no value; given: {given}",
        "not-a-choice": '--{option} must be one of {choices}; got "{value}"{suggestion}',
        "did-you-mean-choice": " (did you mean {suggestion}?)",
        "missing-argument": "missing argument <{name}>: {description}",
        "too-many-arguments": "too many arguments: {arguments}",
        "as-of": "--as-of: {problem}; write one of: {notations}",
        "period-notations":
          "2017 (year); 2017-H1 or 2017-H2 (half year); 2017-Q3 (quarter); 2017-10 (month); 2018-01..2018-10 (months within one year, e.g. year to date); 2017JJ00, 2017KW01, 2017MM10 (CBS period codes)",
      },
      internal: {
        "output-outside-out": "output path outside --out: {path}",
        "no-worker-threads": "readPage needs worker threads",
        "worker-stopped": "a bulk worker stopped (exit code {code})",
        "template-missing": "a bulk worker was not sent the template {key}",
        "recipe-without-figures": "a bulk job made from a template came without its figures",
        "plan-read-again": "{target}: the plan file could not be read again",
        error:
          "internal error: {message}{detail}\nThis is a bug in ivp; please report it with the command you ran (set IVP_DEBUG=1 for details).",
      },
      plan: {
        "more-problems": "... and {count} more",
        invalid: {
          one: "{count} problem in the plan; run 'ivp validate {plan}' after fixing.",
          other: "{count} problems in the plan; run 'ivp validate {plan}' after fixing.",
        },
      },
      output: {
        "input-file": "refusing to overwrite the input file {file}; choose another --out",
        "not-regular":
          "refusing to write to {file}: it is a {kind}, not a regular file; --out takes a new path or a regular file",
        "cannot-write": "cannot write {path}{code}",
        "xlsx-needs-out": "--format xlsx writes a file: give it with --out FILE.xlsx",
        "nothing-written": "Nothing was written.",
      },
      validate: {
        "more-findings": "... and {count} more findings (--format json lists them all)",
        "more-issues": "... and {count} more (--format json lists them all)",
        errors: { one: "{count} error", other: "{count} errors" },
        warnings: { one: "{count} warning", other: "{count} warnings" },
        infos: { one: "{count} info", other: "{count} infos" },
        "all-acknowledged": "{errors} (acknowledged)",
        "some-acknowledged": "{errors} ({count} acknowledged)",
        priorities: { one: "{count} priority", other: "{count} priorities" },
        themes: { one: "{count} theme", other: "{count} themes" },
        indicators: { one: "{count} indicator", other: "{count} indicators" },
        tables: { one: "{count} table", other: "{count} tables" },
        observations: { one: "{count} observation", other: "{count} observations" },
        "not-valid": "not valid: {counts}",
        valid: "valid ({summary}){counts}",
      },
      table: {
        "correction-needs-mark-chance":
          "--correction needs --mark-chance: it corrects the chance marks",
      },
      init: {
        "period-invalid": '--period must be two years such as 2024-2027; got "{value}"',
        "municipality-required":
          "the option --municipality is required: a name or a CBS code such as GM0376",
        created: "Created {files}",
        for: "for {name} ({code}), {start}-{end}.",
        next: "Next: fill in the TODO placeholders (mission, priorities, baselines and targets), then",
        "next-import": "  ivp import <StatLine CSV or OData page> --plan {dir}",
      },
      import: {
        "plan-required": "the option --plan is required: the plan to import into",
        "not-a-period":
          '--{option}: "{value}" is not a period (2022, 2022-H1, 2022-Q3, 2022-10 or 2022MM10)',
        missing: "missing",
        added: "  added    {what}  {value}",
        updated: "  updated  {what}  {detail}",
        "value-changed": "{from} -> {to}",
        "source-changed": "{value} (source or note changed)",
        figures: { one: "{count} figure", other: "{count} figures" },
        read: "Read {figures} from {source} ({kind}).",
        "would-change": "Would change in {file}:",
        changed: "Changed in {file}:",
        "more-added": "  ... and {count} more added (--verbose lists them all)",
        summary: "{added} added, {updated} updated, {unchanged} unchanged.",
        "skipped-areas": "Skipped {figures} of areas that are not in the plan.",
        "skipped-topic": 'Skipped {figures} of "{topic}" (ivp imports registered crimes).',
        "skipped-period": "Skipped {figures} outside --from/--to.",
        "skipped-crime-type":
          "Skipped {figures} of {name}{title}: no series of the plan has this crime type{hint}.",
        "crime-type-hint": '; to import them, give a series codes: { {classification}: "{code}" }',
        "dry-run": "Dry run: nothing was written.",
        "nothing-to-write": "Nothing to write: the plan has these figures already.",
        "data-file-added": "Added {file} to data: in the plan.",
        "source-added":
          "Added the source {id} ({name}, CBS table 03759ned) to sources: in the plan: inhabitants come from CBS, not from the police source.",
        backup: "Backup: {file}",
      },
      compare: {
        "not-a-period": '--period: "{value}" is not a period (2023, 2023-H1, 2023-Q3, 2023-10)',
        "unknown-indicator": 'no plan has an indicator or series "{id}"',
        "per-invalid": '--per must be 1000, 10000 or 100000; got "{value}"',
      },
      bulk: {
        "out-required": "--out DIR is required: the directory for the reports",
        "period-invalid":
          '--period must be two years, the first not after the second, e.g. 2020-2023; got "{value}"',
        "target-change-invalid":
          '--target-change must be a percentage above -100, e.g. -10; got "{value}"',
        "jobs-invalid": '--jobs must be a whole number from 1 to 64; got "{value}"',
        "template-without-codes":
          'the template {template} has no series with a crime-type code (codes: { police: "1.1.1" }), so no figure of the file would be used',
        "municipalities-missing":
          "{file}: no figures for {codes} (of the template's crime types); nothing was written",
        "no-municipality":
          "{file}: no figures for any municipality of the template's crime types ({figures} figures read); nothing was written",
        "no-whole-year":
          "{file}: the file has no whole year of figures, so ivp cannot choose a plan period; give one with --period, e.g. --period 2020-2023",
        wrote: {
          one: "Wrote {count} report ({format}) and an overview ({files}) to {out}, plan period {start}-{end}.",
          other:
            "Wrote {count} reports ({format}) and an overview ({files}) to {out}, plan period {start}-{end}.",
        },
        read: "Read {figures} figures from {source}; used {used}; left aside {otherRegions} of other regions (the country, police regions{notAsked}), {otherTopics} of other topics, {otherCrimeTypes} of crime types without a series. {seconds} s in all.",
        population: {
          one: "Inhabitants from {file} for {used} of {count} municipality{without}{unused}.",
          other: "Inhabitants from {file} for {used} of {count} municipalities{without}{unused}.",
        },
        "population-without":
          "; {count} without inhabitants of their latest year (named in the overview)",
        "population-unused": {
          one: "; left aside the inhabitants of {count} municipality without figures in the data file",
          other:
            "; left aside the inhabitants of {count} municipalities without figures in the data file",
        },
        "not-asked-for": ", municipalities not asked for",
        "out-not-directory":
          "--out {path} is a {kind}, not a directory; give a new or empty directory",
        "out-not-empty": {
          one: "refusing to write into {out}: the directory is not empty ({count} entry); choose an empty or new directory, or add --force to replace files of the same name",
          other:
            "refusing to write into {out}: the directory is not empty ({count} entries); choose an empty or new directory, or add --force to replace files of the same name",
        },
        "not-regular":
          "refusing to replace {file}: it is a {kind}, not a regular file; nothing was written",
        "municipality-ambiguous":
          '--municipalities: "{item}" fits {count} municipalities: {names}; give the name as StatLine writes it, or the code',
        "municipality-unknown":
          '--municipalities: ivp does not know a municipality named "{item}"{suggestion}',
        "municipalities-empty": "--municipalities: the list is empty",
        "progress-reports": "{count} reports",
        "progress-reports-of": "{count}/{total} reports",
        "progress-line": "{bar}{megabytes} MB read  {reports}  {seconds} s",
      },
    },
  };
}

/** The English catalogue ({@link englishCatalogue}; not part of a bundle that does not name it). */
export const en = /* @__PURE__ */ englishCatalogue();
