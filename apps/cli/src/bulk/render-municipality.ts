import { writeFileSync } from "node:fs";
import {
  type BulkMunicipality,
  type FillTemplateOptions,
  fillTemplate,
  type ObservationColumns,
  observationsFromColumns,
  type PlanSourceEntry,
} from "@ivp/importers";
import { IvpError, type Language, type Observation, type Plan } from "@ivp/model";
import {
  evaluatePlan,
  type Overview,
  type OverviewEntry,
  type OverviewFormat,
  type ReportFormat,
  renderOverview,
  renderReport,
  renderReportHtmlChunks,
  summariseForOverview,
  UnchangedPlans,
} from "@ivp/report";
import { say } from "../messages/say.ts";

/**
 * A plan template as a job carries it: its key (the run's templates differ
 * by period only), and the template itself unless the thread that renders
 * the job has it already (render-pool.ts sends it once per worker).
 */
export interface TemplateRef {
  readonly key: string;
  readonly plan?: Plan;
}

/**
 * What a municipality's plan is made of when the thread that renders it
 * makes it (planFromRecipe): a few hundred bytes instead of the 7.5 kB plan,
 * which the main thread cloned into each job (41-101 ms for the 342 plans of
 * the 1x set) and the workers out of it again (84-139 ms), after the main
 * thread had instantiated it.
 */
export interface PlanRecipe {
  readonly template: TemplateRef;
  readonly municipality: BulkMunicipality;
  /** The target of an indicator without one (see `instantiatePlan`). */
  readonly defaultChange: number;
  /**
   * The source of inhabitants from `--population` (`POPULATION_SOURCE`),
   * added to the plan when it lacks it; none without `--population`. In the
   * recipe rather than imported here: its module brings the YAML package
   * into the workers' bundle.
   */
  readonly populationSource?: PlanSourceEntry;
}

/** One municipality's report to render: its plan (or what it is made of), its figures and where the report goes. */
export interface RenderJob {
  readonly plan: Plan | PlanRecipe;
  /**
   * The municipality's figures of crimes (`MunicipalityFigures.observationColumns`:
   * one observation per series and whole year, its figure, and per other
   * period), the first of the report's observations; a recipe's plan takes
   * its baselines from them.
   */
  readonly figures?: ObservationColumns;
  /** The report's other observations (inhabitants), after the figures; or all of them, without `figures`. */
  readonly observations: readonly Observation[];
  readonly lang: Language;
  readonly format: ReportFormat;
  /** The report's path in the output directory, as the overview links it. */
  readonly path: string;
  /** The file the report is written to: its place in the output's staging directory. */
  readonly file: string;
  readonly codeIsSynthetic: boolean;
}

/** Whether a job's plan is a recipe (made by the thread that renders it) rather than a plan. */
export const isRecipe = (plan: Plan | PlanRecipe): plan is PlanRecipe => "template" in plan;

/** The templates this thread was sent, by key (a run has one, or two when its period is redone). */
const templates = new Map<string, Plan>();

/**
 * A municipality's plan: the template filled in for it (`fillTemplate`, by
 * default), its baselines from its figures (a year's figure is the one
 * `MunicipalityFigures.year` gives: the figures have one observation per
 * whole year, none for another), with the source of inhabitants added as
 * `ivp bulk` adds it. The workers make most plans with it; `ivp bulk` makes
 * those it checks against the schema (the first of the built-in template,
 * every plan of a user's) in its main thread, with `instantiatePlan` as
 * `fill` (the workers' bundle has no schema): one way either way.
 *
 * @param template - the template, for the recipe's period
 * @param figures - the municipality's figures of crimes (see {@link RenderJob.figures})
 * @param fill - what fills the template in (`instantiatePlan` checks the result too)
 */
export function planFromRecipe(
  template: Plan,
  recipe: PlanRecipe,
  figures: ObservationColumns,
  fill: (template: Plan, options: FillTemplateOptions) => Plan = fillTemplate,
): Plan {
  const years = new Map<string, Map<string, number | null>>();
  for (let i = 0; i < figures.series.length; i++) {
    const series = figures.series[i] as string;
    let periods = years.get(series);
    if (!periods) {
      periods = new Map();
      years.set(series, periods);
    }
    periods.set(figures.periods[i] as string, figures.values[i] as number | null);
  }
  const filled = fill(template, {
    municipality: recipe.municipality,
    yearFigure: (series, year) => years.get(series)?.get(String(year)),
    defaultChange: recipe.defaultChange,
  });
  // Inhabitants from --population are CBS's, never the police source.
  const added = recipe.populationSource;
  return added && !filled.sources.some((source) => source.id === added.id)
    ? { ...filled, sources: [...filled.sources, added] }
    : filled;
}

