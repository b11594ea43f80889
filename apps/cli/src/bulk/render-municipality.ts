import { writeFileSync } from "node:fs";
import type { Language, Observation, Plan } from "@ivp/model";
import {
  evaluatePlan,
  type OverviewEntry,
  type ReportFormat,
  renderReport,
  summariseForOverview,
} from "@ivp/report";

/** One municipality's report to render: its plan, its figures and where the report goes. */
export interface RenderJob {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
  readonly lang: Language;
  readonly format: ReportFormat;
  /** The report's path in the output directory, as the overview links it. */
  readonly path: string;
  /** The file the report is written to: its place in the output's staging directory. */
  readonly file: string;
  readonly codeIsSynthetic: boolean;
}

/** A rendered report and its line in the overview. */
export interface RenderedReport {
  readonly text: string;
  readonly summary: OverviewEntry;
}

/**
 * Evaluates and renders one municipality's report: the work `ivp bulk` spreads
 * over worker threads (render-pool.ts). Pure: the same job gives the same
 * bytes in any thread.
 */
function renderMunicipality(job: RenderJob): RenderedReport {
  const evaluated = evaluatePlan(job.plan, { observations: job.observations, lang: job.lang });
  return {
    text: renderReport(evaluated, job.format),
    summary: summariseForOverview(evaluated, {
      report: job.path,
      codeIsSynthetic: job.codeIsSynthetic,
      // The inhabitants among the figures (series inwoners) give the rates per 1,000.
      observations: job.observations,
    }),
  };
}

/**
 * Renders one municipality's report ({@link renderMunicipality}), writes it to
 * `job.file` and returns its line in the overview. The thread that renders a
 * report writes it: handing 150 kB of text (two bytes a character) to the
 * main thread to write cost the worker as much as a fifth of its time, and
 * the main thread as much again. The file is in the staging directory, which
 * the main thread renames into place (or removes) once every report is done.
 */
export function renderAndWrite(job: RenderJob): OverviewEntry {
  const { text, summary } = renderMunicipality(job);
  writeFileSync(job.file, text);
  return summary;
}
