import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyLaren, hasStackTrace, runIvp } from "./run-ivp.ts";

/** A plan file's text without its `lint:` block (in the Laren example, the last thing in the file). */
function withoutLintSettings(file: string): string {
  const text = readFileSync(file, "utf8");
  const at = text.indexOf("\nlint:\n");
  expect(at).toBeGreaterThan(0);
  return text.slice(0, at + 1);
}

describe("ivp validate", () => {
  it("reports the Laren document's inconsistencies as file:line:col  severity  rule  message; its errors are acknowledged, so it exits 0", () => {
    const run = runIvp(["validate", "examples/laren-2019-2022"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe(
      "examples/laren-2019-2022/plan.yaml: valid (4 priorities, 6 themes, 16 indicators, 2 tables, 213 observations); 11 errors (acknowledged), 11 warnings, 1 info",
    );
    const heads = lines.filter((line) => !line.startsWith("    ")).slice(0, -1);
    expect(heads).toHaveLength(23);
    for (const head of heads) {
      expect(head).toMatch(
        /^examples\/laren-2019-2022\/plan\.yaml:\d+:\d+ {2}(error|warning|info) {2}[a-z-]+ {2}\S.*$/,
      );
    }
    for (const line of lines.filter((l) => l.startsWith("    "))) {
      expect(line).toMatch(
        /^ {4}(also at examples\/laren-2019-2022\/plan\.yaml:\d+:\d+|fix: \S.*|acknowledged: Zo gedrukt in het vastgestelde plan \(gemeenteraad, 30 januari 2019\)\.)$/,
      );
    }
    // The plan is Dutch, so are the messages; the first finding in full:
    expect(lines.slice(0, 3)).toEqual([
      'examples/laren-2019-2022/plan.yaml:187:11  warning  indicator-missing-source  De indicator "Bibob: nieuwe (risicovolle) ondernemingen" heeft geen bron: niet bij de indicator en niet in de tabel.',
      "    also at examples/laren-2019-2022/plan.yaml:347:9",
      "    fix: Leg de bron vast onder sources en verwijs ernaar met source.",
    ]);
    expect(hasStackTrace(run.stdout)).toBe(false);
  });

  it("reads the path of plan.yaml itself the same way", () => {
    const run = runIvp(["validate", "examples/laren-2019-2022/plan.yaml"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runIvp(["validate", "examples/laren-2019-2022"]).stdout);
  });

  it("writes the findings in English with --lang en", () => {
    const run = runIvp(["validate", "examples/laren-2019-2022", "--lang", "en"]);
    expect(run.stdout).toContain(
      'relative-target-mismatch  The target "60 (-25%)" of "Absoluut aantal woninginbraken" does not match its percentage: -25% of 79 is 59.25, which rounds to 59 (half away from zero, whole numbers); 60 is 1 more, a change of -24%.\n    also at examples/laren-2019-2022/plan.yaml:273:28\n    fix: Print 59 (-25%), or 60 (-24%) if 60 is the intended target.\n',
    );
  });

  it("accepts a consistent plan, and says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "ivp-plan-"));
    writeFileSync(
      join(dir, "plan.yaml"),
      [
        "schemaVersion: 1",
        "id: test",
        "title: Test",
        "municipality: { name: Laren, code: GM0417 }",
        "period: { start: 2019, end: 2022 }",
        "mission: Veilig.",
        "series: [{ id: woninginbraken, label: Woninginbraken }]",
        "observations:",
        "  - { origin: other, periods: [2016, 2017], values: { woninginbraken: [77, 79] } }",
        "",
      ].join("\n"),
    );
    const run = runIvp(["validate", "plan.yaml"], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toBe(
      "plan.yaml: valid (0 priorities, 0 themes, 0 indicators, 0 tables, 2 observations)\n",
    );
  });

  it("fails on the same errors when the plan does not acknowledge them", () => {
    const dir = copyLaren();
    writeFileSync(join(dir, "plan.yaml"), withoutLintSettings(join(dir, "plan.yaml")));
    const run = runIvp(["validate", "plan.yaml"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("acknowledged");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "plan.yaml: not valid: 11 errors, 11 warnings, 1 info",
    );
  });

  it("fails when one error is no longer acknowledged, and reports the entry that matches nothing", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    const text = readFileSync(file, "utf8");
    // Acknowledge the first error at a field it does not point at.
    const moved = text.replace(
      "      at: indicatorTables[0].rows[0].target.value\n",
      "      at: indicatorTables[0].rows[1].target.value\n",
    );
    expect(moved).not.toBe(text);
    writeFileSync(file, moved);
    const run = runIvp(["validate", "plan.yaml", "--lang", "en"], { cwd: dir });
    expect(run.status).toBe(1);
    const line = moved.split("\n").indexOf("      at: indicatorTables[0].rows[1].target.value") + 1;
    expect(run.stdout).toContain(
      `plan.yaml:${line}:11  warning  unused-acknowledgement  lint.acknowledged accepts a finding of "relative-target-mismatch" at indicatorTables[0].rows[1].target.value, but the rule finds nothing there.\n    fix: The rule does find something at indicatorTables[0].rows[0].target.value; has the field moved?\n`,
    );
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "plan.yaml: not valid: 11 errors (10 acknowledged), 12 warnings, 1 info",
    );
  });

  it("follows the plan's lint settings and reports unknown rule ids", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    writeFileSync(file, withoutLintSettings(file));
    const errors = [
      "relative-target-mismatch",
      "indicator-value-conflict",
      "baseline-figure-mismatch",
      "conflicting-figures",
      "parts-sum-mismatch",
      "claim-contradicted",
    ];
    const settings = [...errors.map((id) => `    ${id}: warning`), "    label-typos: off"];
    writeFileSync(file, `${readFileSync(file, "utf8")}\nlint:\n  rules:\n${settings.join("\n")}\n`);
    const run = runIvp(["validate", "plan.yaml", "--lang", "en"], { cwd: dir });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(
      /^plan\.yaml: valid \(4 priorities, 6 themes, 16 indicators, 2 tables, \d+ observations\); 23 warnings, 1 info$/,
    );
    const line = readFileSync(file, "utf8").split("\n").indexOf("    label-typos: off") + 1;
    expect(run.stdout).toContain(
      `plan.yaml:${line}:18  warning  unknown-lint-rule  lint.rules names "label-typos", but there is no such rule; the setting has no effect.\n    fix: Did you mean "label-typo"?\n`,
    );
  });

  it("points at the line of a data file that contradicts the plan's table", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\ndata: [data/extra.csv]\n`);
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data/extra.csv"), "series,period,value\nwoninginbraken,2016,78\n");
    const run = runIvp(["validate", ".", "--lang", "en"], { cwd: dir });
    expect(run.stdout).toMatch(
      /^data\/extra\.csv:2:1 {2}error {2}conflicting-figures {2}"Woninginbraken" 2016 is given as 2 different values: 77 in Table 2; 78 in data\/extra\.csv\.\n {4}also at plan\.yaml:\d+:\d+\n/m,
    );
  });

  it("writes the findings into the JSON report", () => {
    const run = runIvp([
      "validate",
      "examples/laren-2019-2022",
      "--format",
      "json",
      "--lang",
      "en",
    ]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      valid: true,
      counts: { errors: 11, warnings: 11, infos: 1, acknowledged: 11 },
      issues: [],
    });
    expect(report.findings).toHaveLength(23);
    expect(report.findings[3]).toEqual({
      rule: "relative-target-mismatch",
      severity: "error",
      file: "examples/laren-2019-2022/plan.yaml",
      line: 221,
      column: 42,
      field: "indicatorTables[0].rows[0].target.value",
      message:
        'The target "60 (-25%)" of "Aantal pogingen woninginbraken" does not match its percentage: -25% of 20 is 15; 60 is 45 more, a change of +200%.',
      suggestion: "Print 15 (-25%), or 60 (+200%) if 60 is the intended target.",
      also: [
        {
          file: "examples/laren-2019-2022/plan.yaml",
          line: 220,
          column: 28,
          field: "indicatorTables[0].rows[0].baseline.value",
        },
      ],
      acknowledged: "Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).",
    });
  });

  it("reports a broken copy with file, line, column and field, and exits 1", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    const text = readFileSync(file, "utf8");
    const find = "period: { start: 2019, end: 2022 }";
    const line = text.slice(0, text.indexOf(find)).split("\n").length;
    writeFileSync(file, text.replace(find, 'period: { start: 2019, end: "2022x" }'));
    const run = runIvp(["validate", "plan.yaml"], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `plan.yaml:${line}:29  error  invalid-type  period.end: expected a number, got the text "2022x"\n1 error\n`,
    );
  });

  it("writes a JSON report with --format json", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("code: GM0417\n", "code: G0417\n"));
    const run = runIvp(["validate", dir, "--format", "json"]);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ valid: false, counts: { errors: 1, warnings: 0, infos: 0 } });
    expect(report.issues[0]).toMatchObject({
      code: "invalid-value",
      field: "municipality.code",
      severity: "error",
    });
    expect(report.issues[0].line).toBeGreaterThan(1);
  });

  it("reports a data file's problems at its own line", () => {
    const dir = copyLaren();
    const file = join(dir, "plan.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\ndata: [data/extra.csv]\n`);
    mkdirSync(join(dir, "data"));
    writeFileSync(
      join(dir, "data/extra.csv"),
      "series,period,value\nwoninginbraken,2019,55\nwoninginbraken,2020,5x\n",
    );
    const run = runIvp(["validate", "."], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `data/extra.csv:3:21  error  invalid-data  value: "5x" is not a number`,
    );
  });

  describe("edge cases", () => {
    it("says clearly when the plan does not exist", () => {
      const run = runIvp(["validate", "no/such/plan"]);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        "no/such/plan  error  file-not-found  no such file or directory",
      );
      expect(hasStackTrace(run.stderr)).toBe(false);
    });

    it("never prints a stack trace for binary garbage", () => {
      const dir = copyLaren();
      writeFileSync(join(dir, "plan.yaml"), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]));
      const run = runIvp(["validate", dir]);
      expect(run.status).toBe(1);
      expect(hasStackTrace(run.stderr)).toBe(false);
    });
  });
});

describe("ivp validate --placeholders-as-errors", () => {
  it("warns about the TODO placeholders of the Blaricum example, and fails on them with the option", () => {
    const plain = runIvp(["validate", "examples/blaricum"]);
    expect(plain.status).toBe(0);
    const warnings = plain.stdout
      .split("\n")
      .filter((l) => / {2}warning {2}placeholder {2}/.test(l));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(
      /^examples\/blaricum\/plan\.yaml:\d+:\d+ {2}warning {2}placeholder {2}mission is nog een plaatshouder: "TODO: missie/,
    );
    const strict = runIvp(["validate", "examples/blaricum", "--placeholders-as-errors"]);
    expect(strict.status).toBe(1);
    const errors = strict.stdout.split("\n").filter((l) => / {2}error {2}placeholder {2}/.test(l));
    expect(errors).toHaveLength(warnings.length);
    expect(strict.stdout.trimEnd().split("\n").at(-1)).toMatch(/: not valid: 2 errors/);
  });

  it("leaves a plan without placeholders valid", () => {
    const run = runIvp(["validate", "examples/laren-2019-2022", "--placeholders-as-errors"]);
    expect(run.status).toBe(0);
  });
});
