/**
 * Fuzz test: thousands of mutated plans, data files and open-data exports fed
 * to the CLI. Whatever the input, ivp must answer with exit code 0 or 1 (the
 * command lines are well-formed, so never 2; never 70, never an uncaught
 * exception), print no stack trace, name the
 * place (file:line:col) of what is wrong when it fails, write no output file
 * when it fails (and leave no temporary file behind), and never change an
 * input file unless an import succeeded.
 *
 * Most cases call the CLI's `main()` in this process (the same code as the
 * built CLI, without a process start-up each); a sample runs the built
 * `dist/ivp.js` as a user does. The mutations are seeded: set IVP_FUZZ_SEED
 * to explore other inputs and IVP_FUZZ_CASES for more cases; a failure
 * reports the seed and case number that reproduce it.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/main.ts";
import { mutateFile, Random } from "./fuzz/mutate.ts";
import { hasStackTrace, IVP } from "./run-ivp.ts";

const SEED = Number(process.env.IVP_FUZZ_SEED ?? 20_261_128);
const CASES = Number(process.env.IVP_FUZZ_CASES ?? 3000);
const SPAWNED = Math.max(1, Math.round(CASES / 50));

const work = mkdtempSync(join(tmpdir(), "ivp-fuzz-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Blaricum's plan with a data file of many rows (quotes, commas, missing values, intervals). */
function makeBlaricum(dir: string): void {
  cpSync(join(REPO_ROOT, "examples/blaricum"), dir, { recursive: true });
  const plan = readFileSync(join(dir, "plan.yaml"), "utf8");
  // Series and indicators share ids here; each series once.
  const series = new Set(
    [...plan.matchAll(/^ {2}- \{ id: ([a-z0-9-]+), label:/gm)].map((m) => m[1]),
  );
  const rows = ["series,area,period,value,origin,source,note,lower,upper"];
  let n = 0;
  for (const id of series) {
    // Years before the example's own figures (inhabitants from 2021 on, crimes from 2022).
    for (const year of [2018, 2019, 2020]) {
      n++;
      const value = n % 11 === 0 ? "" : String((n * 37) % 400);
      const note = n % 3 === 0 ? `"Politie, ""open data"" ${year}"` : "";
      rows.push(`${id},GM0376,${year},${value},import,politie,${note},,`);
    }
  }
  writeFileSync(join(dir, "data/extra.csv"), `${rows.join("\n")}\n`);
  writeFileSync(
    join(dir, "plan.yaml"),
    plan.replace(/^data:\n((?: {2}- .*\n)+)/m, (block) => `${block}  - data/extra.csv\n`),
  );
}

const bases = join(work, "bases");
makeBlaricum(join(bases, "blaricum"));
cpSync(join(REPO_ROOT, "examples/eemnes"), join(bases, "eemnes"), { recursive: true });
cpSync(join(REPO_ROOT, "examples/laren-2019-2022/plan.yaml"), join(bases, "laren/plan.yaml"));

const IMPORT_SOURCES = [
  { file: STATLINE_FILE, kind: "csv" as const },
  {
    file: join(REPO_ROOT, "packages/importers/test/fixtures/statline/soorten-laren.csv"),
    kind: "csv" as const,
  },
  {
    file: join(REPO_ROOT, "packages/importers/test/fixtures/odata/47013NED/page-1.json"),
    kind: "json" as const,
  },
];

/** One fuzz case: which file is mutated and which command runs. */
interface Scenario {
  readonly name: string;
  readonly weight: number;
  /** Sets up the case directory; returns the command (paths absolute) and the mutated file. */
  readonly prepare: (
    dir: string,
    random: Random,
  ) => { args: string[]; mutated: string; out?: string };
}

function copyBase(name: string, dir: string): string {
  const target = join(dir, name);
  cpSync(join(bases, name), target, { recursive: true });
  return target;
}

function mutateInPlace(file: string, kind: "yaml" | "csv" | "json", random: Random): string[] {
  const mutated = mutateFile(readFileSync(file, "utf8"), kind, random);
  writeFileSync(file, mutated.bytes);
  return [...mutated.steps];
}

/** A command on a plan, with --out into the case directory where the command has one. */
function planCommand(plan: string, dir: string, random: Random, tableId: string) {
  const out = join(dir, "out", random.pick(["out.csv", "out.md", "out.json", "out.txt"]));
  const choice = random.int(7);
  if (choice === 0) return { args: ["validate", plan] };
  if (choice === 1) return { args: ["validate", plan, "--format", "json"] };
  if (choice === 2) return { args: ["status", plan] };
  if (choice === 3) return { args: ["report", plan, "--format", "md", "--out", out], out };
  const format = random.pick(["csv", "md", "tsv", "json"]);
  return { args: ["table", plan, tableId, "--format", format, "--out", out], out };
}

let steps: string[] = [];

const SCENARIOS: readonly Scenario[] = [
  {
    name: "blaricum plan.yaml",
    weight: 35,
    prepare: (dir, random) => {
      const plan = copyBase("blaricum", dir);
      steps = mutateInPlace(join(plan, "plan.yaml"), "yaml", random);
      return { ...planCommand(plan, dir, random, "politiecijfers"), mutated: "plan.yaml" };
    },
  },
  {
    name: "blaricum data file",
    weight: 25,
    prepare: (dir, random) => {
      const plan = copyBase("blaricum", dir);
      const file = random.pick(["data/extra.csv", "data/politie.csv"]);
      steps = mutateInPlace(join(plan, file), "csv", random);
      return { ...planCommand(plan, dir, random, "politiecijfers"), mutated: basename(file) };
    },
  },
  {
    name: "laren plan.yaml",
    weight: 8,
    prepare: (dir, random) => {
      const plan = copyBase("laren", dir);
      steps = mutateInPlace(join(plan, "plan.yaml"), "yaml", random);
      return {
        ...planCommand(plan, dir, random, random.pick(["tabel-1", "tabel-2"])),
        mutated: "plan.yaml",
      };
    },
  },
  {
    name: "import source",
    weight: 20,
    prepare: (dir, random) => {
      const plan = copyBase("blaricum", dir);
      const source = random.pick(IMPORT_SOURCES);
      const file = join(dir, basename(source.file));
      writeFileSync(file, readFileSync(source.file));
      steps = mutateInPlace(file, source.kind, random);
      // --first-page-only: an OData page's next link points at the CBS web
      // API, and tests do not use the network.
      const args = ["import", file, "--plan", plan];
      if (source.kind === "json") args.push("--first-page-only");
      return { args, mutated: basename(file) };
    },
  },
  {
    name: "bulk",
    weight: 8,
    prepare: (dir, random) => {
      // StatLine downloads only: OData pages link to the CBS web API.
      const source = random.pick(IMPORT_SOURCES.filter((s) => s.kind === "csv"));
      const file = join(dir, basename(source.file));
      writeFileSync(file, readFileSync(source.file));
      steps = mutateInPlace(file, "csv", random);
      const out = join(dir, "out", "bulk");
      const args = ["bulk", file, "--out", out, "--quiet", "--format", random.pick(["md", "json"])];
      if (random.chance(0.7)) {
        // The municipalities each file has figures for.
        const laren = source.file.endsWith("soorten-laren.csv");
        args.push("--municipalities", laren ? "Laren (NH.)" : "Blaricum,Eemnes,GM0417");
      }
      return { args, out, mutated: basename(file) };
    },
  },
  {
    name: "compare",
    weight: 12,
    prepare: (dir, random) => {
      const a = copyBase("blaricum", dir);
      const b = copyBase("eemnes", dir);
      const file = random.pick(["plan.yaml", "data/politie.csv"]);
      steps = mutateInPlace(join(b, file), file.endsWith(".csv") ? "csv" : "yaml", random);
      const out = join(dir, "out", "compare.csv");
      return {
        args: [
          "compare",
          a,
          b,
          "--format",
          random.pick(["csv", "md", "json", "text"]),
          "--out",
          out,
        ],
        out,
        mutated: basename(file),
      };
    },
  },
];

function pickScenario(random: Random): Scenario {
  const total = SCENARIOS.reduce((sum, s) => sum + s.weight, 0);
  let at = random.int(total);
  for (const scenario of SCENARIOS) {
    at -= scenario.weight;
    if (at < 0) return scenario;
  }
  return SCENARIOS[0] as Scenario;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `main()` in this process, capturing what it writes. */
async function runInProcess(args: readonly string[]): Promise<Run> {
  const captured = { stdout: "", stderr: "" };
  const original = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture =
    (stream: "stdout" | "stderr") =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      captured[stream] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") done();
      return true;
    };
  process.stdout.write = capture("stdout") as typeof process.stdout.write;
  process.stderr.write = capture("stderr") as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, ...captured };
  } finally {
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
  }
}

