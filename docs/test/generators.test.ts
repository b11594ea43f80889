import { KERNBELEID_VEILIGHEID, LINT_RULES } from "@ivp/model";
import { createPlanJsonSchema } from "@ivp/model/json-schema";
import { lintRuleDocs } from "@ivp/model/lint-docs";
import { describe, expect, it } from "vitest";
import { IVP_CLI, renderCliReference } from "../scripts/lib/cli-reference.ts";
import { renderKernbeleid } from "../scripts/lib/kernbeleid.ts";
import { renderLintRules, toLintRuleDoc } from "../scripts/lib/lint-rules.ts";
import { cell, code, table } from "../scripts/lib/markdown.ts";
import { linkOf } from "../scripts/lib/pages.ts";
import { type JsonSchemaNode, renderPlanFormat } from "../scripts/lib/plan-format.ts";

describe("renderCliReference", () => {
  const { pages, sidebar } = renderCliReference(IVP_CLI);

  it("writes an overview and one page per command of the CLI's definitions", () => {
    expect(pages.map((p) => p.path)).toEqual([
      "reference/cli/index.md",
      ...IVP_CLI.commands.map((c) => `reference/cli/${c.name}.md`),
    ]);
    expect(sidebar.map((s) => s.link)).toEqual(pages.map((p) => linkOf(p.path)));
  });

  it.each(IVP_CLI.commands.map((c) => [c.name, c]))(
    "documents every argument, option, example and exit code of ivp %s",
    (name, command) => {
      const page = pages.find((p) => p.path === `reference/cli/${name}.md`)?.content ?? "";
      for (const argument of command.arguments) {
        expect(page).toContain(`\`<${argument.name}>${argument.variadic ? "..." : ""}\``);
      }
      for (const option of [...command.options, ...IVP_CLI.commonOptions]) {
        expect(page).toContain(`--${option.name}`);
        for (const choice of option.choices ?? []) expect(page).toContain(`\`${choice}\``);
      }
      for (const example of command.examples) expect(page).toContain(example.command);
      for (const exit of command.exitCodes) expect(page).toContain(`| \`${exit.code}\` |`);
    },
  );

  it("lists every exit code in the overview", () => {
    const overview = pages[0]?.content ?? "";
    for (const value of Object.values(IVP_CLI.exitCodes))
      expect(overview).toContain(`\`${value}\``);
  });

  describe("edge cases", () => {
    it("follows a change of the definitions: a new command gets its page", () => {
      const extra = {
        ...IVP_CLI,
        commands: [
          ...IVP_CLI.commands,
          {
            name: "demo",
            summary: "A | pipe in a summary",
            description: "Shows {{ braces }}.",
            arguments: [],
            options: [{ name: "dry-run", type: "boolean" as const, description: "Do nothing." }],
            examples: [{ command: "ivp demo --dry-run", description: "Try it." }],
            exitCodes: [{ code: 0, meaning: "ok" }],
          },
        ],
      };
      const page = renderCliReference(extra).pages.at(-1);
      expect(page?.path).toBe("reference/cli/demo.md");
      expect(page?.content).toContain("A \\| pipe in a summary");
      expect(page?.content).toContain("Shows &#123;&#123; braces &#125;&#125;.");
      expect(page?.content).toContain("`--dry-run`");
    });
  });
});

/** Every property path of a JSON Schema, as `a.b[].c`. */
function propertyPaths(node: JsonSchemaNode, path = ""): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const childPath = path === "" ? name : `${path}.${name}`;
    return [childPath, ...propertyPaths(child, childPath)];
  });
  const items = node.items ? propertyPaths(node.items, `${path}[]`) : [];
  const options = [...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((o) =>
    propertyPaths(o, path),
  );
  return [...own, ...items, ...options];
}

