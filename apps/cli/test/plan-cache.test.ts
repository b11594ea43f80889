import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAREN_DIR, REPO_ROOT } from "@ivp/testkit/paths";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDirectory } from "../src/cache-directory.ts";
import { asciiJson } from "../src/plan-cache.ts";
import { runIvp } from "./run-ivp.ts";

const temporary: string[] = [];
function freshDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A copy of an example whose files were last changed an hour ago (a file changed during a read is never cached). */
function exampleCopy(example = LAREN_DIR): string {
  const dir = freshDir("ivp-cache-plan-");
  cpSync(example, dir, { recursive: true });
  const past = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(dir, { recursive: true, encoding: "utf8" }))
    utimesSync(join(dir, entry), past, past);
  return dir;
}

function entries(cache: string): string[] {
  try {
    return readdirSync(join(cache, "plans")).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
}

/** Runs the built CLI with the cache in `cache` ("" turns it off). */
function ivpWith(cache: string, args: readonly string[], cwd?: string) {
  const saved = { dir: process.env.IVP_CACHE_DIR, off: process.env.IVP_NO_CACHE };
  process.env.IVP_CACHE_DIR = cache;
  process.env.IVP_NO_CACHE = cache === "" ? "1" : "";
  try {
    return runIvp(args, cwd === undefined ? {} : { cwd });
  } finally {
    process.env.IVP_CACHE_DIR = saved.dir;
    process.env.IVP_NO_CACHE = saved.off;
  }
}

afterEach(() => {
  for (const dir of temporary.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the cache directory", () => {
  it("is $XDG_CACHE_HOME/ivp, else ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE turns it off", () => {
    expect(cacheDirectory({ XDG_CACHE_HOME: "/x/cache", HOME: "/home/a" })).toBe("/x/cache/ivp");
    expect(cacheDirectory({ IVP_CACHE_DIR: "/y", XDG_CACHE_HOME: "/x" })).toBe("/y");
    expect(cacheDirectory({ IVP_NO_CACHE: "1", IVP_CACHE_DIR: "/y" })).toBeUndefined();
    expect(cacheDirectory({ IVP_NO_CACHE: "0", IVP_CACHE_DIR: "/y" })).toBe("/y");
    // A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored.
    expect(cacheDirectory({ XDG_CACHE_HOME: "rel" })).toMatch(/[\\/]\.cache[\\/]ivp$/);
  });
});

describe("the cache of validated plans (through the built CLI)", { timeout: 240_000 }, () => {
  let cache: string;
  let plan: string;
  beforeEach(() => {
    cache = freshDir("ivp-cache-");
    plan = exampleCopy();
  });

  const status = () => ivpWith(cache, ["status", plan]);
  const uncached = (args: readonly string[], cwd?: string) => ivpWith("", args, cwd);

  it("stores a valid plan once and prints the same from the cache as without it", () => {
    const expected = uncached(["status", plan]);
    expect(expected.status).toBe(0);
    const first = status();
    expect(entries(cache)).toHaveLength(1);
    const second = status();
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    for (const args of [
      ["table", plan, "tabel-2", "--format", "json"],
      ["report", plan, "--format", "md"],
      ["validate", plan],
      ["validate", plan, "--format", "json"],
    ]) {
      const without = uncached(args);
      expect(ivpWith(cache, args)).toEqual(without);
      expect(ivpWith(cache, args)).toEqual(without);
    }
    expect(entries(cache)).toHaveLength(1);
  }, 240_000);

  it("stores the plan's JSON in ASCII (read back as Latin-1), a line per field of the plan", () => {
    expect(status().status).toBe(0);
    const bytes = readFileSync(join(cache, "plans", entries(cache)[0] as string));
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString("utf8", 0, newline)) as {
      files: [string, number][];
    };
    const copies = header.files.reduce((sum, [, length]) => sum + length, 0);
    const json = bytes.subarray(newline + 1 + copies);
    // Laren's plan has accented letters, dashes and a euro sign.
    expect(readFileSync(join(plan, "plan.yaml"), "utf8")).toMatch(/[é–€]/);
    expect(json.every((byte) => byte < 0x7f)).toBe(true);
    // A line for the plan as read, then one per field of the plan, each parsed when first read.
    const [head, ...fields] = json.toString("latin1").split("\n");
    const { read, fields: names } = JSON.parse(head as string) as {
      read: { plan: unknown; observations: unknown[] };
      fields: string[];
    };
    expect(read.plan).toBeNull();
    expect(read.observations.length).toBeGreaterThan(200);
    expect(names).toEqual(expect.arrayContaining(["indicators", "series", "themes", "sections"]));
    expect(fields).toHaveLength(names.length);
    const indicators = JSON.parse(fields[names.indexOf("indicators")] as string) as unknown[];
    expect(indicators.length).toBeGreaterThan(10);
  });

  it("misses on one changed byte of plan.yaml or of a data file, and stores the new content", () => {
    status();
    const [entry] = entries(cache);
    const planFile = join(plan, "plan.yaml");
    const text = readFileSync(planFile, "utf8");
    // One byte: a title's "2019" becomes "2018".
    const changed = text.replace(
      "title: Integraal Veiligheidsplan",
      "title: Integraal veiligheidsplan",
    );
    expect(changed).not.toBe(text);
    writeFileSync(planFile, changed);
    const past = new Date(Date.now() - 60_000);
    utimesSync(planFile, past, past);
    const report = ivpWith(cache, ["report", plan, "--format", "md"]);
    expect(report.stdout).toContain("Integraal veiligheidsplan");
    expect(report.stdout).toEqual(uncached(["report", plan, "--format", "md"]).stdout);
    // Still one entry per plan: the new content replaced the old.
    expect(entries(cache)).toEqual([entry]);
    // A data file (Blaricum's): the latest figure changed, 347 to 348.
    const blaricum = exampleCopy(join(REPO_ROOT, "examples/blaricum"));
    const args = ["status", blaricum, "--format", "json"];
    expect(ivpWith(cache, args)).toEqual(uncached(args));
    const csvPath = join(blaricum, "data/politie.csv");
    const csv = readFileSync(csvPath, "utf8");
    expect(csv).toContain("misdrijven-totaal,GM0376,2023,347,");
    writeFileSync(
      csvPath,
      csv.replace("misdrijven-totaal,GM0376,2023,347,", "misdrijven-totaal,GM0376,2023,348,"),
    );
    utimesSync(csvPath, past, past);
    const after = ivpWith(cache, args);
    expect(after).toEqual(uncached(args));
    expect(after.stdout).not.toEqual(
      uncached(["status", join(REPO_ROOT, "examples/blaricum"), "--format", "json"]).stdout,
    );
    expect(entries(cache)).toHaveLength(2);
  });
  it("ignores a corrupt entry (truncated, changed, not JSON) and writes it anew", () => {
    const expected = status();
    const [entry] = entries(cache);
    const file = join(cache, "plans", entry as string);
    const good = readFileSync(file, "utf8");
    const corruptions = [
      good.slice(0, good.length / 2),
      good.replace(/"value":(\d)/, (_, d) => `"value":${(Number(d) + 1) % 10}`),
      "not json at all",
      "",
      `${good.split("\n")[0]}\n{}`,
    ];
    for (const corrupt of corruptions) {
      expect(corrupt).not.toBe(good);
      writeFileSync(file, corrupt);
      expect(status()).toEqual(expected);
      expect(readFileSync(file, "utf8")).toBe(good);
    }
  });

  it("reads an entry whose header line is longer than its first read (16 kB), and checks it as any", () => {
    const expected = status();
    const [entry] = entries(cache);
    const file = join(cache, "plans", entry as string);
    const good = readFileSync(file, "latin1");
    const newline = good.indexOf("\n");
    // The same header, as JSON with 20,000 spaces before its last brace: still
    // the entry's, and a hit (the file is not written anew).
    const long = `${good.slice(0, newline - 1)}${" ".repeat(20_000)}${good.slice(newline - 1)}`;
    writeFileSync(file, long, "latin1");
    expect(status()).toEqual(expected);
    expect(readFileSync(file, "latin1")).toBe(long);
    // One byte of its body changed: a miss, and the entry written anew.
    const at = long.lastIndexOf('"value":');
    const changed = `${long.slice(0, at)}"valuf":${long.slice(at + 8)}`;
    writeFileSync(file, changed, "latin1");
    expect(status()).toEqual(expected);
    expect(readFileSync(file, "latin1")).toBe(good);
  });

  it("keeps its header in ASCII, also for a plan whose path is not, and reads it back as the entry's", () => {
    const accented = freshDir("ivp-cache-één-€-");
    cpSync(plan, accented, { recursive: true });
    const past = new Date(Date.now() - 3_600_000);
    for (const entry of readdirSync(accented, { recursive: true, encoding: "utf8" }))
      utimesSync(join(accented, entry), past, past);
    const args = ["status", accented, "--format", "json"];
    const expected = uncached(args);
    expect(ivpWith(cache, args)).toEqual(expected);
    const file = join(cache, "plans", entries(cache)[0] as string);
    const written = readFileSync(file);
    const header = written.subarray(0, written.indexOf(10));
    expect(header.every((byte) => byte < 0x7f)).toBe(true);
    expect(
      (JSON.parse(header.toString("latin1")) as { planPath: string }).planPath.normalize(),
    ).toBe(join(accented, "plan.yaml").normalize());
    // A hit: the same output, the entry not written anew.
    expect(ivpWith(cache, args)).toEqual(expected);
    expect(readFileSync(file).equals(written)).toBe(true);
  });

  it("misses on a data file that grew (the same bytes first) or shrank, and stores the new content", () => {
    const blaricum = exampleCopy(join(REPO_ROOT, "examples/blaricum"));
    const args = ["status", blaricum, "--format", "json"];
    const expected = uncached(args);
    expect(ivpWith(cache, args)).toEqual(expected);
    const csvPath = join(blaricum, "data/politie.csv");
    const csv = readFileSync(csvPath, "utf8");
    const past = new Date(Date.now() - 60_000);
    for (const changed of [`${csv}\n`, csv.slice(0, csv.lastIndexOf("\n", csv.length - 2) + 1)]) {
      writeFileSync(csvPath, changed);
      utimesSync(csvPath, past, past);
      const [entry] = entries(cache);
      const before = readFileSync(join(cache, "plans", entry as string));
      expect(ivpWith(cache, args)).toEqual(uncached(args));
      // A miss: the entry holds the new copy.
      expect(readFileSync(join(cache, "plans", entry as string)).equals(before)).toBe(false);
    }
  });

  it("works with a cache directory it cannot write, and without one", () => {
    const expected = uncached(["status", plan]);
    // A path below a regular file can never be created (even by root, who ignores modes).
    const file = join(cache, "a-file");
    writeFileSync(file, "");
    expect(ivpWith(join(file, "ivp"), ["status", plan])).toEqual(expected);
    // A read-only directory (for a user other than root it cannot be written).
    const readOnly = freshDir("ivp-cache-ro-");
    chmodSync(readOnly, 0o500);
    expect(ivpWith(readOnly, ["status", plan])).toEqual(expected);
    expect(ivpWith(readOnly, ["validate", plan])).toEqual(uncached(["validate", plan]));
    if (process.getuid?.() !== 0) expect(entries(readOnly)).toEqual([]);
    // --no-cache: nothing stored.
    expect(ivpWith(cache, ["status", plan, "--no-cache"])).toEqual(expected);
    expect(entries(cache)).toEqual([]);
  });

  it("never stores an invalid plan: its errors are reported every time", () => {
    const planFile = join(plan, "plan.yaml");
    writeFileSync(
      planFile,
      readFileSync(planFile, "utf8").replace("schemaVersion: 1", "schemaVersion: 7"),
    );
    const past = new Date(Date.now() - 60_000);
    utimesSync(planFile, past, past);
    const first = status();
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/plan\.yaml:\d+:\d+/);
    expect(status()).toEqual(first);
    expect(entries(cache)).toEqual([]);
  });

  it("is not used for another working directory (messages name files relative to it)", () => {
    const other = freshDir("ivp-cache-cwd-");
    for (const cwd of [REPO_ROOT, other, REPO_ROOT]) {
      const args = ["validate", plan];
      expect(ivpWith(cache, args, cwd)).toEqual(uncached(args, cwd));
      expect(ivpWith(cache, args, cwd)).toEqual(uncached(args, cwd));
    }
    expect(entries(cache)).toHaveLength(2);
  }, 240_000);
});

describe("the JSON of a cache entry", () => {
  it("is ASCII, and parses to the same value", () => {
    const value = {
      text: "één – €5, ² ³ 😀",
      lone: "\ud800 and \udfff",
      edges: "\u007e\u007f\u0080\uffff",
      kéy: [1.5, null, true, { ï: "—" }],
    };
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
