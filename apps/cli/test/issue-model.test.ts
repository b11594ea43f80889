/**
 * The issue model across the repository (see the contributors' page of the
 * docs): every code in `IssueCode` is reported by the package its group
 * names, and no package throws anything but an `IvpError`. These read the
 * sources of every package, so they live in the CLI, the package that
 * depends on all the others (turbo re-runs its tests when any of them
 * changes).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CliIssueCode, ImportIssueCode, ModelIssueCode, PlanFileIssueCode } from "@ivp/model";
import { LINT_RULES } from "@ivp/model";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";

/** The program sources (no tests) of the packages and apps. */
function sources(): { file: string; text: string }[] {
  const roots = ["packages", "apps"].flatMap((group) =>
    readdirSync(join(REPO_ROOT, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(REPO_ROOT, group, entry.name, "src")),
  );
  return roots.flatMap((root) => {
    let files: string[];
    try {
      files = readdirSync(root, { recursive: true, encoding: "utf8" });
    } catch {
      return [];
    }
    return files
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith("test-utils.ts"))
      .map((f) => ({
        file: relative(REPO_ROOT, join(root, f)),
        text: readFileSync(join(root, f), "utf8"),
      }));
  });
}

/**
 * Every code but the lint rules' ids (checked below), with the source
 * directory that reports it. The type makes this table list every code of
 * `IssueCode`'s groups: a new code does not compile until it is here.
 */
const REPORTED_IN: Record<
  PlanFileIssueCode | ModelIssueCode | ImportIssueCode | CliIssueCode | "internal",
  string
> = {
  // plan files
  "file-not-found": "packages/plan-file/src",
  "not-a-regular-file": "packages/plan-file/src",
  "data-outside-plan": "packages/plan-file/src",
  "invalid-encoding": "packages/plan-file/src",
  "yaml-syntax": "packages/plan-file/src",
  "yaml-tag": "packages/plan-file/src",
  "yaml-too-deep": "packages/plan-file/src",
  "decimal-comma": "packages/plan-file/src",
  "missing-field": "packages/plan-file/src",
  "invalid-type": "packages/plan-file/src",
  "unknown-field": "packages/plan-file/src",
  "invalid-value": "packages/plan-file/src",
  "duplicate-id": "packages/model/src/validation",
  "unknown-reference": "packages/model/src/validation",
  "average-missing-figure": "packages/model/src/target",
  "csv-syntax": "packages/plan-file/src",
  "invalid-data": "packages/plan-file/src",
  // the model's computations
  "invalid-period": "packages/model/src/period",
  "invalid-date": "packages/model/src/monitoring",
  "incomparable-periods": "packages/model/src/table",
  "invalid-number": "packages/model/src/statistics",
  "unknown-table": "packages/model/src/table",
  "invalid-plan": "packages/importers/src",
  // imports
  "malformed-file": "packages/importers/src",
  "ambiguous-mapping": "packages/importers/src",
  "unknown-municipality": "packages/importers/src",
  "plan-busy": "packages/importers/src",
  // the command line
  usage: "apps/cli/src/cli-error.ts",
  "cannot-write": "apps/cli/src",
  "invalid-input": "apps/cli/src/cli-error.ts",
  internal: "packages/model/src",
};

