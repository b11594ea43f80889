import type { SourceLocation } from "@ivp/model";
import { closestMatch, type Observation } from "@ivp/model";
import { formatLocation } from "@ivp/plan-file";
import { ImportError } from "../import-error.ts";
import { POPULATION_SERIES } from "../mapping/map-figures.ts";
import { importError, importText } from "../messages/say.ts";
import {
  findMunicipalitiesByName,
  MUNICIPALITIES,
  plainMunicipalityName,
} from "../regions/municipalities.ts";
import { isPopulationTopic, type SourceFigure } from "../source-figure.ts";
import { type BulkMunicipality, municipalityOf } from "./bulk-municipality.ts";

/** The inhabitants of one municipality on 1 January, year by year, from a population file. */
export interface MunicipalityPopulation {
  readonly municipality: BulkMunicipality;
  /** Inhabitants by year (`2023`: on 1 January 2023); `null` where the file marks the figure missing. */
  readonly years: ReadonlyMap<string, number | null>;
  /** Where its first figure was read. */
  readonly location: SourceLocation;
}

/** What {@link populationByMunicipality} read. */
export interface PopulationByMunicipality {
  /** Per municipality code (the code `ivp bulk` gives the municipality in the figures of crimes). */
  readonly byCode: ReadonlyMap<string, MunicipalityPopulation>;
  /** Every figure read. */
  readonly figures: number;
  /** Figures of regions that are not municipalities (the country, provinces, ...). */
  readonly otherRegions: number;
  /** Figures of other topics (average population, ...). */
  readonly otherTopics: number;
}

const YEAR = /^\d{4}$/;

const EXPECTED = importText("en", "bulk/population-expected");

/** The figures of a file, an error of its reader saying what the file should have been. */
async function* withContext(figures: AsyncIterable<SourceFigure>): AsyncIterable<SourceFigure> {
  try {
    yield* figures;
  } catch (error) {
    if (!(error instanceof ImportError) || error.code === "not-a-regular-file") throw error;
    // The reader's own refusal, worded again by wordImportError in the reader's language.
    throw new ImportError(error.code, `${error.message}; ${EXPECTED}`, {
      ...(error.location && { location: error.location }),
      ...(error.hint && { hint: error.hint }),
      cause: error,
      messageId: "bulk/population-wrapped",
      data: { reason: error.message, expected: EXPECTED },
    });
  }
}

/**
 * Reads a file of inhabitants on 1 January per municipality (CBS table
 * 03759ned, as a StatLine CSV download or OData pages: the formats `ivp
 * import` reads) for `ivp bulk --population`: per municipality, known by its
 * code or StatLine name as in the bulk run's figures of crimes, the
 * inhabitants of each year. Other regions and topics are counted and left
 * aside. A file without a single figure of inhabitants, one of registered
 * crimes (the two files swapped), a region that is no municipality ivp knows
 * (a typo: it would match nothing), a figure for part of a year, or two
 * different figures for the same municipality and year is an
 * {@link ImportError} at the place in the file.
 *
 * @param figures - the figures of the file (see `readSourceFile`)
 * @param file - the file's name, for messages
 * @example
 * const { byCode } = await populationByMunicipality(readSourceFile("bevolking.csv"), "bevolking.csv");
 * byCode.get("GM0376")?.years.get("2022") //=> 12358
 */
export async function populationByMunicipality(
  figures: AsyncIterable<SourceFigure>,
  file: string,
): Promise<PopulationByMunicipality> {
  const byCode = new Map<
    string,
    {
      municipality: BulkMunicipality;
      years: Map<string, number | null>;
      location: SourceLocation;
      places: Map<string, SourceLocation>;
    }
  >();
  let count = 0;
  let population = 0;
  let otherRegions = 0;
  let otherTopics = 0;
  for await (const figure of withContext(figures)) {
    count++;
    if (figure.registeredCrimes) {
      throw importError(
        "malformed-file",
        "bulk/population-crimes",
        { topic: figure.topic, expected: EXPECTED },
        { location: figure.location, hintId: "bulk/population-crimes-hint" },
      );
    }
    if (!isPopulationTopic(figure.topic)) {
      otherTopics++;
      continue;
    }
    population++;
    const municipality = municipalityOf(figure);
    if (!municipality && figure.region.kind === "other" && figure.region.name !== undefined) {
      // Not the country, a province or another roll-up, and no municipality ivp knows.
      const name = figure.region.name;
      const plain = closestMatch(
        name,
        MUNICIPALITIES.map((m) => plainMunicipalityName(m.statlineName)),
      );
      const suggestion = plain && findMunicipalitiesByName(plain)[0]?.statlineName;
      throw importError(
        "unknown-municipality",
        "bulk/population-unknown",
        { name, ...(suggestion && { suggestion }) },
        {
          location: figure.location,
          hintId: suggestion
            ? "bulk/population-unknown-suggestion"
            : "bulk/population-unknown-hint",
        },
      );
    }
    if (!municipality) {
      otherRegions++;
      continue;
    }
    if (!YEAR.test(figure.period)) {
      throw importError(
        "invalid-period",
        "bulk/population-period",
        { municipality: municipality.name, period: figure.period },
        { location: figure.location },
      );
    }
    let entry = byCode.get(municipality.code);
    if (!entry) {
      entry = { municipality, years: new Map(), location: figure.location, places: new Map() };
      byCode.set(municipality.code, entry);
    }
    const earlier = entry.places.get(figure.period);
    if (earlier && entry.years.get(figure.period) !== figure.value) {
      const missing = importText("en", "mapping/missing");
      const before = entry.years.get(figure.period);
      throw importError(
        "ambiguous-mapping",
        "bulk/population-second",
        {
          municipality: `${municipality.name} (${municipality.code})`,
          period: figure.period,
          value: figure.value ?? missing,
          earlier: before ?? missing,
          ...(figure.value === null && { valueMissing: 1 }),
          ...(before === null && { earlierMissing: 1 }),
          first: formatLocation(earlier),
        },
        { location: figure.location, hintId: "bulk/population-second-hint" },
      );
    }
    entry.years.set(figure.period, figure.value);
    entry.places.set(figure.period, figure.location);
  }
  if (population === 0) {
    throw importError("malformed-file", "bulk/population-none", { file, count });
  }
  return {
    byCode: new Map(
      [...byCode].map(([code, { municipality, years, location }]) => [
        code,
        { municipality, years, location },
      ]),
    ),
    figures: count,
    otherRegions,
    otherTopics,
  };
}

/**
 * The inhabitants of a municipality as observations of the series
 * `inwoners` (as `ivp import` writes them), one per year, a missing figure
 * `null`, each at its place in the population file.
 *
 * @example
 * populationObservations(byCode.get("GM0376"), { source: "cbs-bevolking" })[0]
 * //=> { series: "inwoners", area: "GM0376", period: "2021", value: 11954, origin: "import", source: "cbs-bevolking", ref: { kind: "file", file: "bevolking.csv", line: 5, column: 1 } }
 */
export function populationObservations(
  population: MunicipalityPopulation,
  options: { readonly source?: string } = {},
): Observation[] {
  const ref = {
    kind: "file" as const,
    file: population.location.file,
    line: population.location.line ?? 1,
    column: population.location.column ?? 1,
  };
  return [...population.years]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, value]) => ({
      series: POPULATION_SERIES,
      area: population.municipality.code,
      period,
      value,
      origin: "import" as const,
      ...(options.source !== undefined && { source: options.source }),
      ref,
    }));
}
