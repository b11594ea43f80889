import type { Issue } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { findingToJson, issueToJson } from "./issue-json.ts";
import type { LocatedFinding } from "./locate-findings.ts";

describe("issueToJson", () => {
  it("puts the location's fields at the top level, in the order ivp validate has always printed", () => {
    const issue: Issue = {
      hint: "write a point",
      expected: "a number",
      message: "not a number",
      location: { field: "value", column: 5, line: 2, file: "data.csv" },
      severity: "error",
      code: "invalid-data",
    };
    expect(JSON.stringify(issueToJson(issue))).toBe(
      '{"code":"invalid-data","severity":"error","file":"data.csv","line":2,"column":5,"field":"value","message":"not a number","expected":"a number","hint":"write a point"}',
    );
  });

  it("leaves out what the issue does not have", () => {
    expect(
      JSON.stringify(
        issueToJson({
          code: "file-not-found",
          severity: "error",
          location: { file: "plan.yaml" },
          message: "no such file",
        }),
      ),
    ).toBe(
      '{"code":"file-not-found","severity":"error","file":"plan.yaml","message":"no such file"}',
    );
    expect(issueToJson({ code: "internal", severity: "error", message: "m" })).toEqual({
      code: "internal",
      severity: "error",
      message: "m",
    });
  });
});

describe("findingToJson", () => {
  const finding: LocatedFinding = {
    code: "placeholder",
    severity: "warning",
    location: { file: "plan.yaml", line: 3, column: 8, field: "mission" },
    message: "TODO",
    hint: "write the mission",
    also: [{ file: "plan.yaml", line: 9, column: 1 }],
    acknowledged: "later",
  };

  it("names the code `rule` and the hint `suggestion`, with the other places as `also`", () => {
    expect(JSON.stringify(findingToJson(finding))).toBe(
      '{"rule":"placeholder","severity":"warning","file":"plan.yaml","line":3,"column":8,"field":"mission","message":"TODO","suggestion":"write the mission","also":[{"file":"plan.yaml","line":9,"column":1}],"acknowledged":"later"}',
    );
  });

  it("leaves out a suggestion and an acknowledgement the finding does not have", () => {
    const { hint: _, acknowledged: __, ...bare } = finding;
    expect(Object.keys(findingToJson({ ...bare, also: [] }))).toEqual([
      "rule",
      "severity",
      "file",
      "line",
      "column",
      "field",
      "message",
      "also",
    ]);
  });
});
