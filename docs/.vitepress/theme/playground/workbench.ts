/**
 * The playground's engine: a plan's files in, what `ivp validate`, `ivp
 * table`, `ivp status` and `ivp report` would print out. Every step is the
 * packages' own code through their browser-safe entries (`@ivp/plan-file`
 * reads the files from memory with the parser the CLI uses, `@ivp/model`
 * lints, `@ivp/report` evaluates and renders); nothing here decides what a
 * finding, a change or a verdict is. Runs in a browser and in Node (the
 * docs' tests compare it with the CLI).
 */
import { evaluateTable, type Language, lintPlan, ObservationIndex } from "@ivp/model";
import {
  type FileContent,
  type FindingJson,
  findingToJson,
  type IssueJson,
  issueToJson,
  loadPlanFromFiles,
  locateFindings,
} from "@ivp/plan-file";
import {
  evaluatePlan,
  evaluateStatus,
  renderReport,
  renderStatusText,
  type TableJson,
  tableToJson,
} from "@ivp/report";

/** A plan's files by their path in the plan directory (`plan.yaml`, `data/politie.csv`). */
export type PlanFiles = ReadonlyMap<string, FileContent>;

/** Counts as `ivp validate --format json` gives them. */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly acknowledged: number;
}

/** What the playground shows for a plan. */
export interface Workbench {
  /** The language of the messages: the chosen one, else the plan's. */
  readonly lang: Language;
  /** Problems that stop the plan from loading (as `ivp validate --format json` prints them). */
  readonly issues: readonly IssueJson[];
  /** The linter's findings in a plan that loads (as `ivp validate --format json` prints them). */
  readonly findings: readonly FindingJson[];
  readonly counts: Counts;
  /** Whether `ivp validate` would exit 0. */
  readonly valid: boolean;
  /** Every figure table (as `ivp table --format json`), or the error of one that cannot be computed. */
  readonly tables: readonly (
    | { readonly table: TableJson }
    | { readonly id: string; readonly error: string }
  )[];
  /** `ivp status` as text, or why it cannot be computed. */
  readonly status?: { readonly text: string } | { readonly error: string };
  /** `ivp report` as HTML, or why it cannot be computed. */
  readonly report?: { readonly html: string } | { readonly error: string };
}

/** What {@link checkPlan} computes beyond the findings. */
export interface CheckOptions {
  /** The language of messages and texts; default the plan's own. */
  readonly lang?: Language;
  /** Also evaluate the tables, the status and the report (default true). */
  readonly results?: boolean;
}

function attempt<T>(compute: () => T): T | { error: string } {
  try {
    return compute();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks a plan as `ivp validate` does (the same reader, the same linter, the
 * same places and messages) and, when it loads, computes its tables, status
 * and report as `ivp table`, `ivp status` and `ivp report` do.
 *
 * @param files - the plan's files; `plan.yaml` among them
 */
export async function checkPlan(files: PlanFiles, options: CheckOptions = {}): Promise<Workbench> {
  const loaded = await loadPlanFromFiles(files);
  if (!loaded.success) {
    const count = (s: IssueJson["severity"]) =>
      loaded.issues.filter((i) => i.severity === s).length;
    return {
      lang: options.lang ?? "nl",
      issues: loaded.issues.map(issueToJson),
      findings: [],
      counts: {
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
        acknowledged: 0,
      },
      valid: count("error") === 0,
      tables: [],
    };
  }
  const lang = options.lang ?? loaded.plan.language;
  const findings = locateFindings(
    lintPlan(loaded.plan, { observations: loaded.observations, lang }),
    loaded,
  ).map(findingToJson);
  const count = (s: FindingJson["severity"]) => findings.filter((f) => f.severity === s).length;
  const acknowledged = findings.filter(
    (f) => f.severity === "error" && f.acknowledged !== undefined,
  ).length;
  const counts = {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    acknowledged,
  };
  const base = { lang, issues: [], findings, counts, valid: counts.errors - acknowledged === 0 };
  if (options.results === false) return { ...base, tables: [] };

  const { plan, observations } = loaded;
  const index = new ObservationIndex(observations);
  const tables = plan.tables.map((t) => {
    const result = attempt(() => ({
      table: tableToJson(evaluateTable(plan, t.id, { lang, index })),
    }));
    return "error" in result ? { id: t.id, error: result.error } : result;
  });
  const status = attempt(() => ({
    text: renderStatusText(evaluateStatus(plan, { observations, lang })),
  }));
  const report = attempt(() => ({
    html: renderReport(evaluatePlan(plan, { observations, lang }), "html"),
  }));
  return { ...base, tables, status, report };
}
