/**
 * The importers' texts in English: the same ids as the Dutch source catalogue
 * (`nl.ts`), which its type enforces.
 */
import type { CatalogueLike } from "@ivp/plan-file";
import type { nl } from "./nl.ts";

export const en = {
  locale: "en",
  messages: {
    "source-file": {
      "not-regular": "the file is a {kind}, not a regular file",
      "not-regular-hint": "give a StatLine CSV download or an OData JSON page saved as a file",
      "no-such-file": "no such file",
      "cannot-read": "cannot read the file ({code})",
      "utf-16": "the file is UTF-16 text",
      "nul-bytes": "the file has NUL bytes: it is UTF-16 text or not text at all",
      "utf-8-hint": "save the file as UTF-8 (StatLine and the OData API deliver UTF-8)",
      "not-utf-8": "byte {byte} is not UTF-8: the file is probably Latin-1 or Windows-1252",
      "cut-character": "the page ends in the middle of a character: it is not UTF-8",
      empty: "the file is empty",
      "unknown-format": "the file is neither a StatLine CSV download nor an OData JSON page",
      "format-hint":
        'a StatLine download starts with the quoted title ("..."), an OData page with "{"',
    },
    statline: {
      "ends-before-title": "the file ends before the title line",
      "ends-before-header": "the file ends before the header rows",
      "ends-inside-header": "the file ends inside the header rows",
      "ends-without-source": 'the file ends without the closing "Bron: ..." line',
      "cut-off-hint":
        'a StatLine CSV download ends with a "Bron: ..." line; the file may be cut off',
      "title-expected":
        "expected the title line of a StatLine CSV download (one quoted field, such as the table's name)",
      "fixed-expected":
        'expected a dimension fixed to one value, such as "Soort misdrijf: Totaal misdrijven", or a blank line before the header rows; found "{field}"',
      "fixed-twice": "the {role} is fixed twice",
      "topic-expected": 'expected the header row "Onderwerp"; found "{found}"',
      "no-columns": 'the header row "Onderwerp" names no columns',
      "header-width": {
        one: 'the header row "{name}" has {count} fields; "Onderwerp" has {width}',
        other: 'the header row "{name}" has {count} fields; "Onderwerp" has {width}',
      },
      "row-header-expected":
        'expected a header row naming the rows\' dimension, such as "Regio\'s"; found "{found}"',
      "dimension-missing": "the file does not say which {role} its figures are for",
      "dimension-missing-hint":
        "download the table with that dimension in the rows, the columns or fixed to one value",
      "given-twice": "the {role} is given twice in the header",
      "not-a-period": '"{text}" is not a period',
      "period-hint":
        'StatLine writes periods as 2023, "2023 januari", "2023 1e kwartaal" or "2023 1e halfjaar"',
      "row-width": {
        one: "expected {width} fields (a name and {values} values), found {count}",
        other: "expected {width} fields (a name and {values} values), found {count}",
      },
      "not-a-number": '"{text}" is not a number',
      "number-hint": 'a value is a number; "." means missing',
      "quote-not-closed": "a quoted field is not closed on this line",
      "after-quote":
        'unexpected {char} after a closing quote; fields are separated by "{separator}" and a quote inside a field is written twice ("")',
    },
    odata: {
      "start-expected": 'expected "{" at the start of the page, found {found}',
      "name-expected": "expected a property name in quotes, found {found}",
      "colon-expected": 'expected ":" after the property name, found {found}',
      "rows-expected": 'expected the list of rows "[" after "value", found {found}',
      "row-expected": 'expected a row (an object in "{ }") in "value", found {found}',
      "after-row": 'expected "," or "]" after a row, found {found}',
      "bracket-after-property": 'unexpected "]" after a property',
      "after-property": 'expected "," or "}" after a property, found {found}',
      "after-end": "unexpected {found} after the end of the page",
      empty: "the page is empty",
      "cut-off": "the page ends before its JSON is complete; the file may be cut off",
      "invalid-json": "invalid JSON: {reason}",
      "page-hint": 'an OData page is a JSON object with the rows in "value"',
      "next-not-address": "the next link is not an address: {link}",
      "damaged-hint": "the file may be damaged; download the page again",
      "next-loops": "the next link points back to a page already read: {link}",
      "row-not-object": "a row is not an object",
      "no-region": "the row has no region column ({columns})",
      "no-code": "the row has no {column} code",
      "row-hint":
        "a TypedDataSet row has SoortMisdrijf, a region column (RegioS or WijkenEnBuurten), Perioden and figures",
      "not-a-number": "{topic} is {value}, not a number",
      "count-text": "{topic}: {problem}",
      "count-impossible": "{topic} is {value}, but {problem}",
      "count-hint":
        "the number of registered crimes is a whole number, 0 or more; nothing was imported",
    },
    "statline-roles": {
      topic: "topic (Onderwerp)",
      period: "period (Perioden)",
      region: "region (Regio's)",
      crime: "crime type (Soort misdrijf)",
    },
    plan: {
      "changed-meanwhile": "the file changed while ivp was importing into the plan",
      "changed-meanwhile-hint":
        "another program wrote to it meanwhile; nothing was written, run the import again",
      "none-fits": {
        one: "none of the {count} figures in the file fits the plan",
        other: "none of the {count} figures in the file fits the plan",
      },
      "none-fits-types-hint":
        'the file\'s crime types for this municipality are {types}; give a series their code, e.g. codes: { police: "1.1.1" }',
      "none-fits-period-hint": "every figure lies outside --from/--to",
      "none-fits-areas-hint": "the file has no registered-crime figures for the plan's areas",
      "no-figures-for": "the file has no figures for {municipality}",
      "no-figures-for-names": "the file has no figures for {municipality}, looked for {names}",
      "candidates-hint":
        "the file has {candidates}: if that is the municipality, set municipality.statlineName to it in the plan",
      "no-figures-hint":
        "check that the file covers this municipality (for OData, its RegioS code)",
      "option-period": "{option}: {reason}",
      "unknown-source": 'the plan has no source "{source}"',
      "unknown-source-hint": "use one of: {sources}",
      "unknown-source-hint-none": "use one of: (none; add one under sources:)",
      "data-file-path": '"{path}" cannot be a data file of the plan',
      "data-file-path-hint": "give a .csv path inside the plan directory, such as data/politie.csv",
      "data-file-not-regular": "the data file is a {kind}, not a regular file",
      "data-file-not-regular-hint": "a data file is a CSV file",
      "cannot-read-data-file": "cannot read the data file",
      "data-file-invalid": "the data file is not valid",
      "data-file-problem": "{problem}",
      "data-file-fix-hint": "fix the data file first (ivp validate shows every problem)",
    },
    mapping: {
      "area-same-code": 'the area "{area}" has the same code {code} as {other}',
      "area-same-name": 'the area "{area}" has the same name "{name}" as {other}',
      "area-same-hint": "give each area its own code and name, or remove the duplicate",
      "series-same-code":
        'the series "{other}" and "{series}" both have the {classification} code {code}, so ivp cannot tell which one its figures belong to',
      "series-same-code-hint":
        "keep the code on one series; the other can be derived or filled in by hand",
      "municipality-code":
        "the file's \"{name}\" is {code} in ivp's table of municipalities, but the plan gives {area} the code {planCode}",
      "municipality-code-hint":
        "check the municipality's code in the plan, or set municipality.statlineName to the name StatLine uses",
      "several-areas": '"{name}" fits several areas of the plan: {areas}',
      "several-areas-hint": "give each area its own code and name",
      "several-series": 'the crime type "{title}" fits the series {series}',
      "several-series-hint":
        "give the series that should take these figures its crime-type code in codes, or another label",
      "impossible-figure": "the figure {value} for {series} is not possible: {problem}",
      "impossible-figure-hint": "check the file against its source; nothing was written",
      "two-figures":
        "two different figures for {series}, {area}, {period}: {earlier} at {earlierAt} and {value} here",
      "two-figures-hint": "the file has the same figure twice; remove one",
      missing: "missing",
      "two-imported":
        "two imported figures for {series}, {area}, {period}: {otherFile}:{otherLine} and here",
      "two-imported-hint": "remove one of the two rows, then import again",
      "no-area-column": 'the data file has no "area" column, so it cannot hold figures for {area}',
      "no-area-column-hint": 'add an "area" column, or import into another file with --data',
      "target-not-regular": "cannot write here: it is a {kind}, not a regular file",
      "target-not-regular-hint": "ivp writes only regular files; move it away",
      "plan-exists": "{path} exists already; ivp init does not overwrite a plan",
      "plan-exists-hint": "choose another directory, or remove the file first",
    },
    bulk: {
      "template-not-a-plan":
        "the template does not make a valid plan for {name} ({code}): {problem}",
      "second-figure":
        "a second, different figure for {series}, {municipality}, {period}: {value}, earlier {earlier}",
      "second-figure-hint":
        "the file has the same figure twice; remove one (first figure of {code} at {first})",
      "population-expected":
        '--population expects the inhabitants on 1 January per municipality (CBS table 03759ned, topic "Bevolking op 1 januari")',
      "population-wrapped": "{reason}; {expected}",
      "population-crimes": 'this is a file of registered crimes ("{topic}"); {expected}',
      "population-crimes-hint":
        "give the crime figures as the data file and the inhabitants with --population",
      "population-unknown":
        'inhabitants of "{name}": not a municipality ivp knows (the 342 of 2024, and those merged since 2014), so they match no municipality of the data file',
      "population-unknown-suggestion": 'did you mean "{suggestion}"?',
      "population-unknown-hint":
        "write the name as StatLine does, or use the OData pages, which give the code",
      "population-period":
        "inhabitants of {municipality} for {period}: expected a year (the population on 1 January of that year)",
      "population-second":
        "a second, different number of inhabitants for {municipality} on 1 January {period}: {value}, earlier {earlier}",
      "population-second-hint": "the first is at {first}; remove one",
      "population-none": {
        one: '{file}: no inhabitants on 1 January in {count} figures read; --population expects CBS table 03759ned (StatLine "Bevolking op 1 januari" per municipality and year, downloaded as CSV, or its OData pages)',
        other:
          '{file}: no inhabitants on 1 January in {count} figures read; --population expects CBS table 03759ned (StatLine "Bevolking op 1 januari" per municipality and year, downloaded as CSV, or its OData pages)',
      },
    },
    words: {
      and: " and ",
      or: " or ",
    },
    lock: {
      "cannot-create": "cannot create the import lock ({code})",
      "cannot-create-hint": "ivp import needs to write in the plan directory",
      busy: "another ivp import is changing this plan",
      "busy-held":
        "another ivp import (process {pid} on {host}, since {since}) is changing this plan",
      "busy-hint":
        "wait until it has finished and run the import again; if no import is running, remove {lock}",
    },
    fetch: {
      "cannot-fetch": "cannot fetch {url}: {reason}",
      "cannot-fetch-hint":
        "check the network connection, or save the pages as files and import those",
      "http-status": "cannot fetch {url}: HTTP {status}",
      "cannot-load": "cannot load the page {url}",
      "cannot-load-hint": "a next link must be a file or an http(s) address",
    },
    municipality: {
      "not-a-code": '"{code}" is not a CBS municipality code',
      "not-a-code-hint": "a code is GM and four digits, e.g. GM0376",
      "code-mismatch": "{municipality} has the CBS code {code}, not {given}",
      "code-mismatch-other":
        "{municipality} has the CBS code {code}, not {given} ({given} is {other})",
      "code-mismatch-former":
        "{municipality} has the CBS code {code}, not {given} ({given} was {former})",
      "code-mismatch-hint": "leave out --code, or give the name that belongs to {given}",
      "unknown-code": "no municipality has the code {code} in CBS's classification of {date}",
      "unknown-code-hint":
        'check the code; for a municipality newer than ivp\'s register give its name with the code: --municipality "<name>" --code {code}',
      ambiguous: '"{name}" fits {count} municipalities: {municipalities}',
      "ambiguous-hint":
        'give the name as StatLine writes it (e.g. "{example}") or the code (e.g. {exampleCode})',
      "code-of-other": '{given} is the CBS code of {owner}, not of "{name}"',
      "code-of-other-hint":
        "check the name and the code; ivp's register has every municipality of {date}",
      "unknown-name": 'ivp does not know a municipality named "{name}"',
      "did-you-mean": 'did you mean "{suggestion}"?',
      "unknown-name-hint":
        "check the spelling against CBS's list of municipalities of {date}, or give the code: --municipality GMxxxx",
      "merged-into": "{name} ({code}) is part of {successors} since {date}",
      "split-between": "{name} ({code}) was split between {successors} on {date}",
      "with-note": "{sentence} ({note})",
      "another-municipality": "another municipality",
      "former-hint":
        "make the plan for {name}: --municipality {code}; figures StatLine publishes today are for {name}",
      "former-hint-several": "make the plan for one of {codes}",
    },
    internal: {
      "plan-yaml-errors": "the plan file has YAML errors: {reason}",
      "plan-not-a-mapping": "the plan file is not a mapping of fields",
      "sources-not-a-list": "sources: in the plan file is not a list; make it a list of sources",
      "data-not-a-list": "data: in the plan file is not a list; make it a list of CSV files",
      "source-not-added":
        "could not add the source to the plan's sources without changing something else",
      "data-file-not-added":
        "could not add the data file to the plan's data list without changing something else",
      "target-not-listed": "the target {target} is not among the files",
      "invalid-data-file-made": "ivp produced an invalid data file {file}: {problem}",
      "invalid-plan-made": "ivp made the plan file invalid: {problem}",
      "template-invalid": "the built-in template is invalid: {problem}",
      "no-police-total": "ivp's crime-type table has no police total 0.0.0",
      "figures-of-two-files": "classifyFigures: a figure of {file}, not of {first}",
    },
    synthetic: {
      "page-size": "pageSize must be a positive integer",
      repeat: "repeat must be a positive integer",
      "municipality-number": "there are invented municipalities 1 to 999, not {n}",
      "municipality-name":
        'the synthetic data set has invented municipalities "Synthetisch 001" to "Synthetisch 999", not "{name}"',
      "no-figure": "no synthetic figure for municipality {municipality}, type {type}, {month}",
    },
    "former-notes": {
      GM0055: "split between four municipalities",
      GM1921: "renamed De Fryske Marren, with a new code",
      GM1671: "split between 's-Hertogenbosch and Oss",
      GM0140: "split between three municipalities",
      GM0053: "mostly to Het Hogeland, Ezinge to Westerkwartier",
      GM0788: "split between Boxtel, Oisterwijk, Tilburg and Vught",
    },
  },
} as const satisfies CatalogueLike<typeof nl>;
