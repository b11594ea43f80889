import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  aggregateByMunicipality,
  buildImportTarget,
  createBulkTemplate,
  derivePlanPeriod,
  instantiatePlan,
  type MunicipalityFigures,
  type PlanPeriod,
  POPULATION_SOURCE,
  type PopulationByMunicipality,
  populationByMunicipality,
  populationObservations,
  WholeYears,
} from "@ivp/importers";
import { classifySourceFile, readSourceFile, sourceFormatOf } from "@ivp/importers/node";
import { type Language, type Plan, slugify } from "@ivp/model";
import { createOverview, type OverviewEntry, type ReportFormat, renderOverview } from "@ivp/report";
import { OutputDirectory } from "../../bulk/output-directory.ts";
import { ProgressBar } from "../../bulk/progress.ts";
import { readPagesInParallel } from "../../bulk/read-pages-in-parallel.ts";
import { type PlanRecipe, planFromRecipe } from "../../bulk/render-municipality.ts";
import { RenderPool, type WorkerFiles } from "../../bulk/render-pool.ts";
import { resolveMunicipalityList } from "../../bulk/resolve-municipality-list.ts";
import { tuneV8ForBulk } from "../../bulk/v8-tuning.ts";
import { CliError, usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { failOnImportError } from "../../import-error-to-cli.ts";
import { inputFiles, readPlanOrFail } from "../../load-plan-or-fail.ts";
import { messageLanguage } from "../../message-language.ts";
import { decimal, grouped, say } from "../../messages/say.ts";
import type { ParsedCommandArgs } from "../command.ts";

/** The name of the built-in template. */
export const BUILT_IN_TEMPLATE = "politie";

/** The overview files every run writes, next to the reports. */
const OVERVIEW_FILES = { html: "index.html", md: "index.md", json: "index.json" } as const;

interface BulkOptions {
  readonly source: string;
  readonly out: string;
  readonly format: ReportFormat;
  readonly lang: Language | undefined;
  readonly period: PlanPeriod | undefined;
  readonly targetChange: number;
  readonly template: string;
  readonly only: ReadonlySet<string> | undefined;
  /** The file of inhabitants (`--population`), if any. */
  readonly population: string | undefined;
  readonly force: boolean;
  readonly quiet: boolean;
  /** Reports rendered at once; undefined: the default. */
  readonly jobs: number | undefined;
}

function readOptions(args: ParsedCommandArgs): BulkOptions {
  const option = (name: string) => args.options[name] as string | undefined;
  const out = option("out");
  if (out === undefined) throw usageError(say("bulk", "out-required"), "bulk");
  const periodText = option("period");
  let period: PlanPeriod | undefined;
  if (periodText !== undefined) {
    const match = /^(\d{4})-(\d{4})$/.exec(periodText.trim());
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (!match || end < start) {
      throw usageError(say("bulk", "period-invalid", { value: periodText }), "bulk");
    }
    period = { start, end };
  }
  const changeText = option("target-change") ?? "-10";
  const targetChange = Number(changeText);
  if (changeText.trim() === "" || !Number.isFinite(targetChange) || targetChange <= -100) {
    throw usageError(say("bulk", "target-change-invalid", { value: changeText }), "bulk");
  }
  const jobsText = option("jobs");
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
    throw usageError(say("bulk", "jobs-invalid", { value: String(jobsText) }), "bulk");
  }
  const list = option("municipalities");
  return {
    source: args.positionals[0] as string,
    out,
    format: (option("format") ?? "html") as ReportFormat,
    lang: option("lang") as Language | undefined,
    period,
    targetChange,
    template: option("template") ?? BUILT_IN_TEMPLATE,
    only: list === undefined ? undefined : resolveMunicipalityList(list),
    population: option("population"),
    force: args.options.force === true,
    quiet: args.options.quiet === true,
    jobs,
  };
}

/**
 * The worker's files next to this command's bundle (dist/bulk-worker.js and
 * the bundle it compiles, dist/bulk-render.js); none when running from the
 * TypeScript sources (tests), which render in-thread.
 */
function workerScript(): WorkerFiles | undefined {
  return import.meta.url.endsWith(".js")
    ? {
        entry: new URL("../bulk-worker.js", import.meta.url),
        bundle: fileURLToPath(new URL("../bulk-render.js", import.meta.url)),
      }
    : undefined;
}

/** A path as the user reads it best: relative to the working directory when it lies inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** The key of a period's template (the run's templates differ by period only). */
const templateKey = (period: PlanPeriod) => `${period.start}-${period.end}`;