/** A job's plan: the one it carries, or the one its recipe makes with the template this thread was sent. */
function planOf(job: RenderJob): Plan {
  if (!isRecipe(job.plan)) return job.plan;
  const { template } = job.plan;
  if (template.plan) templates.set(template.key, template.plan);
  const plan = templates.get(template.key);
  if (!plan)
    throw new IvpError("internal", say("internal", "template-missing", { key: template.key }));
  if (!job.figures) throw new IvpError("internal", say("internal", "recipe-without-figures"));
  return planFromRecipe(plan, job.plan, job.figures);
}

/** A job's observations: its figures', then the others. */
function observationsOf(job: RenderJob): readonly Observation[] {
  if (!job.figures) return job.observations;
  const observations = observationsFromColumns(job.figures);
  for (const observation of job.observations) observations.push(observation);
  return observations;
}

/**
 * What this thread's HTML reports keep from one to the next: the plans it
 * renders (made here from a template, or sent whole) are never changed once
 * made, so what depends only on the arrays they share with their template
 * (the Kernbeleid section) is written once for them all (see `UnchangedPlans`).
 */
const unchanged = new UnchangedPlans();

/**
 * The buffer this thread encodes its HTML reports into, reused from report
 * to report (and grown when one needs more).
 */
let encoded = Buffer.alloc(0);

/**
 * Writes the pieces of a report (renderReportHtmlChunks) to a file as UTF-8,
 * one after another: the bytes of their concatenation (each piece starts
 * with markup, never inside a character of two UTF-16 units).
 *
 * Why not `writeFileSync(file, text)`: the whole report is one string of
 * some 155,000 two-byte characters, which V8 first copies into one flat
 * string, at 310 kB in its space for large objects (fresh memory from the
 * system each time, some 77 page faults a report), and which Node then
 * measures and encodes into a buffer it allocates. A piece here is at most a
 * section or an indicator's article, flattened in the young generation and
 * encoded straight into a buffer that stays.
 */
function writeChunks(file: string, chunks: readonly string[]): void {
  let length = 0;
  for (const chunk of chunks) {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const needed = length + chunk.length * 3;
    if (needed > encoded.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, encoded.length * 2, 1 << 20));
      encoded.copy(grown, 0, 0, length);
      encoded = grown;
    }
    length += encoded.write(chunk, length);
  }
  writeFileSync(file, encoded.subarray(0, length));
}

/**
 * Evaluates and renders one municipality's report, writes it to `job.file`
 * and returns its line in the overview: the work `ivp bulk` spreads over
 * worker threads (render-pool.ts). The same job gives the same bytes in any
 * thread. The thread that renders a report writes it: handing 150 kB of text
 * (two bytes a character) to the main thread to write cost the worker as
 * much as a fifth of its time, and the main thread as much again. The file
 * is in the staging directory, which the main thread renames into place (or
 * removes) once every report is done.
 */
export function renderAndWrite(job: RenderJob): OverviewEntry {
  const observations = observationsOf(job);
  const evaluated = evaluatePlan(planOf(job), { observations, lang: job.lang });
  const report =
    job.format === "html"
      ? renderReportHtmlChunks(evaluated, { unchanged })
      : renderReport(evaluated, job.format);
  const summary = summariseForOverview(evaluated, {
    report: job.path,
    codeIsSynthetic: job.codeIsSynthetic,
    // The inhabitants among the figures (series inwoners) give the rates per 1,000.
    observations,
  });
  if (typeof report === "string") writeFileSync(job.file, report);
  else writeChunks(job.file, report);
  return summary;
}

/** One page of the overview to write: the overview, its format and the file it goes to. */
export interface OverviewJob {
  readonly overview: Overview;
  readonly format: OverviewFormat;
  /** The page's place in the output's staging directory. */
  readonly file: string;
}

/**
 * Renders one page of the overview and writes it to `job.file`: what `ivp
 * bulk` hands a worker after the last report (render-pool.ts), whose code for
 * numbers and markup is warm from the reports, while the main thread writes
 * another page. The same job gives the same bytes in any thread.
 */
export function writeOverview(job: OverviewJob): null {
  writeFileSync(job.file, renderOverview(job.overview, job.format));
  return null;
}
