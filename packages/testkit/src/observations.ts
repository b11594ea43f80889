/**
 * Figures built for a test: `Observation`s as a plan directory's data files
 * give them to the model (series, area, period, value, where it was read),
 * without writing a plan. By default a figure is imported (`origin: "import"`)
 * for Laren (GM0417) and was read from `data.csv`, each figure of a list on
 * its own line (2, 3, ...), so a finding that names a line names a different
 * one per figure.
 */
import { type Observation, ObservationIndex } from "@ivp/model";

/** What a figure of a test may set besides its series, period and value. */
export type ObservationFields = Partial<Omit<Observation, "series" | "period" | "value">>;

/** A figure read from line `line` of `data.csv`. */
function fromDataFile(line: number): Observation["ref"] {
  return { kind: "file", file: "data.csv", line, column: 1 };
}

/**
 * One figure: the value of `series` in `period`.
 *
 * @example
 * observation("woninginbraken", "2017", 79)
 * //=> { series: "woninginbraken", area: "GM0417", period: "2017", value: 79, origin: "import", ref: { kind: "file", file: "data.csv", line: 2, column: 1 } }
 */
export function observation(
  series: string,
  period: string,
  value: number | null,
  fields: ObservationFields = {},
): Observation {
  return {
    series,
    area: "GM0417",
    period,
    value,
    origin: "import",
    ref: fromDataFile(2),
    ...fields,
  };
}

/**
 * Figures as `[series, period, value]` rows, each on its own line of
 * `data.csv` (the first on line 2, after the header).
 *
 * @example
 * observations([["s", "2016", 77], ["s", "2017", 79]]).map((o) => o.ref)
 * //=> [{ kind: "file", file: "data.csv", line: 2, column: 1 }, { ..., line: 3, ... }]
 */
export function observations(
  rows: readonly (readonly [series: string, period: string, value: number | null])[],
  fields: ObservationFields = {},
): Observation[] {
  return rows.map(([series, period, value], n) =>
    observation(series, period, value, { ref: fromDataFile(n + 2), ...fields }),
  );
}

/**
 * Figures by series and period, `{ woninginbraken: { "2016": 77, "2017": 79 } }`,
 * in that order, each on its own line of `data.csv`.
 */
export function observationsBySeries(
  figures: Readonly<Record<string, Readonly<Record<string, number | null>>>>,
  fields: ObservationFields = {},
): Observation[] {
  return observations(
    Object.entries(figures).flatMap(([series, byPeriod]) =>
      Object.entries(byPeriod).map(([period, value]) => [series, period, value] as const),
    ),
    fields,
  );
}

/**
 * Figures as `[series, period, value]` rows, indexed as the model's
 * computations take them (`resolveValue`'s `index`).
 *
 * @example
 * observationIndex([["x", "2017", 79]]).get("x", "GM0417", "2017")?.value //=> 79
 */
export function observationIndex(
  rows: readonly (readonly [series: string, period: string, value: number | null])[],
  fields: ObservationFields = {},
): ObservationIndex {
  return new ObservationIndex(observations(rows, fields));
}