function runSpawned(args: readonly string[]): Run {
  const result = spawnSync(process.execPath, [IVP, ...args], {
    encoding: "utf8",
    env: { ...process.env, IVP_DEBUG: "", NO_COLOR: "1" },
    // A run that never ends is killed and fails (status null) instead of hanging the suite.
    timeout: 30_000,
    killSignal: "SIGKILL",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a directory with its bytes, to prove nothing changed. */
function contents(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, readFileSync(path).toString("base64"));
  }
  return files;
}

/**
 * Whether a failed run names the place of a problem: `file:line:col` in its
 * text, or every error of `validate --format json` with its file and line.
 */
function namesPlace(run: Run): boolean {
  if (run.stdout.startsWith("{")) {
    const report = JSON.parse(run.stdout) as {
      issues: { severity: string; file?: string; line?: number }[];
      findings: { severity: string; file?: string; line?: number }[];
    };
    const errors = [...report.issues, ...report.findings].filter((e) => e.severity === "error");
    return errors.length > 0 && errors.every((e) => e.file && e.line !== undefined && e.line >= 1);
  }
  const output = `${run.stdout}${run.stderr}`;
  if (/[^\s:]+\.(yaml|csv|json):\d+:\d+/.test(output)) return true;
  // Verdicts on a whole file that is well-formed name the file alone.
  return WHOLE_FILE_VERDICTS.some((verdict) =>
    new RegExp(`\\.(csv|json):? {1,2}${verdict.source}`).test(output),
  );
}

/** What `ivp import` and `ivp bulk` say about a well-formed file that does not fit. */
const WHOLE_FILE_VERDICTS = [
  /no figures for /,
  /the file has no figures for /,
  /none of the \d+ figures in the file fits the plan/,
  /the file is empty/,
  /the file is neither a StatLine CSV download nor an OData JSON page/,
];

/** What is wrong with a run, or nothing. */
function problemsOf(
  run: Run,
  context: {
    out?: string;
    changed: string[];
    created: string[];
    command: string;
  },
): string[] {
  const problems: string[] = [];
  const output = `${run.stdout}${run.stderr}`;
  // The command lines are well-formed, so a usage error (2) is as wrong as an
  // internal error (70): bad input is exit code 1.
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}`);
  if (hasStackTrace(output)) problems.push("a stack trace");
  if (/internal error/.test(output)) problems.push("an internal error");
  if (run.code === 1 && !namesPlace(run)) problems.push("exit 1 without a file:line:col");
  if (context.out !== undefined) {
    const outDir = join(context.out, "..");
    const leftovers = existsSync(outDir)
      ? readdirSync(outDir).filter((f) => f.endsWith(".tmp"))
      : [];
    if (leftovers.length > 0) problems.push(`temporary files left: ${leftovers.join(", ")}`);
    if (run.code === 0 && !existsSync(context.out)) problems.push("exit 0 but no --out file");
    if (run.code !== 0 && existsSync(context.out))
      problems.push("an --out file written on failure");
  }
  const importSucceeded = context.command === "import" && run.code === 0;
  if (!importSucceeded && context.created.length > 0) {
    problems.push(`files written: ${context.created.join(", ")}`);
  }
  if (!importSucceeded && context.changed.length > 0) {
    problems.push(`input files changed: ${context.changed.join(", ")}`);
  }
  return problems;
}

interface Outcome {
  readonly codes: Map<string, number>;
  readonly failures: string[];
}

async function fuzz(first: number, count: number, spawn: boolean): Promise<Outcome> {
  const codes = new Map<string, number>();
  const failures: string[] = [];
  for (let i = first; i < first + count; i++) {
    const random = new Random(SEED + i);
    const scenario = pickScenario(random);
    const dir = join(work, `case-${i}`);
    mkdirSync(join(dir, "out"), { recursive: true });
    const prepared = scenario.prepare(dir, random);
    const out = prepared.out;
    const before = contents(dir);
    const run = spawn ? runSpawned(prepared.args) : await runInProcess(prepared.args);
    const after = contents(dir);
    const changed = [...before.keys()].filter((path) => after.get(path) !== before.get(path));
    // Files that appeared: only the --out file of a command that succeeded.
    const created = [...after.keys()].filter(
      (path) =>
        !before.has(path) &&
        !(run.code === 0 && out !== undefined && (path === out || path.startsWith(`${out}/`))),
    );
    const command = prepared.args[0] as string;
    const key = `${scenario.name}: ${command} exit ${run.code}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
    const problems = problemsOf(run, {
      changed,
      created,
      command,
      ...(out && { out }),
    });
    if (problems.length > 0 && failures.length < 10) {
      failures.push(
        [
          `case ${i} (IVP_FUZZ_SEED=${SEED}): ${problems.join("; ")}`,
          `  ${scenario.name}: ${prepared.mutated} mutated by ${steps.join(", ")}`,
          `  ivp ${prepared.args.map((a) => a.replace(dir, "<case>")).join(" ")}`,
          `  exit ${run.code}; stderr: ${run.stderr.slice(0, 600)}`,
          `  stdout: ${run.stdout.slice(0, 300)}`,
        ].join("\n"),
      );
    } else if (problems.length === 0) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { codes, failures };
}

