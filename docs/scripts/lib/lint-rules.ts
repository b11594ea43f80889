import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import { type GeneratedPage, linkOf, type SidebarLink } from "./pages.ts";

const GENERATOR = "scripts/lib/lint-rules.ts";

/**
 * What the docs need of a lint rule definition (`packages/model/src/lint/rules/*.ts`).
 * The examples may sit under `examples` or at the top level; a description may
 * be one text or one per language.
 */
export interface LintRuleDoc {
  readonly id: string;
  readonly severity: string;
  readonly description: string;
  readonly failing: string;
  readonly fixed: string;
}

type Text = string | { readonly en?: string; readonly nl?: string };

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const { en, nl } = value as { en?: unknown; nl?: unknown };
    if (typeof en === "string") return en;
    if (typeof nl === "string") return nl;
  }
  return undefined;
}

/**
 * Reads a value as a lint rule definition, or `undefined` when it is not one
 * (modules also export helpers). Needs an id, a severity, a description and
 * both a failing and a fixed YAML example.
 *
 * @example
 * toLintRuleDoc({ id: "r", severity: "warning", description: "d", examples: { failing: "a: 1", fixed: "a: 2" } })
 * //=> { id: "r", severity: "warning", description: "d", failing: "a: 1", fixed: "a: 2" }
 */
export function toLintRuleDoc(value: unknown): LintRuleDoc | undefined {
  if (!value || typeof value !== "object") return undefined;
  const rule = value as Record<string, unknown>;
  const examples = (rule.examples ?? rule.example ?? rule) as Record<string, Text | undefined>;
  const id = rule.id;
  const severity = rule.severity ?? rule.defaultSeverity;
  const description = text(rule.description);
  const failing = text(examples.failing ?? examples.invalid ?? examples.bad);
  const fixed = text(examples.fixed ?? examples.valid ?? examples.good);
  if (typeof id !== "string" || typeof severity !== "string") return undefined;
  if (description === undefined || failing === undefined || fixed === undefined) return undefined;
  return { id, severity, description, failing, fixed };
}

/**
 * Imports every rule module in `dir` (`*.ts`, not tests) and returns the rule
 * definitions they export, sorted by id. A missing directory means no rules
 * yet: the result is empty and the site has no lint rule pages.
 */
export async function discoverLintRules(dir: string): Promise<LintRuleDoc[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const rules = new Map<string, LintRuleDoc>();
  for (const file of files.sort()) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.endsWith(".d.ts")) continue;
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      const rule = toLintRuleDoc(value);
      if (rule && !rules.has(rule.id)) rules.set(rule.id, rule);
    }
  }
  return [...rules.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function fence(yaml: string): string {
  return ["```yaml", yaml.trimEnd(), "```"].join("\n");
}

function rulePage(rule: LintRuleDoc): GeneratedPage {
  const content = [
    generatedNotice(GENERATOR),
    "",
    `# ${rule.id}`,
    "",
    `Default severity: **${cell(rule.severity)}**`,
    "",
    cell(rule.description),
    "",
    "## Fails",
    "",
    fence(rule.failing),
    "",
    "## Passes",
    "",
    fence(rule.fixed),
    "",
    "## Configure",
    "",
    "Change the severity, or switch the rule off, in the plan:",
    "",
    fence(`lint:\n  rules:\n    ${rule.id}: off # or info, warning, error`),
    "",
  ].join("\n");
  return { path: `concepts/lint-rules/${rule.id}.md`, content };
}

/**
 * One page per lint rule with its failing and fixed example, and an index of
 * all rules. No rules: no pages and no sidebar links.
 *
 * @example
 * renderLintRules([]) //=> { pages: [], sidebar: [] }
 */
export function renderLintRules(rules: readonly LintRuleDoc[]): {
  pages: GeneratedPage[];
  sidebar: SidebarLink[];
} {
  if (rules.length === 0) return { pages: [], sidebar: [] };
  const index: GeneratedPage = {
    path: "concepts/lint-rules/index.md",
    content: [
      generatedNotice(GENERATOR),
      "",
      "# Lint rules",
      "",
      "`ivp validate` checks a plan against these rules. Each finding names the rule, the",
      "file, line and column. Set a rule's severity, or switch it off, under `lint.rules`",
      "in `plan.yaml`.",
      "",
      table(
        ["Rule", "Default severity", "What it finds"],
        rules.map((r) => [`[${code(r.id)}](./${r.id}.md)`, cell(r.severity), cell(r.description)]),
      ),
      "",
    ].join("\n"),
  };
  const pages = [index, ...rules.map(rulePage)];
  const sidebar = [
    { text: "All rules", link: linkOf(index.path) },
    ...rules.map((r) => ({ text: r.id, link: linkOf(`concepts/lint-rules/${r.id}.md`) })),
  ];
  return { pages, sidebar };
}
