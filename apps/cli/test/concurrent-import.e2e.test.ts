/**
 * Several `ivp import` processes on one plan at the same time (the built CLI):
 * every figure of every import that exits 0 is in the data file afterwards,
 * and every import that does not fails cleanly, with exit code 75 and a
 * message naming the import that holds the plan. Before the lock, two runs
 * both exited 0 and one run's 20,000 figures were lost.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IVP, ivp } from "./run-ivp.ts";

/** The police codes of the series `ivp init` makes. */
const CODES = ["0.0.0", "1.1.1", "1.2.1", "1.2.3", "1.4.5", "1.4.6", "1.4.7", "2.2.1", "2.5.2"];
const RUNS = 4;
const YEARS = 185; // x 12 months x 9 crime types = 19,980 figures per import

/** An OData page with the figures of import `k`: its own years, so no two imports share a figure. */
function page(k: number): { text: string; figures: Map<string, number> } {
  const figures = new Map<string, number>();
  const value: unknown[] = [];
  for (let y = 1200 + 200 * k; y < 1200 + 200 * k + YEARS; y++) {
    for (let m = 1; m <= 12; m++) {
      for (const code of CODES) {
        const count = (y * 7 + m * 3 + k + code.length) % 500;
        value.push({
          SoortMisdrijf: `${code}   `,
          RegioS: "GM0376    ",
          Perioden: `${y}MM${String(m).padStart(2, "0")}`,
          GeregistreerdeMisdrijven_1: count,
        });
        figures.set(`${code}|${y}-${String(m).padStart(2, "0")}`, count);
      }
    }
  }
  const metadata =
    "https://dataderden.cbs.nl/ODataApi/OData/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet";
  return { text: JSON.stringify({ "odata.metadata": metadata, value }), figures };
}

function run(args: readonly string[], cwd: string) {
  return new Promise<{ code: number | null; stderr: string }>((done) => {
    const child = spawn(process.execPath, [IVP, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 240_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

/** The figures of the data file, by police code and period (read by hand, not with ivp). */
function dataFigures(plan: string): Map<string, number> {
  const seriesCode = new Map<string, string>();
  for (const match of readFileSync(join(plan, "plan.yaml"), "utf8").matchAll(
    /id: ([a-z-]+), label: [^\n]*codes: \{ police: "([\d.]+)" \}/g,
  )) {
    seriesCode.set(match[1] as string, match[2] as string);
  }
  const figures = new Map<string, number>();
  for (const line of readFileSync(join(plan, "data/politie.csv"), "utf8").split("\n").slice(1)) {
    const [series, , period, value] = line.split(",");
    if (!series || !period || value === undefined || value === "") continue;
    figures.set(`${seriesCode.get(series)}|${period}`, Number(value));
  }
  return figures;
}

describe("ivp import, several at once on one plan (built CLI)", () => {
  let dir = "";
  let remove = async () => {};
  beforeAll(async () => {
    ({ dir, remove } = await temporaryDirectory());
  });
  afterAll(() => remove());

  it(`${RUNS} parallel imports of 19,980 figures each: every figure of every import that succeeded is there, every other import failed cleanly`, async () => {
    const plan = join(dir, "plan");
    expect(ivp(["init", plan, "--municipality", "Blaricum", "--period", "2024-2027"]).code).toBe(0);
    const pages = Array.from({ length: RUNS }, (_, k) => page(k));
    pages.forEach((p, k) => {
      writeFileSync(join(dir, `page-${k}.json`), p.text);
    });
    const results = await Promise.all(
      pages.map((_, k) => run(["import", `page-${k}.json`, "--plan", "plan"], dir)),
    );
    const figures = dataFigures(plan);
    let succeeded = 0;
    results.forEach((result, k) => {
      if (result.code === 0) {
        succeeded++;
        for (const [key, count] of pages[k]?.figures ?? []) expect(figures.get(key)).toBe(count);
      } else {
        expect(result.code).toBe(75);
        expect(result.stderr).toMatch(
          /^ivp: plan\/\.ivp-import\.lock {2}another ivp import \(process \d+ on .+, since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) is changing this plan \(wait until it has finished and run the import again; if no import is running, remove plan\/\.ivp-import\.lock\)\nNothing was written\.\n$/,
        );
        for (const key of pages[k]?.figures.keys() ?? []) expect(figures.has(key)).toBe(false);
      }
    });
    expect(succeeded).toBeGreaterThanOrEqual(1);
    expect(figures.size).toBe(succeeded * 19_980);
    expect(existsSync(join(plan, ".ivp-import.lock"))).toBe(false);
  }, 600_000);

  it("a lock held by a live process: exit 75, the process named, nothing written", async () => {
    const plan = join(dir, "held");
    expect(ivp(["init", plan, "--municipality", "Blaricum", "--period", "2024-2027"]).code).toBe(0);
    writeFileSync(join(dir, "small.json"), page(0).text);
    const before = readFileSync(join(plan, "data/politie.csv"), "utf8");
    const lock = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    writeFileSync(join(plan, ".ivp-import.lock"), JSON.stringify(lock));
    const result = ivp(["import", "small.json", "--plan", "held"], dir);
    expect(result.code).toBe(75);
    expect(result.stderr).toContain(
      `held/.ivp-import.lock  another ivp import (process ${process.pid} on ${hostname()}, since`,
    );
    expect(readFileSync(join(plan, "data/politie.csv"), "utf8")).toBe(before);
    expect(existsSync(join(plan, ".ivp-import.lock"))).toBe(true);
  });

  it("a lock left by an import that died is taken over, and removed afterwards", async () => {
    const plan = join(dir, "stale");
    expect(ivp(["init", plan, "--municipality", "Blaricum", "--period", "2024-2027"]).code).toBe(0);
    writeFileSync(join(dir, "small.json"), page(0).text);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const lock = { pid: dead, host: hostname(), started: new Date().toISOString() };
    writeFileSync(join(plan, ".ivp-import.lock"), JSON.stringify(lock));
    const result = ivp(["import", "small.json", "--plan", "stale"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(dataFigures(plan).size).toBe(19_980);
    expect(existsSync(join(plan, ".ivp-import.lock"))).toBe(false);
  });
});
