import type { LintRule } from "@ivp/model";
import { lintRuleDocs } from "@ivp/model/lint-docs";
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
 * are read from the registry the linter itself runs, so every rule has a page;
 * their descriptions and examples from `lintRuleDocs` (`@ivp/model/lint-docs`).
 *
 * @example
 * toLintRuleDoc(findLintRule("label-typo")!).severity //=> "warning"
 */
export function toLintRuleDoc(rule: LintRule): LintRuleDoc {
  const documentation = lintRuleDocs(rule.id);
  if (!documentation) throw new Error(`lint rule ${rule.id} has no documentation (lintRuleDocs)`);
  const { description, docs } = documentation;
  return {
    id: rule.id,
    severity: rule.severity,
    description: description.en,
    descriptionNl: description.nl,
    failing: docs.failing,
    fixed: docs.fixed,
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
    "Or accept one finding you know of, with the field it points at first (see",
    "[acknowledged findings](./index.md#acknowledged-findings)):",
    "",
    fence(
      `lint:\n  acknowledged:\n    - rule: ${rule.id}\n      at: indicators[0].baseline.value # the finding's field in ivp validate --format json\n      reason: Zo gedrukt in het vastgestelde plan.`,
    ),
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
      "## Acknowledged findings",
      "",
      "Some findings cannot be fixed in the plan: a plan that records an adopted document",
      "keeps its figures as printed, slips included. Acknowledge such a finding under",
      "`lint.acknowledged` with the rule id, the field the finding points at first (its",
      "`field` in `ivp validate --format json`) and the reason. `ivp validate` still reports",
      "it, with an `acknowledged:` line, and an acknowledged error does not make the plan",
      "invalid (exit code 0). An entry that no longer matches a finding (the slip was fixed,",
      "the rule switched off, the field moved) is reported by",
      "[`unused-acknowledgement`](./unused-acknowledgement.md).",
      "",
      fence(`lint:
  acknowledged:
    - rule: relative-target-mismatch
      at: indicatorTables[1].rows[0].target.value
      reason: Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).`),
      "",
      "The Laren example (`examples/laren-2019-2022/plan.yaml`) acknowledges the 11 errors of",
      "the printed document this way: `ivp validate` lists all 23 findings and exits 0.",
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
