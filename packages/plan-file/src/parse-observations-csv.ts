import {
  formatPeriodCode,
  type Issue,
  type IssueCode,
  type Language,
  type Observation,
  type Origin,
  parsePeriod,
  readFigureText,
  type Unit,
} from "@ivp/model";
import { planFileSay } from "./messages/say.ts";
import { figureTextWords, periodErrorText } from "./messages/word-error.ts";
import { parseCsv } from "./parse-csv.ts";

/** The columns of an observations data file, in their usual order. */
export const OBSERVATION_COLUMNS = [
  "series",
  "area",
  "period",
  "value",
  "origin",
  "source",
  "note",
  "lower",
  "upper",
] as const;
const REQUIRED = ["series", "period", "value"] as const;
const ORIGINS: readonly Origin[] = ["table", "text", "import", "other"];

/**
 * A double holds every number of up to 15 significant digits exactly; a
 * figure with more (99999999999999999999999) would silently become another
 * (1e23), and ivp prints only figures it can reproduce.
 */
const MAX_DIGITS = 15;

function tooPrecise(number: string): boolean {
  return (
    number.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length >
    MAX_DIGITS
  );
}

/** Options of {@link parseObservationsCsv}. */
export interface ParseObservationsCsvOptions {
  /** Area for rows without one: the plan's municipality code. */
  readonly defaultArea: string;
  /**
   * The unit of a series, when the plan knows it: its values are then read and
   * checked by the figure rules of `@ivp/model` (`readFigureText`): a count is
   * whole and not negative, `1.004` in a count is 1004 (a thousands dot).
   */
  readonly unitOf?: (series: string) => Unit | undefined;
  /** The language of the issues' messages. Default English. */
  readonly lang?: Language;
}

/**
 * Reads a CSV file of observations (`series,area,period,value[,origin,source,note,lower,upper]`).
 * An empty value or `.` is a missing value (never 0). `lower` and `upper` are
 * the 95% interval supplied with a survey figure (both or neither). Every
 * problem names the line and column. Pure: takes the file's text.
 *
 * @example
 * parseObservationsCsv("series,period,value\nwoninginbraken,2019,55\n", "data.csv", { defaultArea: "GM0417" })
 * //=> { success: true, observations: [{ series: "woninginbraken", area: "GM0417", period: "2019", value: 55, origin: "import", ... }] }
 */
