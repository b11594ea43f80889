import type { Period, SourceLocation } from "@ivp/model";
import { checkFigure, describeFigureProblem, parsePeriodOrThrow } from "@ivp/model";
import { formatLocation } from "@ivp/plan-file";
import { normaliseTitle } from "../crime-types/crime-types.ts";
import { ImportError } from "../import-error.ts";
import { importError } from "../messages/say.ts";
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
          throw new ImportError(
            "ambiguous-mapping",
            `the file's "${name}" is ${code} in ivp's table of municipalities, but the plan gives ${area.label} the code ${area.code}`,
            {
              location: figure.location,
              hint: "check the municipality's code in the plan, or set municipality.statlineName to the name StatLine uses",
            },
          );
        }
        return code === area.code;
      }
      return sameName;
    });
    if (matches.length > 1) {
      throw new ImportError(
        "ambiguous-mapping",
        `"${name ?? code}" fits several areas of the plan: ${matches.map((m) => m.label).join(", ")}`,
        { location: figure.location, hint: "give each area its own code and name" },
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
      throw new ImportError(
        "ambiguous-mapping",
        `the crime type "${title}" fits the series ${candidates.map((c) => `"${c}"`).join(" and ")}`,
        {
          location: figure.location,
          hint: "give the series that should take these figures its crime-type code in codes, or another label",
        },
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
      throw new ImportError(
        "malformed-file",
        `the figure ${figure.value} for ${series} is not possible: ${describeFigureProblem(problem, "en")}`,
        {
          location: figure.location,
          hint: "check the file against its source; nothing was written",
        },
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
      throw new ImportError(
        "ambiguous-mapping",
        `two different figures for ${series}, ${area.label}, ${figure.period}: ${earlier.value ?? "missing"} at ${formatLocation(earlier.location)} and ${figure.value ?? "missing"} here`,
        { location: figure.location, hint: "the file has the same figure twice; remove one" },
      );
    }
    taken.set(k, observation);
  }

  const municipality = target.areas.find((a) => a.isMunicipality);
  if (municipality && !matchedAreas.has(municipality.id) && count > 0) {
    const candidates = [...(near.get(municipality.id) ?? [])];
    const names = municipality.names.map((n) => `"${n}"`).join(" or ");
    throw importError(
      "unknown-municipality",
      municipality.names.length > 0 ? "plan/no-figures-for-names" : "plan/no-figures-for",
      {
        municipality: municipality.label,
        names,
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
