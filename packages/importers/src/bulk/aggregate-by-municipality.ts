import type { SourceLocation } from "@ivp/model";
import { formatLocation } from "@ivp/plan-file";
import type { TargetSeries } from "../mapping/import-target.ts";
import { importError, importText } from "../messages/say.ts";
import type { DatasetInfo, SourceFigure } from "../source-figure.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { type ClassifiedFigures, FigureClassifier } from "./classify-figures.ts";
import { CollectedMunicipality, type MunicipalityFigures } from "./municipality-figures.ts";
import type { SeriesCells } from "./series-cells.ts";

/** What a bulk run read and left aside. */
export interface BulkReadSummary {
  readonly dataset?: DatasetInfo;
  /** Every figure read. */
  readonly figures: number;
  /** Figures of the template's series for the municipalities kept. */
  readonly used: number;
  /** Registered-crime figures of regions that are not municipalities (the country, police regions, ...) or not asked for. */
  readonly otherRegions: number;
  /** Figures of other topics (reports, online reports, ...), of any region. */
  readonly otherTopics: number;
  /** Figures of crime types the template has no series for. */
  readonly otherCrimeTypes: number;
  /**
   * Whether each municipality's figures came together in one stretch of the
   * file (a StatLine download: one row per municipality), so its report could
   * be written as soon as the next one began.
   */
  readonly grouped: boolean;
}

/** Options of {@link aggregateByMunicipality}. */
export interface AggregateByMunicipalityOptions {
  /** The template's series by crime-type code (see `buildImportTarget`). */
  readonly series: TargetSeries;
  /** Only these municipality codes. Default every municipality in the file. */
  readonly only?: ReadonlySet<string>;
  /**
   * Called with a municipality as soon as its stretch of the file has ended
   * and it has figures for every series of the template; awaited, so writing a
   * report slows reading down instead of piling up. A municipality whose
   * figures turn up again later is handed out once more at the end (the file
   * is then not grouped).
   */
  readonly onComplete?: (figures: MunicipalityFigures) => void | Promise<void>;
}

/** The result of {@link aggregateByMunicipality}. */
export interface AggregateResult {
  /** Every municipality read, in the order of its first figure. */
  readonly municipalities: readonly MunicipalityFigures[];
  /** Codes of the municipalities handed to `onComplete` and never seen again. */
  readonly completed: ReadonlySet<string>;
  readonly summary: BulkReadSummary;
}

const MONTH = /^(\d{4})-(\d{2})$/;

const YEAR = /^\d{4}$/;

/** A period as its figures are collected: a month, a whole year, or another period. */
interface PeriodSlot {
  readonly kind: "month" | "year" | "other";
  readonly period: string;
  readonly year: number;
  readonly month: number;
}

function periodSlot(period: string): PeriodSlot {
  const month = MONTH.exec(period);
  if (month) return { kind: "month", period, year: Number(month[1]), month: Number(month[2]) };
  if (YEAR.test(period)) return { kind: "year", period, year: Number(period), month: 0 };
  return { kind: "other", period, year: 0, month: 0 };
}

/**
 * Reads the figures of a whole open-data file (see `readSourceFile`) and
 * collects, per municipality, the registered crimes of the crime types a
 * template has series for: months (summed to whole years), years and other
 * periods. Everything else is counted and left aside: the country, police
 * regions and other roll-ups (never added to their parts), other topics,
 * other crime types. Memory grows with municipalities x series x periods,
 * never with the number of rows: a file four times as long over the same
 * municipalities and months needs the same memory.
 *
 * Municipalities are known by code (OData) or StatLine name; a name whose code
 * ivp has not verified gets its synthetic code (see `codeOrSyntheticCode`). Two
 * different figures for the same municipality, series and period are an
 * {@link ImportError}, as in `ivp import`.
 *
 * @param figures - the figures of a file, one by one or in arrays (`readSourceFileChunks`: the
 *   same figures without a promise per figure)
 * @param options - the template's series, which municipalities, and what to do with a complete one
 * @returns every municipality's figures and what was left aside
 * @example
 * const { municipalities } = await aggregateByMunicipality(readSourceFile("47013NED.json"), { series: buildImportTarget(plan).series });
 * municipalities[0].year("woninginbraken", 2023) //=> 31
 */
