import {
  checkReferences,
  type LintFinding,
  lintPlan,
  type PlanPath,
  planPathOf,
  type SourceRef,
} from "@ivp/model";
import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it, vi } from "vitest";
import { formatFinding, formatIssue } from "./format-issue.ts";
import { findingToJson, issueToJson } from "./issue-json.ts";
import { type Locator, locateFindings, locatePlanIssues } from "./locate-findings.ts";

/** A made-up place for every path: line 10 plus its length, column 3. */
const locate = (path: PlanPath) => ({ line: 10 + path.length, column: 3 });

const locator: Locator = {
  file: "plan.yaml",
  locateRef: (ref) => {
    const path = planPathOf(ref);
    if (path !== undefined) return { file: "plan.yaml", ...locate(path) };
    const { file, line, column } = ref as Extract<SourceRef, { kind: "file" }>;
    return { file, line, column };
  },
};

describe("locatePlanIssues", () => {
  it("puts a plan issue at its field in the plan file, and the formatters print it", () => {
    const issues = checkReferences(
      makePlan({
        series: [{ id: "woninginbraken", label: "Woninginbraken" }],
        observations: [{ origin: "other", series: "woninginbraak", period: 2017, value: 79 }],
      }),
    );
    const located = locatePlanIssues(issues, "plan.yaml", locate);
    expect(located).toEqual([
      {
        code: "unknown-reference",
        severity: "error",
        location: { file: "plan.yaml", line: 13, column: 3, field: "observations[0].series" },
        message: 'unknown series "woninginbraak"',
        expected: "one of the ids in series",
        hint: 'did you mean "woninginbraken"?',
      },
    ]);
    expect(located.map((issue) => formatIssue(issue))).toEqual([
      'plan.yaml:13:3  error  unknown-reference  observations[0].series: unknown series "woninginbraak" (expected one of the ids in series; did you mean "woninginbraken"?)',
    ]);
    expect(located.map(issueToJson)).toMatchObject([
      { line: 13, column: 3, field: "observations[0].series" },
    ]);
  });

  it("leaves out what an issue does not have", () => {
    const [located] = locatePlanIssues(
      [{ code: "duplicate-id", severity: "error", path: ["areas", 1, "id"], message: "twice" }],
      "p.yaml",
      locate,
    );
    expect(located).toEqual({
      code: "duplicate-id",
      severity: "error",
      location: { file: "p.yaml", line: 13, column: 3, field: "areas[1].id" },
      message: "twice",
    });
  });
});

describe("locateFindings", () => {
  const finding = (fields: Partial<LintFinding>): LintFinding => ({
    code: "conflicting-figures",
    severity: "error",
    message: "two figures",
    messageId: "m",
    data: {},
    locations: [["observations", 0, "value"]],
    ...fields,
  });

  it("puts each finding at its first place, the others as also-at places, and keeps its texts", () => {
    const [located] = locateFindings(
      [
        finding({
          hint: "keep one",
          acknowledged: "as printed",
          locations: [
            ["observations", 0, "value"],
            { kind: "file", file: "data.csv", line: 4, column: 1 },
            ["observations", 1, "value"],
          ],
        }),
      ],
      locator,
    );
    expect(located).toEqual({
      code: "conflicting-figures",
      severity: "error",
      location: { file: "plan.yaml", line: 13, column: 3, field: "observations[0].value" },
      message: "two figures",
      hint: "keep one",
      also: [{ file: "data.csv", line: 4, column: 1 }],
      acknowledged: "as printed",
    });
    expect(located && formatFinding(located)).toBe(
      [
        "plan.yaml:13:3  error  conflicting-figures  two figures",
        "    also at data.csv:4:1",
        "    fix: keep one",
        "    acknowledged: as printed",
      ].join("\n"),
    );
    expect(located && findingToJson(located)).toMatchObject({ rule: "conflicting-figures" });
  });

  it("orders findings by file, line and column, then as the linter found them", () => {
    const located = locateFindings(
      [
        finding({ message: "a", locations: [["x", 1, 2]] }),
        finding({ message: "b", locations: [{ kind: "file", file: "a.csv", line: 2, column: 1 }] }),
        finding({ message: "c", locations: [["x"]] }),
        finding({ message: "d", locations: [["y"]] }),
        finding({ message: "e", locations: [] }),
      ],
      locator,
    );
    expect(located.map((f) => [f.message, f.location.file, f.location.line])).toEqual([
      ["b", "a.csv", 2],
      ["e", "plan.yaml", 1],
      ["c", "plan.yaml", 11],
      ["d", "plan.yaml", 11],
      ["a", "plan.yaml", 13],
    ]);
  });

  it("orders files as localeCompare does, and never asks it about one file with itself", () => {
    const at = (file: string, line: number): SourceRef => ({ kind: "file", file, line, column: 1 });
    const calls: [string, string][] = [];
    const localeCompare = String.prototype.localeCompare;
    const spy = vi.spyOn(String.prototype, "localeCompare").mockImplementation(function (
      this: string,
      that: string,
    ) {
      calls.push([this, that]);
      return localeCompare.call(this, that);
    });
    try {
      const oneFile = locateFindings(
        [3, 1, 2].map((line) => finding({ message: `${line}`, locations: [at("p.yaml", line)] })),
        locator,
      );
      expect(oneFile.map((f) => f.message)).toEqual(["1", "2", "3"]);
      expect(calls).toEqual([]);
      // Code units would put "Tabel.csv" before "a.csv"; the locale's order does not.
      const files = locateFindings(
        [at("Tabel.csv", 1), at("a.csv", 5), at("Tabel.csv", 2), at("a.csv", 4)].map((ref) =>
          finding({ locations: [ref] }),
        ),
        locator,
      );
      expect(files.map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
        "a.csv:4",
        "a.csv:5",
        "Tabel.csv:1",
        "Tabel.csv:2",
      ]);
      expect(calls.every(([a, b]) => a !== b)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("keeps the linter's texts: the language is chosen when linting", () => {
    const plan = makePlan({ indicators: [{ id: "x", label: "X", unit: "count" }] });
    const [dutch] = locateFindings(lintPlan(plan), locator);
    const [english] = locateFindings(lintPlan(plan, { lang: "en" }), locator);
    expect(dutch?.code).toBe(english?.code);
    expect(dutch?.message).toBe(lintPlan(plan)[0]?.message);
    expect(english?.message).toBe(lintPlan(plan, { lang: "en" })[0]?.message);
    expect(dutch?.message).not.toBe(english?.message);
  });
});
