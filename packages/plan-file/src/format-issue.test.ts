import { type Issue, IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { formatFinding, formatIssue, formatLocation, issueOf } from "./format-issue.ts";
import type { LocatedFinding } from "./locate-findings.ts";

const issue: Issue = {
  code: "invalid-type",
  severity: "error",
  location: { file: "plan.yaml", line: 4, column: 9, field: "period.start" },
  message: 'expected an integer, got the text "2019a"',
};

describe("formatLocation", () => {
  it.each([
    [{ file: "a.csv", line: 9, column: 14 }, "a.csv:9:14"],
    [{ file: "a.csv", line: 9 }, "a.csv:9:1"],
    [{ file: "a.csv" }, "a.csv"],
    [{ file: "plan.yaml", line: 3, column: 2, field: "id" }, "plan.yaml:3:2"],
  ])("%j is %s", (location, text) => {
    expect(formatLocation(location)).toBe(text);
  });
});

describe("formatIssue", () => {
  it("writes a listing line: place, severity, code, field, message", () => {
    expect(formatIssue(issue)).toBe(
      'plan.yaml:4:9  error  invalid-type  period.start: expected an integer, got the text "2019a"',
    );
  });

  it("adds what was expected and the hint in brackets", () => {
    expect(formatIssue({ ...issue, expected: "a year such as 2019", hint: "remove the a" })).toBe(
      'plan.yaml:4:9  error  invalid-type  period.start: expected an integer, got the text "2019a" (expected a year such as 2019; remove the a)',
    );
    expect(formatIssue({ ...issue, hint: "remove the a" })).toMatch(/ \(remove the a\)$/);
  });

  it("writes only the file for an issue about a whole file, and nothing without a location", () => {
    expect(
      formatIssue({
        code: "file-not-found",
        severity: "error",
        location: { file: "plan.yaml" },
        message: "no such file",
      }),
    ).toBe("plan.yaml  error  file-not-found  no such file");
    expect(formatIssue({ code: "internal", severity: "warning", message: "x" })).toBe(
      "warning  internal  x",
    );
  });

  it("leaves severity and code out in the error layout", () => {
    expect(
      formatIssue(
        {
          code: "malformed-file",
          severity: "error",
          location: { file: "a.csv", line: 9, column: 14 },
          message: "a quoted field is not closed",
          hint: "close it",
        },
        { layout: "error" },
      ),
    ).toBe("a.csv:9:14  a quoted field is not closed (close it)");
    expect(
      formatIssue({ code: "malformed-file", severity: "error", message: "m" }, { layout: "error" }),
    ).toBe("m");
  });

  it("writes its own words in Dutch with lang nl: the severity and what was expected", () => {
    const dutch = {
      ...issue,
      message: 'een geheel getal verwacht, maar hier staat de tekst "2019a"',
      expected: "een jaar zoals 2019",
      hint: "haal de a weg",
    };
    expect(formatIssue(dutch, { lang: "nl" })).toBe(
      'plan.yaml:4:9  fout  invalid-type  period.start: een geheel getal verwacht, maar hier staat de tekst "2019a" (verwacht: een jaar zoals 2019; haal de a weg)',
    );
    expect(formatIssue({ ...dutch, severity: "warning" }, { lang: "nl" })).toMatch(
      /^plan\.yaml:4:9 {2}waarschuwing {2}invalid-type {2}/,
    );
    expect(formatIssue({ ...dutch, severity: "info" }, { lang: "nl" })).toMatch(
      /^plan\.yaml:4:9 {2}mededeling {2}/,
    );
    expect(formatIssue(dutch, { layout: "error", lang: "nl" })).toBe(
      'plan.yaml:4:9  period.start: een geheel getal verwacht, maar hier staat de tekst "2019a" (verwacht: een jaar zoals 2019; haal de a weg)',
    );
    expect(formatIssue(dutch, { lang: "en" })).toBe(formatIssue(dutch));
  });

  it("works as a callback of map", () => {
    expect([issue].map((i) => formatIssue(i))).toEqual([formatIssue(issue)]);
  });
});

describe("issueOf", () => {
  it("is the issue an IvpError carries, as an error, without its cause", () => {
    const error = new IvpError("malformed-file", "not a number", {
      location: { file: "a.csv", line: 2, column: 5 },
      hint: "write a whole number",
      cause: new Error("inner"),
    });
    expect(issueOf(error)).toEqual({
      code: "malformed-file",
      severity: "error",
      message: "not a number",
      location: { file: "a.csv", line: 2, column: 5 },
      hint: "write a whole number",
    });
    expect(issueOf(new IvpError("invalid-period", "p"))).toEqual({
      code: "invalid-period",
      severity: "error",
      message: "p",
    });
  });
});

describe("formatFinding", () => {
  const finding: LocatedFinding = {
    code: "relative-target-mismatch",
    severity: "error",
    location: { file: "plan.yaml", line: 12, column: 9, field: "indicators[0].target.value" },
    message: "the target 45 is not -10% of 54",
    also: [{ file: "data/politie.csv", line: 3, column: 1 }],
  };

  it("writes the finding's line without its field, then its other places", () => {
    expect(formatFinding(finding)).toBe(
      "plan.yaml:12:9  error  relative-target-mismatch  the target 45 is not -10% of 54\n    also at data/politie.csv:3:1",
    );
  });

  it("writes the suggestion as a fix: line and an acknowledgement last", () => {
    expect(
      formatFinding({ ...finding, also: [], hint: "write 49", acknowledged: "as printed" }),
    ).toBe(`plan.yaml:12:9  error  relative-target-mismatch  the target 45 is not -10% of 54
    fix: write 49
    acknowledged: as printed`);
  });

  it("writes its own words in Dutch with lang nl: ook op, oplossing, geaccepteerd", () => {
    expect(
      formatFinding(
        {
          ...finding,
          severity: "warning",
          message: "het doel 45 is niet -10% van 54",
          hint: "schrijf 49",
          acknowledged: "zo gedrukt",
        },
        { lang: "nl" },
      ),
    ).toBe(`plan.yaml:12:9  waarschuwing  relative-target-mismatch  het doel 45 is niet -10% van 54
    ook op data/politie.csv:3:1
    oplossing: schrijf 49
    geaccepteerd: zo gedrukt`);
    expect(formatFinding(finding, { lang: "en" })).toBe(formatFinding(finding));
  });
});