const samePeriod = (a: PlanPeriod | undefined, b: PlanPeriod | undefined) =>
  a?.start === b?.start && a?.end === b?.end;

/**
 * Loads ICU's collation data, which the overview's sort by name (a Dutch
 * `Intl.Collator`, createOverview) needs: V8 loads it at the first collator
 * of a process, 53-183 ms in a fresh `node` on this (loaded) machine, a
 * later collator then takes some 0.05 ms. Called while the workers render
 * the first reports, when this thread would wait for one of them; else it
 * was paid after the last report, while nothing else ran.
 */
function loadCollation(): void {
  new Intl.Collator("nl").compare("", "");
}

/** What the run did with the file of inhabitants, for the summary on the terminal. */
function populationSummary(
  population: PopulationByMunicipality,
  found: ReadonlySet<string>,
  file: string,
  without: number,
): string {
  const used = [...population.byCode.keys()].filter((code) => found.has(code)).length;
  const unused = population.byCode.size - used;
  return say("bulk", "population", {
    file,
    used,
    count: found.size,
    without: without > 0 ? say("bulk", "population-without", { count: without }) : "",
    unused: unused > 0 ? say("bulk", "population-unused", { count: unused }) : "",
  });
}

/** `ivp bulk <data-file> --out DIR`: returns the exit code. */
export async function runBulk(args: ParsedCommandArgs): Promise<number> {
  const options = readOptions(args);
  tuneV8ForBulk();
  const started = performance.now();
  // Reports render on worker threads: one per CPU, none for a handful of
  // municipalities (starting a worker costs more than rendering a few). The
  // workers start at once (after V8's flags are set, which they share): they
  // load while this thread reads the template and the first figures.
  const jobs =
    options.jobs ?? (options.only && options.only.size <= 8 ? 1 : availableParallelism());
  const pool = new RenderPool(jobs, workerScript());
  pool.start();
  try {
    return await runWithPool(options, pool, started);
  } finally {
    // Stopped at the end (already, on success) or on any failure before then.
    await pool.close();
  }
}

