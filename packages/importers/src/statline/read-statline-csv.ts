import { type ErrorData, readFigureText } from "@ivp/model";
import { type Classification, crimeCodeFromTitle } from "../crime-types/crime-types.ts";
import { ImportError } from "../import-error.ts";
import { FIGURE_TEXT, type ImportMessageId, importError } from "../messages/say.ts";
import { classifyRegionName } from "../regions/classify-region.ts";
import { MUNICIPALITIES } from "../regions/municipalities.ts";
import {
  type DatasetInfo,
  isPopulationTopic,
  isRegisteredCrimesTopic,
  type SourceFigure,
} from "../source-figure.ts";
import type { TextLine } from "../text/read-lines.ts";
import { splitStatlineLine } from "./split-statline-line.ts";
import { parseStatlinePeriod, type StatlinePeriod } from "./statline-period.ts";

/** Options of {@link readStatlineCsv}. */
export interface ReadStatlineCsvOptions {
  /** The file name for figures' locations and error messages. */
  readonly file: string;
  /** Called once the header has been read, before the first figure. */
  readonly onDataset?: (dataset: DatasetInfo) => void;
}

/** What a dimension of a StatLine table says about a figure. */
export type Role = "topic" | "period" | "region" | "crime";

/** StatLine's dimension names (lower case) and what they say about a figure. */
const ROLES: Record<string, Role> = {
  onderwerp: "topic",
  onderwerpen: "topic",
  perioden: "period",
  "regio's": "region",
  regio: "region",
  gemeenten: "region",
  gemeente: "region",
  "wijken en buurten": "region",
  "soort misdrijf": "crime",
  "soort misdrijven": "crime",
  "soorten misdrijven": "crime",
};

const ROLE_NAMES: Record<Role, string> = {
  topic: "topic (Onderwerp)",
  period: "period (Perioden)",
  region: "region (Regio's)",
  crime: "crime type (Soort misdrijf)",
};

const CODE_OF = new Map(
  MUNICIPALITIES.filter((m) => m.code !== null).map((m) => [m.statlineName, m.code as string]),
);

function roleOf(name: string): Role | undefined {
  return ROLES[name.trim().toLowerCase()];
}

/**
 * The number a cell of 1 to 15 digits and nothing else writes (what `Number`
 * reads of it, exactly: at most 15 digits are below 2^53); -1 for any other
 * text. Almost every cell of a national file is such a number.
 *
 * Why by hand: the digits are looked at anyway to know that the cell is one,
 * and `Number` of a string just cut from the line asks V8's runtime, where
 * reading them here costs nothing more. With it, reading the 1x national file
 * (370,440 cells) took some 10 % less CPU, and a count no longer goes through
 * a regular expression after being read (docs/benchmarks/rounds.md, the
 * twelfth round of reading). read-statline-csv.test.ts holds it to `Number`.
 */
export function wholeOfDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** A cell's text as a figure: `.` (missing), `x` (secret) and empty are missing; `-` is nil (0). */
function readValue(text: string): number | null | undefined {
  // Almost every cell is a plain whole number: read it without a regular expression.
  const whole = wholeOfDigits(text);
  if (whole !== -1) return whole;
  const value = text.trim();
  if (value === "" || value === "." || value.toLowerCase() === "x") return null;
  // CBS's sign for "nihil": nothing was registered, which is 0, not missing.
  if (value === "-") return 0;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(value)) return undefined;
  return Number(value.replace(",", "."));
}

/**
 * A cell of registered crimes, a count, read by the figure rules of
 * `@ivp/model`: a dot separates thousands (`"1.004"` is 1004, as StatLine and
 * Dutch spreadsheets write it), a count with any other dot or comma, or a
 * negative one, is an error; `.`, `x` and empty are missing, `-` is 0.
 */
type RefusedCount = { readonly message: string; readonly expected: string };

function readCount(text: string): number | null | RefusedCount {
  // Digits and nothing else: the count they write (what the lines below make
  // of it, without the regular expression).
  const whole = wholeOfDigits(text);
  if (whole !== -1) return whole;
  const fast = readValue(text);
  if (fast === null || (typeof fast === "number" && /^\s*\d+\s*$|^\s*-\s*$/.test(text))) {
    return fast;
  }
  const read = readFigureText(text, "count");
  return read.success ? read.value : read;
}

function classificationOf(title: string): Classification | undefined {
  if (/^geregistreerde criminaliteit\b/i.test(title)) return "cbs";
  if (/^geregistreerde misdrijven\b/i.test(title)) return "police";
  return undefined;
}

