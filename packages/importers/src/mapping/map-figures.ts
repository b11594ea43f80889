import type { Period, SourceLocation } from "@ivp/model";
import { checkFigure, describeFigureProblem, parsePeriodOrThrow } from "@ivp/model";
import { formatLocation } from "@ivp/plan-file";
import { normaliseTitle } from "../crime-types/crime-types.ts";
import { importError, importText, joinList, quoted } from "../messages/say.ts";
import { isRollUp } from "../regions/classify-region.ts";
import { plainMunicipalityName } from "../regions/municipalities.ts";
import { type DatasetInfo, isPopulationTopic, type SourceFigure } from "../source-figure.ts";
import type { ImportTarget, TargetArea } from "./import-target.ts";

/** A figure mapped onto a plan: the observation it becomes, and where it came from. */
export interface ImportedObservation {
  readonly series: string;
  readonly area: string;
  readonly period: string;
  readonly value: number | null;
  readonly provisional: boolean;
  readonly location: SourceLocation;
}

/** A crime type in the file that no series of the plan takes. */
export interface UnmappedCrimeType {
  readonly classification?: string;
  readonly code?: string;
  readonly title?: string;
  readonly figures: number;
}

/** What an import read but did not take, and why. */
export interface ImportSkips {
  /** Every figure read. */
  readonly figures: number;
  /** Figures for areas the plan does not have (other municipalities, roll-ups). */
  readonly otherAreas: number;
  /** Figures of other topics than registered crimes, by topic. */
  readonly otherTopics: ReadonlyMap<string, number>;
  /** Crime types no series of the plan has a code for, by `classification:code` or title. */
  readonly unmappedCrimeTypes: ReadonlyMap<string, UnmappedCrimeType>;
  /** Figures outside `from`..`to`. */
  readonly outsidePeriod: number;
}

/** Options of {@link mapFigures}. */
export interface MapFiguresOptions {
  /** Only periods that start in or after this one. */
  readonly from?: Period;
  /** Only periods that end in or before this one. */
  readonly to?: Period;
}

/** The result of {@link mapFigures}. */
export interface MappedFigures {
  readonly observations: readonly ImportedObservation[];
  readonly skipped: ImportSkips;
  /** The dataset of the first figure, when there was one. */
  readonly dataset?: DatasetInfo;
}

/**
 * The series that takes the number of inhabitants on 1 January (CBS
 * 03759ned): the plan's `inwoners`, the population series `ivp compare` uses.
 */
export const POPULATION_SERIES = "inwoners";

const monthIndex = (p: Period, end: boolean) => p.year * 12 + (end ? p.endMonth : p.startMonth);

function key(series: string, area: string, period: string): string {
  return `${series}\u0000${area}\u0000${period}`;
}

/**
 * Maps figures read from open data onto a plan: keeps the registered-crimes
 * figures of the plan's areas (never a roll-up such as a police region unless
 * the plan names it as an area) and of the crime types its series have codes
 * for, within `from`..`to`. Each figure is checked once as it streams past, so
 * memory holds only what the plan takes. Refuses (an {@link ImportError}) when
 * the mapping is ambiguous: a region that fits two areas, a name whose code
 * contradicts the plan, a title that fits two series, or two different figures
 * for the same series, area and period. Refuses too when the file has no
 * figure at all for the plan's municipality, naming the rows that come close.
 *
 * @param figures - the figures of a source file (see `readSourceFile`)
 * @param target - what the plan accepts (see {@link buildImportTarget})
 * @example
 * (await mapFigures(readSourceFile("statline.csv"), buildImportTarget(blaricum))).observations
 * //=> [{ series: "misdrijven-totaal", area: "GM0376", period: "2022", value: 363, ... }, { ..., period: "2023", value: 347 }]
 */