async function runWithPool(
  options: BulkOptions,
  pool: RenderPool,
  started: number,
): Promise<number> {
  const sourcePath = resolve(options.source);
  const shownSource = shown(sourcePath);

  // The template: the built-in one (its period known only once figures are read), or a plan.
  const loaded =
    options.template === BUILT_IN_TEMPLATE ? undefined : await readPlanOrFail(options.template);
  const fixedPeriod = options.period ?? loaded?.plan.period;
  const templates = new Map<string, Plan>();
  // The built-in template's plan text is parsed once, for the first period
  // asked (the series to read); another period's is made from that one.
  let builtIn: Plan | undefined;
  const templateFor = (period: PlanPeriod): Plan => {
    const key = templateKey(period);
    let plan = templates.get(key);
    if (!plan) {
      if (loaded) {
        plan = { ...loaded.plan, period: { start: period.start, end: period.end } };
      } else {
        plan = createBulkTemplate({
          period,
          targetChange: options.targetChange,
          ...(builtIn && { from: builtIn }),
        });
        builtIn ??= plan;
      }
      templates.set(key, plan);
    }
    return plan;
  };
  // What is wrong with an input file, in the language of --lang, else IVP_LANG
  // (and a broken built-in template, a bug, reported in that language too).
  const failOnInputError = <T>(action: () => Promise<T>): Promise<T> =>
    failOnImportError(action, messageLanguage(options.lang));
  const shape = await failOnInputError(async () =>
    templateFor(fixedPeriod ?? { start: 2000, end: 2003 }),
  );
  const series = buildImportTarget(shape).series;
  const seriesIds = [...new Set(series.byCode.values())];
  if (seriesIds.length === 0) {
    throw new CliError(
      say("bulk", "template-without-codes", { template: options.template }),
      EXIT.invalidInput,
    );
  }
  const openData = shape.sources.filter((s) => s.kind === "open-data");
  const sourceId = openData.length === 1 ? openData[0]?.id : undefined;
  const lang = options.lang ?? shape.language;
  const indicators = shape.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit }));

  let totalBytes: number | undefined;
  try {
    totalBytes = (await stat(sourcePath)).size;
  } catch {
    // readSourceFile says what is wrong with the file.
  }
  // The inhabitants, read whole before anything is written: a bad file fails at once.
  const populationPath = options.population === undefined ? undefined : resolve(options.population);
  const population =
    populationPath === undefined
      ? undefined
      : await failOnInputError(() =>
          populationByMunicipality(readSourceFile(populationPath), shown(populationPath)),
        );
  const output = await OutputDirectory.open(options.out, {
    force: options.force,
    inputs: [
      sourcePath,
      ...(populationPath ? [populationPath] : []),
      ...(loaded ? inputFiles(loaded) : []),
    ],
  });
  const bar = ProgressBar.create({ stream: process.stderr, quiet: options.quiet });
  const progress = {
    bytes: 0,
    totalBytes: undefined as number | undefined,
    reports: 0,
    totalReports: undefined as number | undefined,
  };
  const entries = new Map<string, OverviewEntry>();
  let period = fixedPeriod;
  // The whole years of the file so far, when the period comes from the figures.
  const wholeYears = fixedPeriod === undefined ? new WholeYears(seriesIds) : undefined;

  // The reports being rendered; each writes its file and its overview line when done.
  let rendering: Promise<void>[] = [];
  // Plans ivp makes from its own built-in template are valid by construction:
  // the first is checked against the schema (so a broken template fails at
  // once), the others are not. A user's template is checked every time.
  let checked = false;
  let failure: unknown;
  // Whether ICU's collation data is loaded (see loadCollation).
  let collationLoaded = false;
  const render = async (figures: MunicipalityFigures, at: PlanPeriod): Promise<void> => {
    if (failure !== undefined) throw failure;
    const { municipality } = figures;
    // The municipality's figures as columns (cloned into the job some five
    // times faster than as observations; the worker makes them into observations).
    const columns = figures.observationColumns(sourceId === undefined ? {} : { source: sourceId });
    const inhabitants = population?.byCode.get(municipality.code);
    const observations = inhabitants
      ? populationObservations(inhabitants, { source: POPULATION_SOURCE.id })
      : [];
    const template = templateFor(at);
    const recipe: PlanRecipe = {
      template: { key: templateKey(at), plan: template },
      municipality,
      defaultChange: options.targetChange,
      ...(population && { populationSource: POPULATION_SOURCE }),
    };
    // A plan checked against the schema is made here: a template that makes
    // no valid plan fails the run at once, its problem in the reader's
    // language (the workers have no schema). The worker that renders a report
    // makes any other plan itself, from the template it is sent once.
    const checkedPlan = () =>
      planFromRecipe(template, recipe, columns, (from, fill) =>
        instantiatePlan(from, { ...fill, lang: messageLanguage(options.lang) }),
      );
    // A user's template: each plan checked before its report is handed out,
    // which renders the checked plan. The built-in template's first: with
    // workers, checked once its recipe is handed out (below), while a worker
    // renders it: the check (the schema's code cold, 14-30 ms) was on the
    // path to the first report. Without workers, checked first (the report
    // renders here, in submit). Either way the report renders the recipe's
    // plan, as every other report of the run does: the checked plan has the
    // schema's order of keys, which a JSON report would show.
    const checkFirst = loaded === undefined && !checked;
    const checkAfter = checkFirst && pool.threaded;
    if (checkFirst && !checkAfter) checkedPlan();
    const plan = loaded !== undefined ? checkedPlan() : recipe;
    checked = true;
    const path = `gemeenten/${municipality.code}-${slugify(municipality.name) || "gemeente"}.${options.format}`;
    const { report } = await pool.submit({
      plan,
      figures: columns,
      observations,
      lang,
      format: options.format,
      path,
      file: await output.stage(path),
      codeIsSynthetic: municipality.codeIsSynthetic,
    });
    if (!collationLoaded) {
      collationLoaded = true;
      loadCollation();
    }
    const generation = rendering;
    // The report is in its file once its overview line is here.
    const done = report.then((summary) => {
      // A report of a period given up (redone below) no longer counts.
      if (generation !== rendering) return;
      entries.set(municipality.code, summary);
      progress.reports = entries.size;
      bar.update(progress);
    });
    // The first failure stops the run at the next report (and where the
    // reports are awaited), never as an unhandled rejection.
    done.catch((error: unknown) => {
      failure ??= error;
    });
    rendering.push(done);
    // Before this thread hands out another report or reads on; a problem
    // fails the run as it did before the report was handed out (its output
    // is discarded).
    if (checkAfter) checkedPlan();
  };
  /** Waits for every report submitted; the first failure fails the run. */
  const finishRendering = async (): Promise<void> => {
    const current = rendering;
    for (const done of current) await failOnInputError(() => done);
  };

  try {
    const onBytes = (bytes: number) => {
      progress.bytes += bytes;
      bar.update(progress);
    };
    // OData pages are read on the workers, several at a time, when there are
    // workers; a StatLine download (one file, each municipality complete at
    // the end of its row) in this thread while the workers render, its rows
    // sorted out as they are read (classifySourceFile: no figure object per cell).
    const pagesOnWorkers =
      pool.threaded && (await failOnInputError(() => sourceFormatOf(sourcePath))) === "odata-json";
    const result = await failOnInputError(() =>
      aggregateByMunicipality(
        pagesOnWorkers
          ? readPagesInParallel({ first: sourcePath, pool, series, only: options.only, onBytes })
          : classifySourceFile(sourcePath, {
              series,
              only: options.only,
              onBytes,
              onDataset: (dataset) => {
                // A StatLine download is one file: the bar can show how much is read.
                if (dataset.format === "statline-csv") progress.totalBytes = totalBytes;
              },
            }),
        {
          series,
          ...(options.only && { only: options.only }),
          onComplete: async (figures) => {
            wholeYears?.add(figures);
            period ??= derivePlanPeriod([figures], seriesIds);
            if (period) await render(figures, period);
          },
        },
      ),
    );
    const found = new Set(result.municipalities.map((m) => m.municipality.code));
    if (options.only) {
      const missing = [...options.only].filter((code) => !found.has(code));
      if (missing.length > 0) {
        throw new CliError(
          say("bulk", "municipalities-missing", { file: shownSource, codes: missing.join(", ") }),
          EXIT.invalidInput,
        );
      }
    }
    if (result.municipalities.length === 0) {
      throw new CliError(
        say("bulk", "no-municipality", { file: shownSource, figures: result.summary.figures }),
        EXIT.invalidInput,
      );
    }
    // The period of the whole file; when the early reports used another one,
    // they are redone. The municipalities handed to onComplete were added to
    // wholeYears then; the others now.
    if (wholeYears) {
      for (const figures of result.municipalities) {
        if (!result.completed.has(figures.municipality.code)) wholeYears.add(figures);
      }
    }
    const final = fixedPeriod ?? wholeYears?.planPeriod();
    if (!final) {
      throw new CliError(say("bulk", "no-whole-year", { file: shownSource }), EXIT.invalidInput);
    }
    const redo = !samePeriod(final, period);
    period = final;
    const pending = result.municipalities.filter(
      (m) => redo || !result.completed.has(m.municipality.code),
    );
    progress.totalReports = result.municipalities.length;
    await finishRendering();
    if (redo) {
      entries.clear();
      rendering = [];
    }
    for (const figures of pending) await failOnInputError(() => render(figures, final));
    await finishRendering();

    const overview = createOverview({
      entries: [...entries.values()],
      indicators,
      lang,
      source: shownSource,
    });
    // The HTML page of the overview is written on a worker (its code for
    // numbers and markup is warm from the reports; this thread's is not:
    // 41-47 ms for the page in a fresh thread, 11-22 ms after 171 reports),
    // while this thread writes the Markdown and the JSON; with one job all
    // three here, one after another. One page only: the overview is cloned
    // for each (570 kB, 4-14 ms), which costs as much as the Markdown.
    const { written: htmlPage } = await pool.writeOverview({
      overview,
      format: "html",
      file: await output.stage(OVERVIEW_FILES.html),
    });
    // Awaited below; never an unhandled rejection meanwhile.
    htmlPage.catch(() => undefined);
    for (const format of ["md", "json"] as const) {
      await output.write(OVERVIEW_FILES[format], renderOverview(overview, format));
    }
    await failOnInputError(() => htmlPage);
    await pool.close();
    bar.update(progress, true);
    await output.commit();
    bar.clear();
    if (!options.quiet) {
      const seconds = decimal((performance.now() - started) / 1000, 1);
      const { summary } = result;
      process.stdout.write(
        [
          say("bulk", "wrote", {
            count: entries.size,
            format: options.format,
            files: Object.values(OVERVIEW_FILES).join(", "),
            out: shown(output.path),
            start: final.start,
            end: final.end,
          }),
          ...(population && populationPath
            ? [
                populationSummary(
                  population,
                  found,
                  shown(populationPath),
                  overview.withoutInhabitants.length,
                ),
              ]
            : []),
          say("bulk", "read", {
            figures: grouped(summary.figures),
            source: shownSource,
            used: grouped(summary.used),
            otherRegions: grouped(summary.otherRegions),
            notAsked: options.only ? say("bulk", "not-asked-for") : "",
            otherTopics: grouped(summary.otherTopics),
            otherCrimeTypes: grouped(summary.otherCrimeTypes),
            seconds,
          }),
          "",
        ].join("\n"),
      );
    }
    return EXIT.ok;
  } catch (error) {
    bar.clear();
    await pool.close();
    // Let the reports still rendering settle before the directory goes.
    await Promise.allSettled(rendering);
    await output.discard();
    throw error;
  }
}