describe("IssueCode", () => {
  const all = sources().filter((s) => !s.file.endsWith("issue/issue-code.ts"));

  it.each(Object.entries(REPORTED_IN))("%s is reported in %s", (code, where) => {
    const reporting = all.filter((s) => s.file.startsWith(where) && s.text.includes(`"${code}"`));
    expect(
      reporting.map((s) => s.file),
      `no source in ${where} reports "${code}"`,
    ).not.toEqual([]);
  });

  it("has a lint rule for every lint code, and a lint code and texts for every rule", () => {
    const codes = readFileSync(join(REPO_ROOT, "packages/model/src/issue/issue-code.ts"), "utf8");
    const union = codes.slice(codes.indexOf("export type LintRuleId ="));
    const lintCodes = [...union.slice(0, union.indexOf(";")).matchAll(/\| "([a-z-]+)"/g)].map(
      (m) => m[1],
    );
    const catalogue = readFileSync(
      join(REPO_ROOT, "packages/model/src/lint/messages/nl.ts"),
      "utf8",
    );
    const rulesPart = catalogue.slice(catalogue.indexOf("  rules: {"));
    const texts = [...rulesPart.matchAll(/^ {4}"?([a-z-]+)"?: \{$/gm)].map((m) => m[1]);
    const rules = LINT_RULES.map((rule) => rule.id);
    expect(lintCodes).toEqual(rules);
    expect(new Set(texts)).toEqual(new Set(rules));
  });
});

describe("every throw in a package is an IvpError", () => {
  const all = sources();
  const PLAIN =
    /\bnew (?:Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError)\(|\bextends (?:Error|TypeError|RangeError)\b|\bthrow\s+["'`]/;

  it("finds the sources (the scan reads what it should)", () => {
    expect(all.some((s) => s.file === "packages/model/src/errors.ts")).toBe(true);
    expect(all.some((s) => s.file === "apps/cli/src/cli-error.ts")).toBe(true);
    expect(all.some((s) => s.file.startsWith("packages/importers/src/"))).toBe(true);
  });

  it("constructs no Error, RangeError or TypeError and throws no string (IvpError itself aside)", () => {
    const offending = all.flatMap((s) =>
      s.text
        .split("\n")
        .map((line, i) => ({ line, at: `${s.file}:${i + 1}` }))
        .filter(({ line }) => PLAIN.test(line) && !line.trimStart().startsWith("*"))
        .filter(({ at }) => !at.startsWith("packages/model/src/errors.ts:"))
        .map(({ at, line }) => `${at}  ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it("would catch one (the check can fail)", () => {
    expect(PLAIN.test('throw new Error("x")')).toBe(true);
    expect(PLAIN.test("throw new RangeError(`x`)")).toBe(true);
    expect(PLAIN.test("class A extends Error {")).toBe(true);
    expect(PLAIN.test('throw "x"')).toBe(true);
    expect(PLAIN.test('throw new IvpError("internal", "x")')).toBe(false);
  });
});

describe("a thrown error's text is a catalogue's", () => {
  // `new IvpError(code, "text")`, `new ImportError(code, \`text\`)`, `usageError("text")`:
  // a sentence written in the code is English whatever the reader's
  // language. Outside the model (whose errors are English with an id and
  // data, worded by @ivp/plan-file), every text is a catalogue's (`say`,
  // `importError`, `importText`). These are the exceptions, each with why:
  // `<file or folder>  <start of the text>`.
  const ALLOWED: Record<string, string> = {
    // A catalogue without the text asked for: no catalogue can say so.
    "packages/plan-file/src/messages/catalogue.ts  `No text for": "a catalogue's own gap",
    "apps/cli/src/messages/say.ts  `No text for": "a catalogue's own gap",
    "apps/cli/src/messages/say.ts  \"the CLI's messages are used before": "no catalogue yet",
    "apps/cli/src/help.ts  `No help text for": "a catalogue's own gap",
    "apps/cli/src/help.ts  `No help texts for": "a catalogue's own gap",
    // Caught by the plan cache, which then reads the plan the usual way: never shown.
    "apps/cli/src/read-regular-file-sync.ts  `${path} is not a regular file": "never shown",
    // A reader's refusal again, with the words of its messageId (bulk/population-wrapped).
    "packages/importers/src/bulk/population-by-municipality.ts  `${error.message}; ${EXPECTED}":
      "worded by wordImportError",
  };
  const WRITTEN =
    /(?:new (?:IvpError|ImportError|CliError|NotARegularFileError)\(\s*(?:"[^"]*"|[\w.]+)\s*,|\busageError\(|new CliError\()\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;

  /** `file  "start of the text` for every error constructed with words written in the code. */
  function written(file: string, text: string): string[] {
    // Comments (examples in JSDoc) are not code.
    const code = text
      .split("\n")
      .filter((line) => !/^\s*(?:\*|\/\/|\/\*\*)/.test(line))
      .join("\n");
    return [...code.matchAll(WRITTEN)]
      .map((m) => m[1] as string)
      .filter((literal) => /[a-z]{3}/i.test(literal.replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, "")))
      .map((literal) => `${file}  ${literal.slice(0, 40)}`);
  }

  it("finds none but the exceptions, outside the model", () => {
    const found = sources()
      .filter(
        (s) => !s.file.startsWith("packages/model/") && !s.file.startsWith("packages/testkit/"),
      )
      .flatMap((s) => written(s.file, s.text));
    const allowed = Object.keys(ALLOWED).map((key) => key.split("  ") as [string, string]);
    const isAllowed = (found: string) => {
      const [file, text] = found.split("  ") as [string, string];
      return allowed.some(([where, start]) => file.startsWith(where) && text.startsWith(start));
    };
    expect(found.filter((f) => !isAllowed(f))).toEqual([]);
  });

  it("would find one (the check can fail)", () => {
    expect(
      written("a.ts", 'throw new IvpError("internal", "the plan file has YAML errors");'),
    ).toEqual(['a.ts  "the plan file has YAML errors"']);
    expect(
      written("a.ts", "throw new ImportError(code, `the data file is not valid`, {});"),
    ).toHaveLength(1);
    expect(written("a.ts", 'throw usageError("--out is required", "bulk");')).toHaveLength(1);
    expect(
      written("a.ts", 'throw importError("internal", "internal/plan-yaml-errors", {});'),
    ).toEqual([]);
    expect(written("a.ts", ' * new IvpError("internal", "an example")')).toEqual([]);
  });
});
