import { spawn } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAREN_DIR, REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { afterEach, describe, expect, it } from "vitest";
import { BUNDLE_END, BUNDLE_START } from "../src/bundle-wrapper.ts";
import { checksum } from "../src/checksum.ts";
import { IVP, runIvp } from "./run-ivp.ts";

// The code cache of the CLI's bundles (src/code-cache.ts), through the built
// CLI: IVP_DEBUG_CODE_CACHE=1 makes it say on stderr what each load did.

const temporary: string[] = [];
function freshDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

const STATUS = ["status", "examples/laren-2019-2022"];

/** Runs the built CLI with its caches in `cache`, and what the code cache said. */
function run(cache: string, args: readonly string[] = STATUS, env: Record<string, string> = {}) {
  const result = runIvp(args, {
    env: { IVP_CACHE_DIR: cache, IVP_NO_CACHE: "", IVP_DEBUG_CODE_CACHE: "1", ...env },
  });
  // One line per bundle that loads others (dist/ivp.js the dispatcher or a
  // command's bundle that carries it, dist/main.js the command, the command
  // the plan reader).
  const said = [...result.stderr.matchAll(/^ivp code cache: (.*)$/gm)].map((m) => m[1]).join(", ");
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/^ivp code cache: .*\n/gm, ""),
    said,
  };
}

/** The cache files of the code cache. */
function codeFiles(cache: string): string[] {
  try {
    return readdirSync(join(cache, "code")).sort();
  } catch {
    return [];
  }
}

/**
 * The cache file in `cache` whose name starts with `prefix`, its good bytes,
 * and the damaged copies a test writes over it: one byte flipped in the
 * middle, the first half only, and nothing.
 */
function damagedCopies(cache: string, prefix: string) {
  const file = join(cache, "code", codeFiles(cache).find((f) => f.startsWith(prefix)) as string);
  const good = readFileSync(file);
  const flipped = Buffer.from(good);
  const middle = Math.floor(flipped.length / 2);
  flipped.writeUInt8(flipped.readUInt8(middle) ^ 0xff, middle);
  return { file, good, damaged: [flipped, good.subarray(0, good.length / 2), Buffer.alloc(0)] };
}

/**
 * The arguments of a small `ivp bulk` run with two workers (three
 * municipalities), each time into a new directory: `bulk()` the next run's
 * arguments, `bulk.out(i)` the i-th run's directory (0 the first),
 * `bulk.runs()` how many there were.
 */
function bulkRun() {
  const out = freshDir("ivp-bulk-out-");
  let n = 0;
  const args = () => [
    "bulk",
    STATLINE_FILE,
    "--out",
    join(out, String(n++)),
    "--municipalities",
    "Laren,Blaricum,Eemnes",
    "--jobs",
    "2",
    "--quiet",
  ];
  return Object.assign(args, { out: (i: number) => join(out, String(i)), runs: () => n - 1 });
}

/** Every file under a directory, with its text. */
function outputOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
  return Object.fromEntries(
    files.filter((f) => f.includes(".")).map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

/** Runs the built CLI without waiting for it (for two runs at once), its caches in `cache`. */
function runIvpAsync(
  args: readonly string[],
  cache: string,
): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [IVP, ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      IVP_LANG: "",
      IVP_CACHE_DIR: cache,
      IVP_NO_CACHE: "",
      IVP_DEBUG_CODE_CACHE: "1",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stderr })));
}