describe("renderPlanFormat", () => {
  const schema = createPlanJsonSchema() as JsonSchemaNode;
  const page = renderPlanFormat(schema).content;

  it("documents every field of the plan schema in the section of its object", () => {
    for (const path of new Set(propertyPaths(schema))) {
      const at = path.lastIndexOf(".");
      const parent = at === -1 ? "Top level" : path.slice(0, at);
      const field = path.slice(at + 1);
      const section = page.indexOf(`## \`${parent}`);
      expect(section, `section for ${parent}`).toBeGreaterThan(-1);
      expect(page.indexOf(`| \`${field}\` |`, section), `${path}`).toBeGreaterThan(section);
    }
  });

  it("marks required fields and shows defaults", () => {
    expect(page).toMatch(/\| `schemaVersion` \| `1` \| yes \|/);
    expect(page).toMatch(/\| `language` \| `nl`, `en` \| {3}\| `"nl"` \|/);
  });

  it("splits a union of objects into one section per variant", () => {
    expect(page).toContain("## `tables[].columns[] (kind: value)`");
    expect(page).toContain("## `tables[].columns[] (kind: change)`");
    expect(page).toContain("## `tables[].columns[] (kind: reference)`");
  });

  describe("edge cases", () => {
    it("links a period field to the periods concept page", () => {
      expect(page).toMatch(/\| `period` \| \[period\]\(\/concepts\/periods\) \|/);
    });
  });
});

describe("renderKernbeleid", () => {
  it("lists every theme of every field with its Dutch and English name", () => {
    const text = renderKernbeleid();
    for (const field of KERNBELEID_VEILIGHEID) {
      for (const theme of field.themes) {
        expect(text).toContain(
          `| \`${theme.code}\` | ${cell(theme.name.nl)} | ${cell(theme.name.en)} |`,
        );
      }
    }
  });
});

describe("lint rule pages", () => {
  const docs = LINT_RULES.map(toLintRuleDoc);
  const { pages, sidebar } = renderLintRules(docs);

  it("has an index and one page per rule of the linter", () => {
    expect(pages.map((p) => p.path)).toEqual([
      "concepts/lint-rules/index.md",
      ...LINT_RULES.map((r) => `concepts/lint-rules/${r.id}.md`),
    ]);
    expect(sidebar).toHaveLength(LINT_RULES.length + 1);
  });

  it.each(LINT_RULES.map((r) => [r.id, r] as const))(
    "%s: shows the severity, both descriptions and both examples",
    (id, rule) => {
      const page = pages.find((p) => p.path === `concepts/lint-rules/${id}.md`)?.content ?? "";
      const { description, docs } = lintRuleDocs(id) ?? {
        description: { en: "?", nl: "?" },
        docs: { failing: "?", fixed: "?" },
      };
      expect(page).toContain(`Default severity: **${rule.severity}**`);
      expect(page).toContain(cell(description.en));
      expect(page).toContain(cell(description.nl));
      expect(page).toContain(`\`\`\`yaml\n${docs.failing.trimEnd()}\n\`\`\``);
      expect(page).toContain(`\`\`\`yaml\n${docs.fixed.trimEnd()}\n\`\`\``);
    },
  );

  describe("edge cases", () => {
    it("has no pages and no sidebar entry without rules", () => {
      expect(renderLintRules([])).toEqual({ pages: [], sidebar: [] });
    });
  });
});

describe("markdown helpers", () => {
  describe("edge cases", () => {
    it.each([
      ["a | b", "a \\| b"],
      ["<script>", "&lt;script&gt;"],
      ["{{ x }}", "&#123;&#123; x &#125;&#125;"],
      ["line\nbreak", "line break"],
      ["*not emphasis*", "\\*not emphasis\\*"],
    ])("cell(%j) is %j", (input, output) => {
      expect(cell(input)).toBe(output);
    });

    it("code() keeps a backtick and a pipe inside inline code", () => {
      expect(code("a`b")).toBe("`` a`b ``");
      expect(code("a|b")).toBe("`a\\|b`");
    });

    it("table() keeps empty cells visible", () => {
      expect(table(["a"], [[""]])).toBe("| a |\n| --- |\n|   |");
    });
  });
});
