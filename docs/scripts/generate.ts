/**
 * Generates every page and fragment of the docs site that comes from code:
 * the API reference (typedoc), the CLI reference (the CLI's definitions), the
 * plan format (the JSON Schema), lint rule pages (the rule definitions, when
 * there are any), Kernbeleid Veiligheid, and the worked examples computed from
 * the Laren plan. Run by `pnpm --filter @ivp/docs build` before VitePress.
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LINT_RULES } from "@ivp/model";
import { generateApiReference } from "./lib/api-reference.ts";
import { IVP_CLI, renderCliReference } from "./lib/cli-reference.ts";
import {
  renderIndicatorDirections,
  renderObservationColumns,
  renderStatusValues,
  renderTargetKinds,
  renderUnitsAndDirections,
} from "./lib/concept-fragments.ts";
import { renderKernbeleid, renderPlanKernbeleid } from "./lib/kernbeleid.ts";
import { LAREN_PLAN_DIR, loadExamplePlan } from "./lib/laren.ts";
import { renderLintRules, toLintRuleDoc } from "./lib/lint-rules.ts";
import type { GeneratedPage, GeneratedSidebar } from "./lib/pages.ts";
import { type JsonSchemaNode, renderPlanFormat } from "./lib/plan-format.ts";
import {
  renderNotAssessableReasons,
  renderProgressStatuses,
  renderProgressWorked,
  renderProjectionExample,
  renderVerdictExamples,
  renderZeroTargetExample,
} from "./lib/progress-examples.ts";
import { renderScreenshots } from "./lib/screenshots.ts";
import {
  renderSignificanceTable,
  renderSignificanceWorkedExample,
} from "./lib/significance-examples.ts";
import {
  renderDerivedHalfYear,
  renderOfWhich,
  renderPercentChangeExamples,
  renderPercentChangeSummary,
  renderYearToDate,
} from "./lib/worked-examples.ts";

const DOCS = fileURLToPath(new URL("../", import.meta.url));
const ROOT = join(DOCS, "..");
const SCHEMA = join(ROOT, "packages/model/plan.schema.json");

/** Everything this script writes; cleared first so a removed page disappears. */
const OUTPUTS = [
  ".generated",
  "reference/cli",
  "reference/plan-format.md",
  "concepts/lint-rules",
  "public/schema",
  "public/screenshots",
];

async function write(path: string, content: string): Promise<void> {
  const target = join(DOCS, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}

async function writePages(pages: readonly GeneratedPage[]): Promise<void> {
  for (const page of pages) await write(page.path, page.content);
}

for (const output of OUTPUTS) await rm(join(DOCS, output), { recursive: true, force: true });

const laren = await loadExamplePlan(LAREN_PLAN_DIR);
const fragments: Record<string, string> = {
  "percent-change-examples": renderPercentChangeExamples(laren),
  "percent-change-summary": renderPercentChangeSummary(laren),
  "derived-half-year": renderDerivedHalfYear(laren),
  "year-to-date": renderYearToDate(laren),
  "of-which": renderOfWhich(laren),
  kernbeleid: renderKernbeleid(),
  "kernbeleid-laren": renderPlanKernbeleid(laren.plan),
  "significance-table": renderSignificanceTable(laren),
  "significance-worked": renderSignificanceWorkedExample(),
  "units-and-directions": renderUnitsAndDirections(),
  "indicator-directions": renderIndicatorDirections(laren.plan),
  "target-kinds": renderTargetKinds(laren.plan),
  "status-values": renderStatusValues(),
  "progress-statuses": renderProgressStatuses(laren),
  "verdict-examples": renderVerdictExamples(laren),
  "verdict-examples-nl": renderVerdictExamples(laren, "nl"),
  "progress-worked": renderProgressWorked(laren),
  "progress-projection": renderProjectionExample(laren),
  "progress-zero-target": renderZeroTargetExample(),
  "progress-reasons": renderNotAssessableReasons(),
  "observation-columns": renderObservationColumns(),
};
Object.assign(fragments, await renderScreenshots(DOCS));
for (const [name, content] of Object.entries(fragments)) {
  await write(`.generated/${name}.md`, content);
}

const cli = renderCliReference(IVP_CLI);
await writePages(cli.pages);

const schema = JSON.parse(await readFile(SCHEMA, "utf8")) as JsonSchemaNode;
await writePages([renderPlanFormat(schema)]);
await mkdir(join(DOCS, "public/schema"), { recursive: true });
await copyFile(SCHEMA, join(DOCS, "public/schema/plan.schema.json"));

const lint = renderLintRules(LINT_RULES.map(toLintRuleDoc));
await writePages(lint.pages);

const api = await generateApiReference();

const sidebar: GeneratedSidebar = { lintRules: lint.sidebar, cli: cli.sidebar, api };
await write(".generated/sidebar.json", `${JSON.stringify(sidebar, null, 2)}\n`);
console.log(
  `docs: generated ${Object.keys(fragments).length} fragments, ${cli.pages.length} CLI pages, ${lint.pages.length} lint rule pages, the plan format and the API reference`,
);