interface Facet {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Reads a StatLine "download as CSV" file line by line and yields one figure
 * per cell, in constant memory. The layout: a title line, lines with the
 * dimensions fixed to one value (`"Soort misdrijf: Totaal misdrijven"`), a
 * blank line, the header rows (`"Onderwerp"`, then one row per dimension in
 * the columns, such as `"Perioden"`, then the row dimension with the units,
 * such as `"Regio's";"aantal"`), one row per region (or period, or crime
 * type), and a closing `"Bron: ..."` line. `.` is a missing value and stays
 * missing. Anything else is an {@link ImportError} naming the line and column.
 *
 * @param lines - the file's lines (see `readLines`)
 * @param options - the file name for locations
 * @example
 * for await (const figure of readStatlineCsv(readLines(stream, { file }), { file })) figure
 * //=> { region: { name: "Laren (NH.)", code: "GM0417", kind: "municipality" }, period: "2022", value: 482, ... }
 */
export async function* readStatlineCsv(
  lines: AsyncIterable<TextLine>,
  options: ReadStatlineCsvOptions,
): AsyncGenerator<SourceFigure> {
  for await (const row of readStatlineCsvRows(lines, options)) yield* row;
}

/** A column of values of a StatLine download (1 to width - 1), as its header rows say. */
export interface StatlineColumn {
  readonly topic: string;
  readonly registeredCrimes: boolean;
  /** Undefined when the rows are periods. */
  readonly period: StatlinePeriod | undefined;
  /** Undefined when the rows are regions. */
  readonly region: SourceFigure["region"] | undefined;
  /** Undefined when the rows are crime types; `{}` in a table of inhabitants. */
  readonly crime: SourceFigure["crime"] | undefined;
}

/** What the header of a StatLine download says, for a reader of its rows (see {@link readStatlineCsvRows}). */
export interface StatlineTable {
  /** The file name of locations. */
  readonly file: string;
  readonly dataset: DatasetInfo;
  /** Fields per row: the row's label and a value per column. */
  readonly width: number;
  /** What each row is: a region, a period or a crime type. */
  readonly rowRole: Role;
  /** The columns of values, in order (the row's second field on). */
  readonly columns: readonly StatlineColumn[];
  /** A row's region (`rowRole` "region") from its label, as each figure of the row has it. */
  readonly region: (label: string) => SourceFigure["region"];
}

/**
 * A reader of whole rows of values another way, given the table once its
 * header is read: for a row's line, what to yield in its place (the figures
 * the row has, as the reader would make them, in another form), or
 * undefined to have the row read as always (its figures or its error).
 */
export type StatlineRowReader<T> = (table: StatlineTable) => (line: TextLine) => T | undefined;

/**
 * {@link readStatlineCsv}, one array of figures per row of the file: the same
 * figures in the same order, without a promise per figure (a national file has
 * hundreds of thousands; `ivp bulk` reads them this way). A row with a bad cell
 * yields the figures before that cell, then throws, as the figure-by-figure
 * reader does.
 *
 * @param lines - the file's lines (see `readLines`)
 * @param options - the file name for locations
 * @param rows - reads rows of values another way (`classifyStatlineCsv`): what it
 *   returns for a row is yielded in the place of the row's figures
 */
export async function* readStatlineCsvRows<T = never>(
  lines: AsyncIterable<TextLine>,
  options: ReadStatlineCsvOptions,
  rows?: StatlineRowReader<T>,
): AsyncGenerator<SourceFigure[] | T> {
  const { file } = options;
  const fail = (
    line: number,
    column: number,
    id: ImportMessageId,
    data: ErrorData = {},
    hintId?: ImportMessageId,
  ): never => {
    throw importError("malformed-file", id, data, {
      location: { file, line, column },
      ...(hintId && { hintId }),
    });
  };
  /** A count `readFigureText` refused: in its words, with what was expected (see FIGURE_TEXT). */
  const failFigure = (line: number, column: number, text: string, refused: RefusedCount): never => {
    throw new ImportError("malformed-file", refused.message, {
      location: { file, line, column },
      hint: refused.expected,
      messageId: FIGURE_TEXT,
      data: { text, unit: "count" },
    });
  };
  /** The words of a dimension's role, which wordImportError says in the reader's language. */
  const roleData = (key: Role) => ({ role: ROLE_NAMES[key], roleId: key });
  const iterator = lines[Symbol.asyncIterator]();
  let lastLine = 0;
  const next = async (): Promise<TextLine | undefined> => {
    const result = await iterator.next();
    if (result.done) return undefined;
    lastLine = result.value.number;
    return result.value;
  };
  const split = (line: TextLine) => {
    const result = splitStatlineLine(line.text);
    if ("message" in result) return fail(line.number, result.column, result.id, result.data);
    return result;
  };
  const endOfFile = (what: ImportMessageId): never =>
    fail(lastLine + 1, 1, what, {}, "statline/cut-off-hint");

  // 1. The title line.
  const titleLine = await next();
  if (!titleLine) return endOfFile("statline/ends-before-title");
  const title = split(titleLine);
  if (title.fields.length !== 1 || (title.fields[0] ?? "").trim() === "") {
    fail(titleLine.number, 1, "statline/title-expected");
  }
  const tableTitle = (title.fields[0] ?? "").trim();

  // 2. Dimensions fixed to one value, up to a blank line.
  const fixed = new Map<Role, Facet>();
  for (;;) {
    const line = await next();
    if (!line) return endOfFile("statline/ends-before-header");
    const { fields, columns } = split(line);
    if (fields.every((f) => f.trim() === "")) break;
    fields.forEach((field, i) => {
      const colon = field.indexOf(":");
      const column = columns[i] ?? 1;
      if (colon === -1) {
        fail(line.number, column, "statline/fixed-expected", { field });
      }
      const role = roleOf(field.slice(0, colon));
      if (!role) return; // another dimension, fixed to one value: it says nothing ivp uses
      if (fixed.has(role)) fail(line.number, column, "statline/fixed-twice", roleData(role));
      fixed.set(role, { text: field.slice(colon + 1).trim(), line: line.number, column });
    });
  }

  // 3. The header rows: "Onderwerp", one row per column dimension, the row dimension with units.
  const first = await next();
  if (!first) return endOfFile("statline/ends-before-header");
  const topics = split(first);
  if (roleOf(topics.fields[0] ?? "") !== "topic") {
    fail(first.number, 1, "statline/topic-expected", { found: topics.fields[0] ?? "" });
  }
  const width = topics.fields.length;
  if (width < 2) fail(first.number, 1, "statline/no-columns");
  const headers: {
    role: Role;
    line: number;
    fields: readonly string[];
    columns: readonly number[];
  }[] = [{ role: "topic", line: first.number, ...topics }];
  let pending: TextLine | undefined;
  for (;;) {
    const line = await next();
    if (!line) return endOfFile("statline/ends-inside-header");
    const row = split(line);
    const role = roleOf(row.fields[0] ?? "");
    if (!role || role === "topic") {
      pending = line;
      break;
    }
    if (row.fields.length !== width) {
      fail(line.number, row.columns[width] ?? line.text.length + 1, "statline/header-width", {
        name: String(row.fields[0]),
        count: row.fields.length,
        width,
      });
    }
    headers.push({ role, line: line.number, ...row });
  }
  if (headers.length < 2) {
    fail(pending.number, 1, "statline/row-header-expected", {
      found: split(pending).fields[0] ?? "",
    });
  }
  const rowHeader = headers[headers.length - 1] as (typeof headers)[number];
  const rowRole = rowHeader.role;
  const columnHeaders = headers.slice(0, -1);
  // A table of inhabitants (CBS 03759ned) has no crime type.
  const population = topics.fields.slice(1).every((topic) => isPopulationTopic(topic));
  for (const role of ["period", "region", "crime"] as const) {
    if (role === "crime" && population && !fixed.has(role) && rowRole !== role) continue;
    const places = [
      fixed.has(role),
      columnHeaders.some((h) => h.role === role),
      rowRole === role,
    ].filter(Boolean).length;
    if (places === 0) {
      fail(
        rowHeader.line,
        1,
        "statline/dimension-missing",
        roleData(role),
        "statline/dimension-missing-hint",
      );
    }
    if (places > 1) fail(rowHeader.line, 1, "statline/given-twice", roleData(role));
  }

  const classification = classificationOf(tableTitle);
  const dataset: DatasetInfo = {
    format: "statline-csv",
    title: tableTitle,
    ...(classification && { classification }),
  };
  options.onDataset?.(dataset);

  // What each column (1..width-1) says; a fixed dimension says it for every column.
  const facet = (role: Role, column: number): Facet | undefined => {
    const header = columnHeaders.find((h) => h.role === role);
    if (header) {
      return {
        text: (header.fields[column] ?? "").trim(),
        line: header.line,
        column: header.columns[column] ?? 1,
      };
    }
    return fixed.get(role);
  };
  const readPeriod = (f: Facet) => {
    const period = parseStatlinePeriod(f.text);
    if (!period) {
      return fail(
        f.line,
        f.column,
        "statline/not-a-period",
        { text: f.text },
        "statline/period-hint",
      );
    }
    return period;
  };
  const readRegion = (name: string): SourceFigure["region"] => {
    const code = CODE_OF.get(name);
    return { name, kind: classifyRegionName(name), ...(code && { code }) };
  };
  // One object per crime type, shared by its columns (a national file has
  // 120 months of each): a bulk run looks up a crime type's series once per
  // object, not once per figure.
  const crimes = new Map<string, SourceFigure["crime"]>();
  const readCrime = (crimeTitle: string): SourceFigure["crime"] => {
    let crime = crimes.get(crimeTitle);
    if (crime === undefined) {
      const found = crimeCodeFromTitle(crimeTitle, classification);
      crime = {
        title: crimeTitle,
        ...(found && { classification: found.classification, code: found.code }),
        ...(!found && classification && { classification }),
      };
      crimes.set(crimeTitle, crime);
    }
    return crime;
  };
  const columns = Array.from({ length: width - 1 }, (_, i): StatlineColumn => {
    const column = i + 1;
    const topic = facet("topic", column)?.text ?? "";
    const period = rowRole === "period" ? undefined : facet("period", column);
    const region = rowRole === "region" ? undefined : facet("region", column);
    const crime = rowRole === "crime" || population ? undefined : facet("crime", column);
    return {
      topic,
      registeredCrimes: isRegisteredCrimesTopic(topic),
      period: period ? readPeriod(period) : undefined,
      region: region ? readRegion(region.text) : undefined,
      crime: crime ? readCrime(crime.text) : population ? {} : undefined,
    };
  });

  const readRow = rows?.({
    file,
    dataset,
    width,
    rowRole,
    columns,
    region: readRegion,
  });

  // 4. One row per region (or period, or crime type), up to "Bron: ...".
  let line: TextLine | undefined = pending;
  while (line) {
    if (readRow) {
      const read = readRow(line);
      if (read !== undefined) {
        yield read;
        line = await next();
        continue;
      }
    }
    const { fields, columns: starts } = split(line);
    const label = (fields[0] ?? "").trim();
    if (fields.length === 1) {
      if (/^bron\b/i.test(label)) return;
      if (label === "") {
        line = await next();
        continue;
      }
    }
    if (fields.length !== width) {
      fail(line.number, starts[width] ?? line.text.length + 1, "statline/row-width", {
        width,
        values: width - 1,
        count: fields.length,
      });
    }
    const rowPeriod =
      rowRole === "period" ? readPeriod({ text: label, line: line.number, column: 1 }) : undefined;
    const rowRegion = rowRole === "region" ? readRegion(label) : undefined;
    const rowCrime = rowRole === "crime" ? readCrime(label) : undefined;
    const figures: SourceFigure[] = [];
    try {
      for (let i = 1; i < width; i++) {
        const column = columns[i - 1] as (typeof columns)[number];
        const text = fields[i] ?? "";
        const value = column.registeredCrimes ? readCount(text) : readValue(text);
        if (value === undefined) {
          fail(
            line.number,
            starts[i] ?? 1,
            "statline/not-a-number",
            { text },
            "statline/number-hint",
          );
        } else if (typeof value === "object" && value !== null) {
          failFigure(line.number, starts[i] ?? 1, text, value);
        }
        const period = (rowPeriod ?? column.period) as NonNullable<typeof rowPeriod>;
        figures.push({
          dataset,
          region: (rowRegion ?? column.region) as NonNullable<typeof rowRegion>,
          crime: (rowCrime ?? column.crime) as NonNullable<typeof rowCrime>,
          topic: column.topic,
          registeredCrimes: column.registeredCrimes,
          period: period.period,
          provisional: period.provisional,
          value: value as number | null,
          location: { file, line: line.number, column: starts[i] ?? 1 },
        });
      }
    } catch (error) {
      // The figures before a bad cell, as the figure-by-figure reader gives them.
      if (figures.length > 0) yield figures;
      throw error;
    }
    yield figures;
    line = await next();
  }
  endOfFile("statline/ends-without-source");
}
