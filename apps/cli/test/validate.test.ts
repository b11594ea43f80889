import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyLaren, hasStackTrace, runIvp } from "./run-ivp.ts";

describe("ivp validate", () => {
  it("accepts the Laren example", () => {
    const run = runIvp(["validate", "examples/laren-2019-2022"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^examples\/laren-2019-2022\/plan\.yaml: valid \(4 priorities, 6 themes, \d+ indicators, 2 tables, \d+ observations\)\n$/,
    );
  });

  it("accepts the path of plan.yaml itself", () => {
    expect(runIvp(["validate", "examples/laren-2019-2022/plan.yaml"]).status).toBe(0);
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
