import { larenPlanYaml } from "@ivp/testkit/laren";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue, parsePlanYaml } from "../src/index.ts";
import { findExcessiveNesting, MAX_YAML_DEPTH } from "../src/yaml-nesting.ts";

const LAREN = larenPlanYaml();

function issuesOf(text: string): string[] {
  const result = parsePlanYaml(text, "plan.yaml");
  if (result.success) throw new Error("expected the plan to be invalid");
  return result.issues.map((issue) => formatIssue(issue));
}

/** The 1-based line of the first line of Laren's plan that starts with `prefix`. */
function lineOf(prefix: string): number {
  return LAREN.split("\n").findIndex((line) => line.startsWith(prefix)) + 1;
}

describe("YAML tags: the plan format has none", () => {
  it.each([
    ["!!js/function", "!!js/function 'function () { return 1 }'"],
    ["!custom", "!custom Een veilige gemeente"],
    ["!!str", "!!str Een veilige gemeente"],
    ["!!binary", "!!binary aGFsbG8="],
  ])("%s is an error at the tag", (tag, value) => {
    const text = LAREN.replace(/^title:.*$/m, `title: ${value}`);
    const line = lineOf("title:");
    expect(issuesOf(text)).toEqual([
      `plan.yaml:${line}:8  error  yaml-tag  the YAML tag ${tag} is not part of the plan format (remove the tag; a plan uses no tags (quote a value to make it text))`,
    ]);
  });

  it("a tag inside a flow sequence and on a key are found too", () => {
    const text = `${LAREN}\nextra: [1, !!int 2]\n!!str key: 3\n`;
    const lines = text.split("\n").length;
    expect(issuesOf(text)).toEqual([
      `plan.yaml:${lines - 2}:12  error  yaml-tag  the YAML tag !!int is not part of the plan format (remove the tag; a plan uses no tags (quote a value to make it text))`,
      `plan.yaml:${lines - 1}:1  error  yaml-tag  the YAML tag !!str is not part of the plan format (remove the tag; a plan uses no tags (quote a value to make it text))`,
    ]);
  });

  it("an exclamation mark in text is no tag", () => {
    const text = LAREN.replace(/^title:.*$/m, 'title: "Samen veilig! Echt !"');
    expect(parsePlanYaml(text, "plan.yaml").success).toBe(true);
  });
});

describe("nesting depth", () => {
  it.each([
    ["flow sequences", (n: number) => `extra: ${"[".repeat(n)}${"]".repeat(n)}\n`],
    ["flow mappings", (n: number) => `extra: ${"{a: ".repeat(n)}1${"}".repeat(n)}\n`],
    [
      "block mappings",
      (n: number) =>
        `extra:\n${Array.from({ length: n }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} 1\n`,
    ],
    ["compact block sequences", (n: number) => `extra:\n  ${"- ".repeat(n)}1\n`],
  ])(
    "thousands of levels of %s: a message at the start of the nesting, no stack overflow",
    (_, nest) => {
      const text = `${LAREN}\n${nest(5000)}`;
      const start = text.split("\n").findIndex((line) => line.startsWith("extra:")) + 1;
      const [issue, ...rest] = issuesOf(text);
      expect(rest).toEqual([]);
      expect(issue).toMatch(
        new RegExp(
          `^plan\\.yaml:${start}:\\d+  error  yaml-too-deep  the values nested here go more than 64 levels deep \\(past the limit at line \\d+, column \\d+\\) \\(a plan nests fewer than ten levels; check the brackets and the indentation\\)$`,
        ),
      );
      expect(issue).not.toContain("call stack");
    },
  );

  it("a nesting within the limit is no problem of depth", () => {
    expect(
      findExcessiveNesting(`a: ${"[".repeat(MAX_YAML_DEPTH - 1)}${"]".repeat(MAX_YAML_DEPTH - 1)}`),
    ).toBeUndefined();
    expect(
      findExcessiveNesting(`a: ${"[".repeat(MAX_YAML_DEPTH)}${"]".repeat(MAX_YAML_DEPTH)}`),
    ).toMatchObject({ line: 1, column: 4 });
  });

  it("brackets in quotes, comments and block scalars do not count", () => {
    const deep = "[".repeat(200);
    expect(
      findExcessiveNesting(
        `a: "${deep}"\nb: '${deep}'\nc: 1 # ${deep}\nd: |\n  ${deep}\ne: x${deep}\n`,
      ),
    ).toBeUndefined();
  });

  it("counts at least as deep as the parser: what it passes, js-yaml reads without overflow", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("[", "{a: ", "- "), { maxLength: 80 }), (openers) => {
        const text = `x: ${openers.map((o) => (o === "- " ? "[" : o)).join("")}`;
        // Only the counting is under test; it never returns a place after the text.
        const found = findExcessiveNesting(text);
        if (found) expect(found.deepLine).toBe(1);
        else expect(openers.length).toBeLessThanOrEqual(MAX_YAML_DEPTH);
      }),
    );
  });
});