describe("the code cache of the CLI's bundles", { timeout: 120_000 }, () => {
  it("is written by the first run, written anew by the next, used by the rest, with the same output", () => {
    const cache = freshDir("ivp-code-");
    const uncached = runIvp(STATUS, { env: { IVP_NO_CACHE: "1" } });
    const first = run(cache);
    // `ivp status`'s bundle carries the dispatcher: dist/main.js is not loaded.
    expect(first.said).toBe("status.js written, plan-loader.js written");
    const statusFile = () =>
      join(cache, "code", codeFiles(cache).find((f) => f.startsWith("status-")) as string);
    const firstWritten = readFileSync(statusFile());
    // The first run read the plan through the plan loader (a miss of the cache
    // of validated plans); the second reads it from that cache, with code the
    // first never ran, and writes the file anew with it.
    const second = run(cache);
    expect(second.said).toBe("status.js hit, partial");
    expect(readFileSync(statusFile()).equals(firstWritten)).toBe(false);
    const third = run(cache);
    expect(third.said).toBe("status.js hit");
    for (const result of [first, second, third]) {
      expect(result.stdout).toBe(uncached.stdout);
      expect(result.stderr).toBe(uncached.stderr);
      expect(result.status).toBe(uncached.status);
    }
  });

  it("ignores a corrupt or truncated cache file and writes it anew", () => {
    const cache = freshDir("ivp-code-");
    const expected = run(cache).stdout;
    run(cache);
    const { file, damaged } = damagedCopies(cache, "status-");
    for (const corrupt of damaged) {
      writeFileSync(file, corrupt);
      const again = run(cache);
      expect(again.said).toBe("status.js written");
      expect(again.stdout).toBe(expected);
      expect(run(cache).said).toBe("status.js hit, partial");
      expect(run(cache).said).toBe("status.js hit");
    }
  });

  it("written by a failed run, is written anew by the next successful one", () => {
    const cache = freshDir("ivp-code-");
    // A plan that does not load: validate stops before the linter's code runs.
    const bad = freshDir("ivp-bad-plan-");
    writeFileSync(
      join(bad, "plan.yaml"),
      readFileSync(join(LAREN_DIR, "plan.yaml"), "utf8").replace(
        /^schemaVersion: 1$/m,
        "schemaVersion: 7",
      ),
    );
    const VALIDATE = ["validate", "examples/laren-2019-2022"];
    const failed = run(cache, ["validate", bad]);
    expect(failed.status).not.toBe(0);
    expect(failed.said).toMatch(/^validate\.js written/);
    const validateFile = () =>
      join(cache, "code", codeFiles(cache).find((f) => f.startsWith("validate-")) as string);
    const partial = readFileSync(validateFile());
    const uncached = runIvp(VALIDATE, { env: { IVP_NO_CACHE: "1" } });
    const succeeded = run(cache, VALIDATE);
    // The plan is not in the cache of validated plans yet: the plan reader loads too.
    expect(succeeded.said).toBe("validate.js hit, partial, plan-loader.js hit, partial");
    expect(succeeded.status).toBe(0);
    expect(succeeded.stdout).toBe(uncached.stdout);
    // The linter's code is in the file now.
    expect(readFileSync(validateFile()).length).toBeGreaterThan(partial.length);
    expect(run(cache, VALIDATE).said).toBe("validate.js hit");
    // A successful run over a complete cache leaves it as it is; a failed one over a partial one too.
    expect(run(cache, ["validate", bad]).said).toBe("validate.js hit, plan-loader.js hit");
  });

  it("is used by `ivp bulk`, which runs with V8 flags of its own", () => {
    // V8 refuses code cached under other flags; bulk sets its flags
    // (bulk/v8-tuning.ts) before the dispatcher is compiled, so the caches
    // made at its exit are used by the next run, not written anew each time.
    const cache = freshDir("ivp-code-");
    const bulk = bulkRun();
    const uncached = runIvp(bulk(), { env: { IVP_NO_CACHE: "1" } });
    expect(uncached.status).toBe(0);
    expect(run(cache, bulk()).said).toBe(
      "main.js written, bulk.js written, bulk-render.js written",
    );
    expect(run(cache, bulk()).said).toBe(
      "main.js hit, partial, bulk.js hit, partial, bulk-render.js hit",
    );
    const third = run(cache, bulk());
    expect(third.said).toBe("main.js hit, bulk.js hit, bulk-render.js hit");
    expect(third.status).toBe(0);
    expect(third.stderr).toBe("");
    expect(outputOf(bulk.out(2))).toEqual(outputOf(bulk.out(0)));
    expect(codeFiles(cache).filter((f) => f.startsWith("bulk-render-"))).toHaveLength(1);
    expect(run(cache, [...bulk(), "--no-cache"]).said).toBe(
      "main.js off, bulk.js off, bulk-render.js off",
    );
  });

  it("of bulk's workers: a corrupt or changed file is ignored and written anew", () => {
    const cache = freshDir("ivp-code-");
    const bulk = bulkRun();
    run(cache, bulk());
    const { file, good, damaged } = damagedCopies(cache, "bulk-render-");
    for (const corrupt of damaged) {
      writeFileSync(file, corrupt);
      expect(run(cache, bulk()).said).toMatch(/bulk-render\.js written$/);
      expect(readFileSync(file).length).toBeGreaterThan(good.length / 2);
      expect(run(cache, bulk()).said).toMatch(/bulk-render\.js hit$/);
    }
    // Cached code that V8 refuses (another V8's, other flags) is compiled anew too.
    const refused = Buffer.from(good);
    refused.fill(0x5a, 8);
    refused.writeBigUInt64LE(checksum(refused.subarray(8)), 0);
    writeFileSync(file, refused);
    expect(run(cache, bulk()).said).toMatch(/bulk-render\.js written$/);
    expect(run(cache, bulk()).said).toMatch(/bulk-render\.js hit$/);
    // Another build of the bundle: a file of its own.
    const bundle = join(IVP, "../bulk-render.js");
    const now = new Date();
    utimesSync(bundle, now, now);
    const before = codeFiles(cache);
    expect(run(cache, bulk()).said).toMatch(/bulk-render\.js written$/);
    expect(codeFiles(cache).filter((f) => !before.includes(f))).toHaveLength(1);
    for (let i = 0; i <= bulk.runs(); i++)
      expect(outputOf(bulk.out(i)), String(i)).toEqual(outputOf(bulk.out(0)));
  });

  it("of bulk's workers: a cache that cannot be written, and two runs at once", async () => {
    const cache = freshDir("ivp-code-");
    const bulk = bulkRun();
    const expected = runIvp(bulk(), { env: { IVP_NO_CACHE: "1" } });
    // A path below a regular file can never be created (even by root).
    const file = join(cache, "a-file");
    writeFileSync(file, "");
    const unwritable = run(join(file, "ivp"), bulk());
    expect(unwritable.status).toBe(0);
    expect(unwritable.stderr).toBe("");
    // A directory without write permission (which root may still write).
    const readOnly = join(cache, "read-only");
    run(readOnly, bulk());
    chmodSync(join(readOnly, "code"), 0o500);
    chmodSync(readOnly, 0o500);
    try {
      const hit = run(readOnly, bulk());
      expect(hit.status).toBe(0);
      expect(hit.said).toMatch(/bulk-render\.js hit$/);
    } finally {
      chmodSync(readOnly, 0o700);
      chmodSync(join(readOnly, "code"), 0o700);
    }
    // Two runs at once, both writing the cache file (each its own temporary
    // file, renamed over the other's): both succeed, and the file is whole.
    const shared = join(cache, "shared");
    const both = await Promise.all([runIvpAsync(bulk(), shared), runIvpAsync(bulk(), shared)]);
    for (const one of both) {
      expect(one.stderr).toMatch(/bulk-render\.js written/);
      expect(one.status).toBe(0);
    }
    // (The dispatcher's and the command's caches are a first run's, partial.)
    expect(run(shared, bulk()).said).toBe(
      "main.js hit, partial, bulk.js hit, partial, bulk-render.js hit",
    );
    expect(readdirSync(join(shared, "code")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(expected.status).toBe(0);
    for (let i = 1; i <= bulk.runs(); i++)
      expect(outputOf(bulk.out(i)), String(i)).toEqual(outputOf(bulk.out(0)));
  });

  it("keeps the dispatcher's code per command; --version loads no bundle", () => {
    const cache = freshDir("ivp-code-");
    // `ivp init` (a command whose bundle does not carry the dispatcher) in a new directory each time.
    const init = () => ["init", join(freshDir("ivp-init-"), "plan"), "--municipality", "Laren"];
    // A run of another kind first compiles another part of the dispatcher:
    // init writes a file of its own instead of compiling the rest at every run.
    expect(run(cache, ["help", "init"]).said).toBe("main.js written");
    expect(run(cache, init()).said).toMatch(/^main\.js written, init\.js written/);
    expect(run(cache, init()).said).toBe("main.js hit, partial, init.js hit, partial");
    expect(run(cache, init()).said).toBe("main.js hit, init.js hit");
    expect(codeFiles(cache).filter((f) => f.startsWith("main."))).toEqual([
      expect.stringMatching(/^main\.init-[0-9a-f]{8}\.bin$/),
      expect.stringMatching(/^main\.other-[0-9a-f]{8}\.bin$/),
    ]);
    const version = run(cache, ["--version"]);
    expect(version.said).toBe("");
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("runs status, table, validate, report and compare, their help and their errors from the bundle that carries the dispatcher", () => {
    const cache = freshDir("ivp-code-");
    run(cache);
    run(cache);
    // The same texts as through dist/main.js (`ivp help status` loads it).
    const help = run(cache, ["status", "--help"], { IVP_LANG: "nl" });
    expect(help.said).toBe("status.js hit");
    expect(help.stdout).toBe(run(cache, ["help", "status"], { IVP_LANG: "nl" }).stdout);
    expect(help.stdout).toMatch(/^Gebruik: ivp status /);
    const usage = run(cache, ["status"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^ivp: /);
    for (const command of ["table", "validate", "report", "compare"]) {
      const own = run(cache, [command, "--help"], { IVP_LANG: "nl" });
      expect(own.said).toMatch(new RegExp(`^${command}\\.js written`));
      expect(own.stdout).toBe(run(cache, ["help", command], { IVP_LANG: "nl" }).stdout);
      expect(run(cache, [command]).status).toBe(2);
    }
    expect(codeFiles(cache).filter((f) => f.startsWith("main."))).toEqual([
      expect.stringMatching(/^main\.other-[0-9a-f]{8}\.bin$/),
    ]);
  });

  it("words a plan's problems with dist/plan-file-text.js, loaded only then", () => {
    const dist = join(IVP, "..");
    // A text of @ivp/plan-file's Dutch catalogue (yaml-syntax, duplicate key).
    const text = "staat twee keer in dezelfde verzameling";
    expect(readFileSync(join(dist, "plan-file-text.js"), "latin1")).toContain(text);
    for (const command of ["status", "report", "compare"])
      expect(readFileSync(join(dist, "commands", `${command}.js`), "latin1")).not.toContain(text);
    // ivp table and ivp validate carry the catalogues for their own texts.
    for (const command of ["table", "validate"])
      expect(readFileSync(join(dist, "commands", `${command}.js`), "latin1")).toContain(text);
    const cache = freshDir("ivp-code-");
    run(cache);
    expect(run(cache).said).toBe("status.js hit, partial");
    const plan = join(freshDir("ivp-broken-"), "laren");
    mkdirSync(plan);
    writeFileSync(
      join(plan, "plan.yaml"),
      `${readFileSync(join(LAREN_DIR, "plan.yaml"), "utf8")}\nname: twice\nname: again\n`,
    );
    // Every command words the problem the same.
    const table = run(cache, ["table", plan, "tabel-1"], { IVP_LANG: "nl" });
    expect(table.status).toBe(1);
    expect(table.said).toMatch(/plan-file-text\.js written/);
    expect(table.stderr).toMatch(/\/plan\.yaml:\d+:1 {2}fout {2}yaml-syntax {2}/);
    expect(table.stderr).toContain(text);
    // One cache file of dist/plan-file-text.js, written by the first run that needs it.
    let outcome = "hit";
    for (const args of [
      ["status", plan],
      ["report", plan],
      ["compare", plan, LAREN_DIR],
    ]) {
      const first = run(cache, args, { IVP_LANG: "nl" });
      expect(first.said).toMatch(new RegExp(`plan-file-text\\.js ${outcome}`));
      outcome = "hit";
      const second = run(cache, args, { IVP_LANG: "nl" });
      expect(second.said).toMatch(/plan-file-text\.js hit/);
      for (const result of [first, second]) {
        expect(result.status).toBe(1);
        expect(result.stderr).toBe(table.stderr);
      }
    }
    // --as-of in a form that is no period, in the CLI's language.
    const asOf = run(cache, ["status", LAREN_DIR, "--as-of", "nonsense"]);
    expect(asOf.status).toBe(2);
    expect(asOf.said).toMatch(/plan-file-text\.js hit/);
    expect(asOf.stderr).toMatch(/^ivp: --as-of: "nonsense" is not a period: /);
  });

  it("is another file for a changed bundle (its modification time)", () => {
    const cache = freshDir("ivp-code-");
    run(cache);
    run(cache);
    const before = codeFiles(cache);
    // The entry point's own file is not cached; touch a bundle that is.
    const bundle = join(IVP, "../commands/status.js");
    const now = new Date();
    utimesSync(bundle, now, now);
    expect(run(cache).said).toBe("status.js written");
    expect(codeFiles(cache).filter((f) => !before.includes(f))).toHaveLength(1);
  });

  it("keeps the three newest files of a bundle (other builds, other Node versions), no more", () => {
    const cache = freshDir("ivp-code-");
    mkdirSync(join(cache, "code"));
    const hour = 3_600_000;
    // Files of earlier builds: status's four, and one of another bundle that must stay.
    const older = ["status-00000001.bin", "status-00000002.bin", "status-00000003.bin"];
    for (const [i, name] of [
      ...older,
      "status-00000004.bin",
      "plan-loader-00000001.bin",
    ].entries()) {
      const file = join(cache, "code", name);
      writeFileSync(file, "old");
      const when = new Date(Date.now() - (i + 1) * hour);
      utimesSync(file, when, when);
    }
    expect(run(cache).said).toBe("status.js written, plan-loader.js written");
    const status = codeFiles(cache).filter((f) => f.startsWith("status-"));
    expect(status).toHaveLength(3);
    // The new file and the two newest of the older ones.
    expect(status).toEqual(expect.arrayContaining(older.slice(0, 2)));
    expect(codeFiles(cache)).toContain("plan-loader-00000001.bin");
  });

  it("compiles the bundles that carry their CommonJS wrapper as they are, with the cache and without", () => {
    const dist = join(IVP, "..");
    // Loaded by src/code-cache.ts only: the wrapper in the file.
    for (const file of ["main", "plan-loader", "plan-file-text", "bulk-render"]
      .map((name) => `${name}.js`)
      .concat(readdirSync(join(dist, "commands")).map((name) => `commands/${name}`))) {
      const text = readFileSync(join(dist, file), "latin1");
      expect(text.startsWith(BUNDLE_START), file).toBe(true);
      expect(text.endsWith(`${BUNDLE_END}\n`), file).toBe(true);
    }
    // Loaded with require, or a worker's script: as esbuild wrote them.
    for (const file of ["ivp.js", "suggest.js", "write-xlsx.js", "bulk-worker.js"])
      expect(readFileSync(join(dist, file), "latin1").startsWith(BUNDLE_START), file).toBe(false);
    const cache = freshDir("ivp-code-");
    const cached = [run(cache), run(cache), run(cache)];
    expect(cached.map((r) => r.said)).toEqual([
      "status.js written, plan-loader.js written",
      "status.js hit, partial",
      "status.js hit",
    ]);
    const off = run(cache, [...STATUS, "--no-cache"]);
    expect(off.said).toBe("status.js off, plan-loader.js off");
    for (const result of [...cached, off]) {
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(cached[0]?.stdout);
    }
    // A mistyped command: dist/suggest.js, required as it is.
    const typo = run(cache, ["statsu"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/status/);
  });

  it("is off with --no-cache, and a cache directory that cannot be written is no cache", () => {
    const cache = freshDir("ivp-code-");
    const expected = run(cache).stdout;
    const off = run(cache, [...STATUS, "--no-cache"]);
    // No plan cache either: the plan is read the slow way, by the plan loader.
    expect(off.said).toBe("status.js off, plan-loader.js off");
    expect(off.stdout).toBe(expected);
    // A path below a regular file can never be created (even by root).
    const file = join(cache, "a-file");
    writeFileSync(file, "");
    const unwritable = run(join(file, "ivp"));
    expect(unwritable.status).toBe(0);
    expect(unwritable.stdout).toBe(expected);
    expect(unwritable.stderr).toBe("");
  });
});