export function parseObservationsCsv(
  text: string,
  file: string,
  options: ParseObservationsCsvOptions,
): { success: true; observations: Observation[] } | { success: false; issues: Issue[] } {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const lang = options.lang ?? "en";
  const say = planFileSay(lang);
  const { records, error } = parseCsv(text, delimiter, lang);
  const issues: Issue[] = [];
  const issue = (
    line: number,
    column: number,
    message: string,
    extra: { code?: IssueCode; field?: string; expected?: string; hint?: string } = {},
  ) =>
    issues.push({
      code: extra.code ?? "invalid-data",
      severity: "error",
      location: { file, line, column, ...(extra.field !== undefined && { field: extra.field }) },
      message,
      ...(extra.expected !== undefined && { expected: extra.expected }),
      ...(extra.hint !== undefined && { hint: extra.hint }),
    });
  if (error) {
    issue(error.line, error.column, error.message, { code: "csv-syntax" });
    return { success: false, issues };
  }
  const header = records[0];
  if (!header) {
    issue(1, 1, say("csv", "empty-file"), {
      expected: say("csv", "header-expected", { columns: OBSERVATION_COLUMNS.join(",") }),
    });
    return { success: false, issues };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!(OBSERVATION_COLUMNS as readonly string[]).includes(name)) {
      issue(header.line, header.columns[i] ?? 1, say("csv", "unknown-column", { name }), {
        expected: say("csv", "columns-expected", { columns: OBSERVATION_COLUMNS.join(", ") }),
      });
    } else if (index.has(name)) {
      issue(header.line, header.columns[i] ?? 1, say("csv", "column-twice", { name }));
    } else {
      index.set(name, i);
    }
  });
  for (const name of REQUIRED) {
    if (!index.has(name))
      issue(header.line, 1, say("csv", "column-missing", { name }), {
        expected: say("csv", "columns-expected", { columns: OBSERVATION_COLUMNS.join(", ") }),
      });
  }
  if (issues.length > 0) return { success: false, issues };

  const observations: Observation[] = [];
  for (const record of records.slice(1)) {
    const get = (name: string) => {
      const i = index.get(name);
      return i === undefined
        ? undefined
        : { text: (record.fields[i] ?? "").trim(), column: record.columns[i] ?? 1 };
    };
    if (record.fields.length !== names.length) {
      issue(
        record.line,
        1,
        say("csv", "field-count", { count: record.fields.length, header: names.length }),
      );
      continue;
    }
    const series = get("series");
    const period = get("period");
    const value = get("value");
    if (!series || !period || !value) continue;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(series.text)) {
      issue(record.line, series.column, say("csv", "not-series-id", { text: series.text }), {
        field: "series",
        expected: say("csv", "series-id-expected"),
      });
      continue;
    }
    const parsedPeriod = parsePeriod(period.text);
    if (!parsedPeriod.success) {
      issue(record.line, period.column, periodErrorText(parsedPeriod.error, lang), {
        field: "period",
      });
      continue;
    }
    let number: number | null = null;
    if (value.text !== "" && value.text !== ".") {
      const unit = options.unitOf?.(series.text);
      const read = readFigureText(value.text, unit);
      if (!read.success) {
        const { message, expected } = figureTextWords(value.text, read, lang);
        issue(record.line, value.column, message, { field: "value", expected });
        continue;
      }
      // The digits as written (a count's thousands dots are no decimal point).
      const written = value.text.replace(",", ".");
      if (tooPrecise(unit === "count" ? written.replaceAll(".", "") : written)) {
        issue(record.line, value.column, say("csv", "too-many-digits", { text: value.text }), {
          field: "value",
          expected: say("csv", "digits-expected", { max: MAX_DIGITS }),
        });
        continue;
      }
      number = read.value;
    }
    const bounds: (number | undefined)[] = [];
    let badBound = false;
    for (const name of ["lower", "upper"] as const) {
      const cell = get(name);
      if (!cell || cell.text === "" || cell.text === ".") {
        bounds.push(undefined);
        continue;
      }
      const normalisedBound = cell.text.replace(",", ".");
      if (!/^-?\d+(\.\d+)?$/.test(normalisedBound)) {
        issue(record.line, cell.column, say("csv", "bound-not-number", { text: cell.text }), {
          field: name,
          expected: say("csv", name === "lower" ? "lower-expected" : "upper-expected"),
        });
        badBound = true;
        continue;
      }
      if (tooPrecise(normalisedBound)) {
        issue(record.line, cell.column, say("csv", "too-many-digits", { text: cell.text }), {
          field: name,
          expected: say("csv", "digits-expected", { max: MAX_DIGITS }),
        });
        badBound = true;
        continue;
      }
      bounds.push(Number(normalisedBound));
    }
    if (badBound) continue;
    const [lower, upper] = bounds;
    if ((lower === undefined) !== (upper === undefined)) {
      const missing = lower === undefined ? "lower" : "upper";
      issue(
        record.line,
        get(missing)?.column ?? 1,
        say("csv", missing === "lower" ? "no-lower" : "no-upper"),
        { field: missing, expected: say("csv", "both-bounds") },
      );
      continue;
    }
    if (lower !== undefined && upper !== undefined && lower > upper) {
      issue(
        record.line,
        get("lower")?.column ?? 1,
        say("csv", "lower-above-upper", { lower, upper }),
        {
          field: "lower",
          expected: "lower <= upper",
        },
      );
      continue;
    }
    const originText = get("origin")?.text || "import";
    if (!(ORIGINS as readonly string[]).includes(originText)) {
      issue(
        record.line,
        get("origin")?.column ?? 1,
        say("csv", "not-an-origin", { text: originText }),
        {
          field: "origin",
          expected: ORIGINS.join(", "),
        },
      );
      continue;
    }
    const source = get("source")?.text;
    const note = get("note")?.text;
    observations.push({
      series: series.text,
      area: get("area")?.text || options.defaultArea,
      period: formatPeriodCode(parsedPeriod.data),
      value: number,
      origin: originText as Origin,
      ...(source && { source }),
      ...(note && { quote: note }),
      ...(lower !== undefined && upper !== undefined && { interval: { lower, upper } }),
      ref: { kind: "file", file, line: record.line, column: 1 },
    });
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, observations };
}
