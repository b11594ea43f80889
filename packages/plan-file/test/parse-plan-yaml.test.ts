import { larenPlanYaml } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { formatIssue, issueToJson, parsePlanYaml } from "../src/index.ts";

const LAREN = larenPlanYaml();

/** Replaces one unique piece of the Laren plan and returns the new text and the 1-based line of the change. */
function mutate(find: string, replace: string): { text: string; line: number; column: number } {
  const at = LAREN.indexOf(find);
  if (at < 0 || LAREN.indexOf(find, at + 1) >= 0)
    throw new Error(`not unique in plan.yaml: ${find}`);
  const before = LAREN.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  return { text: LAREN.slice(0, at) + replace + LAREN.slice(at + find.length), line, column };
}

function rawIssuesOf(text: string) {
  const result = parsePlanYaml(text, "plan.yaml");
  if (result.success) throw new Error("expected the plan to be invalid");
  return result.issues;
}

/** Flat (file, line, column, field at the top), as `ivp validate --format json` prints them. */
function issuesOf(text: string) {
  return rawIssuesOf(text).map(issueToJson);
}

describe("parsePlanYaml", () => {
  it("accepts the Laren example", () => {
    const result = parsePlanYaml(LAREN, "plan.yaml");
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.plan.municipality).toEqual({
        name: "Laren",
        code: "GM0417",
        statlineName: "Laren (NH.)",
      });
      // Paths lead back to the lines they were written on.
      const line = result.locate(["tables", 0, "rows", 1, "series"]).line;
      expect(LAREN.split("\n")[line - 1]).toContain("series: woninginbraken");
    }
  });

  it("reports a misspelt required field once, at the typo, with the field it meant", () => {
    const { text, line } = mutate("mission: |", "misson: |");
    const issues = issuesOf(text);
    expect(issues.map((issue) => [issue.code, issue.line, issue.hint])).toEqual([
      ["unknown-field", line, 'did you mean "mission"?'],
    ]);
  });

  it("points at a wrong type with the line, column, field and a fix", () => {
    const { text, line } = mutate(
      "baseline: { value: 7.3, period: 2017 }\n        target: { kind: absolute, value: 7.5",
      'baseline: { value: "7,3%", period: 2017 }\n        target: { kind: absolute, value: 7.5',
    );
    const [issue, ...rest] = issuesOf(text);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "invalid-type",
      file: "plan.yaml",
      line,
      field: "indicatorTables[2].rows[1].baseline.value",
    });
    const [raw] = rawIssuesOf(text);
    if (!raw) throw new Error("expected an issue");
    expect(formatIssue(raw)).toMatchInlineSnapshot(
      `"plan.yaml:${line}:28  error  invalid-type  indicatorTables[2].rows[1].baseline.value: expected a number, got the text "7,3%" (write decimals with a point: 7.3)"`,
    );
  });

  it("names an unknown field at its key and suggests the near miss", () => {
    const { text, line, column } = mutate(
      "    baseline: { value: 20, period: 2017 }",
      "    baselne: { value: 20, period: 2017 }",
    );
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({
      code: "unknown-field",
      line,
      column: column + 4,
      field: "indicatorTables[0].rows[0].baselne",
      hint: 'did you mean "baseline"?',
    });
  });

  it("lists the allowed values of an enum", () => {
    const { text, line } = mutate(
      "      id: woninginbraak-pogingen,\n      label: Aantal pogingen woninginbraken,\n      unit: count,",
      "      id: woninginbraak-pogingen,\n      label: Aantal pogingen woninginbraken,\n      unit: counts,",
    );
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({
      code: "invalid-value",
      line: line + 2,
      field: "indicators[1].unit",
      message: 'the text "counts" is not allowed',
      expected:
        'one of "count", "grade", "percentage", "rate-per-1000", "rate-per-10000", "rate-per-100000"',
      hint: 'did you mean "count"?',
    });
  });

  it("points a missing field at the object that lacks it", () => {
    const { text, line } = mutate("  name: Laren\n  code: GM0417\n", "  name: Laren\n");
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ code: "missing-field", line: line, field: "municipality" });
    expect(issue?.message).toBe('the required field "code" is missing');
  });

  it("explains a bad period", () => {
    const { text, line } = mutate(
      "periods: [2015-H1, 2016-H1, 2017-H1, 2018-H1]",
      "periods: [2015-H1, 2016-H3, 2017-H1, 2018-H1]",
    );
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({ line, field: "observations[0].periods[1]" });
    expect(issue?.message).toContain('"2016-H3" is not a period');
  });

  it("reports a YAML syntax error with its position", () => {
    const { text, line } = mutate(
      "period: { start: 2019, end: 2022 }",
      "period: { start: 2019, end: 2022",
    );
    const [issue] = issuesOf(text);
    expect(issue?.code).toBe("yaml-syntax");
    expect(issue?.line).toBeGreaterThanOrEqual(line);
  });

  it("reports a duplicate key", () => {
    const { text, line } = mutate("language: nl\n", "language: nl\nlanguage: en\n");
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({
      code: "yaml-syntax",
      line: line + 1,
      hint: "remove or rename one of the two keys",
    });
  });

  it("reports a reference to an id that does not exist", () => {
    const { text, line } = mutate(
      '          series: autokraak,\n          label: "autokraken",',
      '          series: autokraken,\n          label: "autokraken",',
    );
    const [issue] = issuesOf(text);
    expect(issue).toMatchObject({
      code: "unknown-reference",
      line,
      hint: 'did you mean "autokraak"?',
    });
  });

  describe("edge cases", () => {
    it("ignores a byte-order mark and accepts Windows line endings", () => {
      const result = parsePlanYaml(`\uFEFF${LAREN.replaceAll("\n", "\r\n")}`, "plan.yaml");
      expect(result.success).toBe(true);
    });

    it("rejects a file that is not a mapping", () => {
      expect(issuesOf("- a\n- b\n")[0]?.message).toContain("must be a mapping");
      expect(issuesOf("")[0]?.message).toContain("must be a mapping");
    });
  });
});

describe("YAML features a plan does not need", () => {
  it("refuses an alias bomb quickly instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const result = parsePlanYaml(`${levels.join("\n")}\n`, "bomb.yaml");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.hint).toContain("anchors or aliases");
  });

  it.each([
    ["on the fast path", ""],
    ["on the precise path (with an alias)", "x-note: &n hello\nx-copy: *n\n"],
  ])("treats __proto__ as an unknown field, never as a prototype %s", (_path, extra) => {
    const text = `${LAREN}\n__proto__: { polluted: true }\nmunicipality2:\n  __proto__: { polluted: true }\n${extra}`;
    const issues = issuesOf(text);
    expect(issues.map((i) => i.field)).toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("reads the same data on the fast and the precise path", () => {
    // The precise path is taken when the file uses an alias; the data must not differ.
    const withAlias = `${LAREN}\nx-note: &n hello\nx-copy: *n\n`;
    const fast = parsePlanYaml(LAREN, "plan.yaml");
    const precise = parsePlanYaml(withAlias, "plan.yaml");
    expect(fast.success).toBe(true);
    // The extra keys are unknown fields: the precise path found them, at their lines.
    expect(precise.success).toBe(false);
    if (!precise.success) {
      expect(precise.issues.map((i) => i.location?.field)).toEqual(["x-note", "x-copy"]);
    }
  });
});