/**
 * The in-process cases run in chunks, each a test with its own time limit, so
 * a slow (shared, loaded) machine slows the run down instead of failing one
 * long test at 240 s; the cases are the same as in one run (case i uses
 * SEED + i).
 */
const CHUNKS = Math.min(10, CASES);

describe("the CLI on mutated input", () => {
  const codes = new Map<string, number>();
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const first = Math.floor((chunk * CASES) / CHUNKS);
    const next = Math.floor(((chunk + 1) * CASES) / CHUNKS);
    it(`answers mutated plans, data files and exports ${first}-${next - 1} of ${CASES} in-process without crashing, leaking or half-writing`, async () => {
      const outcome = await fuzz(first, next - first, false);
      for (const [key, n] of outcome.codes) codes.set(key, (codes.get(key) ?? 0) + n);
      expect(outcome.failures).toEqual([]);
    }, 240_000);
  }

  it(`reaches both outcomes in every scenario over the ${CASES} cases: inputs that still load and inputs that do not`, () => {
    for (const scenario of SCENARIOS) {
      const exits = [...codes.entries()].filter(([key]) => key.startsWith(`${scenario.name}:`));
      expect(exits.some(([key]) => key.endsWith("exit 0"))).toBe(true);
      expect(exits.some(([key]) => key.endsWith("exit 1"))).toBe(true);
    }
  });

  it(`answers ${SPAWNED} of them the same way through the built dist/ivp.js`, async () => {
    const { failures } = await fuzz(CASES, SPAWNED, true);
    expect(failures).toEqual([]);
  }, 240_000);
});