export async function mapFigures(
  figures: AsyncIterable<SourceFigure>,
  target: ImportTarget,
  options: MapFiguresOptions = {},
): Promise<MappedFigures> {
  const taken = new Map<string, ImportedObservation>();
  const otherTopics = new Map<string, number>();
  const unmapped = new Map<string, UnmappedCrimeType>();
  const matchedAreas = new Set<string>();
  const near = new Map<string, Set<string>>();
  const wantedNames = new Map(
    target.areas.map((a) => [
      a.id,
      new Set(a.names.map((n) => plainMunicipalityName(n).toLowerCase())),
    ]),
  );
  let count = 0;
  let otherAreas = 0;
  let outsidePeriod = 0;
  let dataset: DatasetInfo | undefined;
  let file: string | undefined;
  const from = options.from ? monthIndex(options.from, false) : undefined;
  const to = options.to ? monthIndex(options.to, true) : undefined;

  const matchArea = (figure: SourceFigure): TargetArea | undefined => {
    const { code, name } = figure.region;
    const matches = target.areas.filter((area) => {
      const sameName = name !== undefined && area.names.includes(name);
      if (code !== undefined && area.code !== undefined) {
        if (code !== area.code && sameName) {
          throw importError(
            "ambiguous-mapping",
            "mapping/municipality-code",
            { name, code, area: area.label, planCode: area.code },
            { location: figure.location, hintId: "mapping/municipality-code-hint" },
          );
        }
        return code === area.code;
      }
      return sameName;
    });
    if (matches.length > 1) {
      throw importError(
        "ambiguous-mapping",
        "mapping/several-areas",
        { name: name ?? code ?? "", areas: matches.map((m) => m.label).join(", ") },
        { location: figure.location, hintId: "mapping/several-areas-hint" },
      );
    }
    return matches[0];
  };

  const matchSeries = (figure: SourceFigure): string | undefined => {
    const { classification, code, title } = figure.crime;
    if (code !== undefined) {
      const classes = classification ? [classification] : (["police", "cbs"] as const);
      for (const c of classes) {
        const series = target.series.byCode.get(`${c}:${code}`);
        if (series) return series;
      }
      return undefined;
    }
    if (title === undefined) return undefined;
    const candidates = target.series.byTitle.get(normaliseTitle(title)) ?? [];
    if (candidates.length > 1) {
      // The series' ids as data, listed in the reader's language by wordImportError.
      throw importError(
        "ambiguous-mapping",
        "mapping/several-series",
        {
          title,
          series: joinList(quoted(candidates), "en"),
          seriesIds: JSON.stringify(candidates),
        },
        { location: figure.location, hintId: "mapping/several-series-hint" },
      );
    }
    return candidates[0];
  };

  for await (const figure of figures) {
    count++;
    dataset ??= figure.dataset;
    file ??= figure.location.file;
    const area = matchArea(figure);
    if (!area) {
      otherAreas++;
      const name = figure.region.name;
      if (name !== undefined && !isRollUp(figure.region.kind)) {
        const plain = plainMunicipalityName(name).toLowerCase();
        for (const [id, names] of wantedNames) {
          if (names.has(plain)) near.set(id, (near.get(id) ?? new Set()).add(name));
        }
      }
      continue;
    }
    matchedAreas.add(area.id);
    const inhabitants =
      isPopulationTopic(figure.topic) && target.series.order.has(POPULATION_SERIES);
    if (!figure.registeredCrimes && !inhabitants) {
      otherTopics.set(figure.topic, (otherTopics.get(figure.topic) ?? 0) + 1);
      continue;
    }
    const period = parsePeriodOrThrow(figure.period);
    if (
      (from !== undefined && monthIndex(period, false) < from) ||
      (to !== undefined && monthIndex(period, true) > to)
    ) {
      outsidePeriod++;
      continue;
    }
    const series = inhabitants ? POPULATION_SERIES : matchSeries(figure);
    if (!series) {
      const { classification, code, title } = figure.crime;
      const id = code !== undefined ? `${classification ?? "?"}:${code}` : `title:${title ?? ""}`;
      const entry = unmapped.get(id);
      unmapped.set(id, {
        ...(classification && { classification }),
        ...(code !== undefined && { code }),
        ...(title !== undefined && { title }),
        figures: (entry?.figures ?? 0) + 1,
      });
      continue;
    }
    // The figure rules `ivp validate` applies (a count is whole and not
    // negative): what an import writes, validate accepts.
    const unit = target.series.units?.get(series);
    const problem =
      figure.value !== null && unit !== undefined ? checkFigure(figure.value, unit) : undefined;
    if (problem) {
      throw importError(
        "malformed-file",
        "mapping/impossible-figure",
        {
          value: String(figure.value),
          series,
          problem: describeFigureProblem(problem, "en"),
          problemId: problem,
        },
        { location: figure.location, hintId: "mapping/impossible-figure-hint" },
      );
    }
    const observation: ImportedObservation = {
      series,
      area: area.id,
      period: figure.period,
      value: figure.value,
      provisional: figure.provisional,
      location: figure.location,
    };
    const k = key(series, area.id, figure.period);
    const earlier = taken.get(k);
    if (earlier) {
      if (earlier.value === figure.value) continue;
      // A missing value (null) is a word, worded in the reader's language by wordImportError.
      throw importError(
        "ambiguous-mapping",
        "mapping/two-figures",
        {
          series,
          area: area.label,
          period: figure.period,
          earlier: earlier.value ?? importText("en", "mapping/missing"),
          earlierAt: formatLocation(earlier.location),
          value: figure.value ?? importText("en", "mapping/missing"),
          ...(earlier.value === null && { earlierMissing: 1 }),
          ...(figure.value === null && { valueMissing: 1 }),
        },
        { location: figure.location, hintId: "mapping/two-figures-hint" },
      );
    }
    taken.set(k, observation);
  }

  const municipality = target.areas.find((a) => a.isMunicipality);
  if (municipality && !matchedAreas.has(municipality.id) && count > 0) {
    const candidates = [...(near.get(municipality.id) ?? [])];
    const names = joinList(quoted(municipality.names), "en", "or");
    throw importError(
      "unknown-municipality",
      municipality.names.length > 0 ? "plan/no-figures-for-names" : "plan/no-figures-for",
      {
        municipality: municipality.label,
        names,
        nameList: JSON.stringify(municipality.names),
        candidates: candidates.map((c) => `"${c}"`).join(", "),
      },
      {
        location: { file: file ?? "" },
        hintId: candidates.length > 0 ? "plan/candidates-hint" : "plan/no-figures-hint",
      },
    );
  }
  return {
    observations: [...taken.values()],
    skipped: {
      figures: count,
      otherAreas,
      otherTopics,
      unmappedCrimeTypes: unmapped,
      outsidePeriod,
    },
    ...(dataset && { dataset }),
  };
}
