import type { LintRule } from "@ivp/model";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import { type GeneratedPage, linkOf, type SidebarLink } from "./pages.ts";

const GENERATOR = "scripts/lib/lint-rules.ts";

/** What the docs show of a lint rule. */
export interface LintRuleDoc {
  readonly id: string;
  readonly severity: string;
  /** The description in English. */
  readonly description: string;
  /** The description in Dutch. */
  readonly descriptionNl: string;
  readonly failing: string;
  readonly fixed: string;
}

/**
 * The docs' view of one of the model's lint rules (`LINT_RULES`): the rules
 * are read from the registry the linter itself runs, so every rule has a page.
 *
 * @example
 * toLintRuleDoc(findLintRule("label-typo")!).severity //=> "warning"
 */
export function toLintRuleDoc(rule: LintRule): LintRuleDoc {
  return {
    id: rule.id,
    severity: rule.severity,
    description: rule.description.en,
    descriptionNl: rule.description.nl,
    failing: rule.docs.failing,
    fixed: rule.docs.fixed,
  };
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
    `*Nederlands:* ${cell(rule.descriptionNl)}`,
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