export async function aggregateByMunicipality(
  figures: AsyncIterable<SourceFigure | readonly SourceFigure[] | ClassifiedFigures>,
  options: AggregateByMunicipalityOptions,
): Promise<AggregateResult> {
  const { series } = options;
  const required = new Set(series.byCode.values());
  const collected = new Map<string, CollectedMunicipality>();
  const completed = new Set<string>();
  const classifier = new FigureClassifier(series, options.only);
  const counts = classifier.counts;
  let current: CollectedMunicipality | undefined;
  let grouped = true;
  let dataset: DatasetInfo | undefined;
  let used = 0;

  const finish = async (done: CollectedMunicipality | undefined) => {
    if (!done || !options.onComplete || !grouped || !done.hasEvery(required)) return;
    completed.add(done.municipality.code);
    await options.onComplete(done);
  };

  /** Every period seen, as collected (a national file has a few hundred, and a million figures). */
  const slots = new Map<string, PeriodSlot>();
  /** The months of the file so far (`year * 12 + month - 1`): what a series is made room for at once. */
  const span = { first: 0, end: 0 };
  const slotOf = (period: string): PeriodSlot => {
    let slot = slots.get(period);
    if (slot === undefined) {
      slot = periodSlot(period);
      slots.set(period, slot);
      if (slot.kind === "month") {
        const index = slot.year * 12 + slot.month - 1;
        if (span.end === span.first) {
          span.first = index;
          span.end = index + 1;
        } else {
          span.first = Math.min(span.first, index);
          span.end = Math.max(span.end, index + 1);
        }
      }
    }
    return slot;
  };
  /** The series last collected into, and of which municipality: consecutive figures mostly share it. */
  let lastCells: SeriesCells | undefined;
  let lastId: string | undefined;

  /**
   * Adds one figure of a municipality and series; returns the municipality
   * whose stretch of the file it ended, if any, for `finish`. Its place is
   * `location`, or else `file`, `line` and `column` (made into a location
   * only when one is needed).
   */
  const collect = (
    municipality: BulkMunicipality,
    id: string,
    slot: PeriodSlot,
    value: number | null,
    location: SourceLocation | undefined,
    file: string,
    line: number,
    column: number,
  ): CollectedMunicipality | undefined => {
    let ended: CollectedMunicipality | undefined;
    if (current?.municipality.code !== municipality.code) {
      const previous = current;
      current = collected.get(municipality.code);
      if (current) {
        // Seen before: the file is not grouped by municipality.
        grouped = false;
        completed.delete(municipality.code);
      } else {
        current = new CollectedMunicipality(
          municipality,
          location ?? { file, line, column },
          series.order,
          span,
        );
        collected.set(municipality.code, current);
      }
      ended = previous;
      lastCells = undefined;
    }
    if (lastCells === undefined || id !== lastId) {
      lastCells = current.cells(id);
      lastId = id;
    }
    const cells = lastCells;
    const result =
      slot.kind === "month"
        ? cells.setMonth(slot.year, slot.month, value)
        : slot.kind === "year"
          ? cells.setYear(slot.year, value)
          : cells.setOther(slot.period, value);
    if (result.kind === "conflict") {
      const missing = importText("en", "mapping/missing");
      throw importError(
        "ambiguous-mapping",
        "bulk/second-figure",
        {
          series: id,
          municipality: `${municipality.name} (${municipality.code})`,
          period: slot.period,
          value: value ?? missing,
          earlier: result.earlier ?? missing,
          ...(value === null && { valueMissing: 1 }),
          ...(result.earlier === null && { earlierMissing: 1 }),
          code: municipality.code,
          first: formatLocation(current.location),
        },
        { location: location ?? { file, line, column }, hintId: "bulk/second-figure-hint" },
      );
    }
    current.figures++;
    used++;
    return ended;
  };

  const add = (figure: SourceFigure): CollectedMunicipality | undefined => {
    dataset ??= figure.dataset;
    if (!classifier.classify(figure)) return undefined;
    return collect(
      classifier.municipality as BulkMunicipality,
      classifier.series as string,
      slotOf(figure.period),
      figure.value,
      figure.location,
      "",
      0,
      0,
    );
  };

  for await (const item of figures) {
    if (!Array.isArray(item)) {
      if ("classified" in item) {
        await addClassified(item);
        continue;
      }
      const ended = add(item as SourceFigure);
      if (ended) await finish(ended);
      continue;
    }
    for (const figure of item as readonly SourceFigure[]) {
      const ended = add(figure);
      if (ended) await finish(ended);
    }
  }
  await finish(current);
  return {
    municipalities: [...collected.values()],
    completed,
    summary: {
      ...(dataset && { dataset }),
      figures: counts.figures,
      used,
      otherRegions: counts.otherRegions,
      otherTopics: counts.otherTopics,
      otherCrimeTypes: counts.otherCrimeTypes,
      grouped,
    },
  };

  async function addClassified(item: ClassifiedFigures): Promise<void> {
    dataset ??= item.dataset;
    counts.figures += item.counts.figures;
    counts.otherRegions += item.counts.otherRegions;
    counts.otherTopics += item.counts.otherTopics;
    counts.otherCrimeTypes += item.counts.otherCrimeTypes;
    const { used: cells, values, file } = item;
    const periods = item.periods.map(slotOf);
    for (let i = 0, j = 0; i < values.length; i++, j += 5) {
      const value = values[i] as number;
      const ended = collect(
        item.municipalities[cells[j] as number] as BulkMunicipality,
        item.series[cells[j + 1] as number] as string,
        periods[cells[j + 2] as number] as PeriodSlot,
        Number.isNaN(value) ? null : value,
        undefined,
        file,
        cells[j + 3] as number,
        cells[j + 4] as number,
      );
      if (ended) await finish(ended);
    }
  }
}
