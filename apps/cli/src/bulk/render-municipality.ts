import { writeFileSync } from "node:fs";
import type { Language, Observation, Plan } from "@ivp/model";
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
  const evaluated = evaluatePlan(job.plan, { observations: job.observations, lang: job.lang });
  const report =
    job.format === "html" ? renderReportHtmlChunks(evaluated) : renderReport(evaluated, job.format);
  const summary = summariseForOverview(evaluated, {
    report: job.path,
    codeIsSynthetic: job.codeIsSynthetic,
    // The inhabitants among the figures (series inwoners) give the rates per 1,000.
    observations: job.observations,
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
