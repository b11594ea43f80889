import { access, cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeSyntheticDataset } from "@ivp/importers/node";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/**
 * `ivp bulk` renders reports on worker threads (--jobs): the output must be
 * the same bytes as one thread's, in both layouts and every format. A
 * generated set of 24 municipalities, 2021-2023.
 */
const NAMES = Array.from({ length: 24 }, (_, i) => `Synthetisch ${String(i + 1).padStart(3, "0")}`);

let dir = "";
let remove = async () => {};
const files: Record<string, string> = {};

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  for (const format of ["odata", "statline"] as const) {
    const written = await writeSyntheticDataset({
      seed: 7,
      startYear: 2021,
      years: 3,
      municipalities: NAMES,
      pageSize: 500,
      dir: join(dir, format),
      format,
    });
    files[format] = written.files[0] as string;
  }
});
afterAll(() => remove());

/** Every file under `root` with its bytes. */
async function contents(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(path.slice(root.length + 1), await readFile(path, "utf8"));
  }
  return result;
}

describe("ivp bulk --jobs", () => {
  for (const [layout, format] of [
    ["odata", "html"],
    ["statline", "html"],
    ["statline", "md"],
    ["odata", "json"],
    ["statline", "json"],
  ] as const) {
    it(`writes the same ${format} files from ${layout} with 1 and 3 workers`, async () => {
      const outputs = [];
      for (const jobs of ["1", "3"]) {
        const out = join(dir, `${layout}-${format}-${jobs}`);
        const run = ivp([
          "bulk",
          files[layout] as string,
          "--out",
          out,
          "--format",
          format,
          "--jobs",
          jobs,
          "--quiet",
        ]);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        outputs.push(await contents(out));
      }
      expectSameFiles(outputs);
    });
  }

  // Without --jobs (one worker per CPU), dist/ivp.js starts the workers before
  // it loads the command (bulk/early-workers.ts), which then takes them.
  for (const layout of ["odata", "statline"] as const) {
    it(`writes the same files from ${layout} without --jobs (workers started early) as with 1`, async () => {
      const outputs = [];
      for (const jobs of [["--jobs", "1"], []]) {
        const out = join(dir, `${layout}-early-${jobs.length}`);
        const run = ivp(["bulk", files[layout] as string, "--out", out, "--quiet", ...jobs]);
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        outputs.push(await contents(out));
      }
      expectSameFiles(outputs);
    });
  }

  it("ends at once when its arguments are wrong, with the workers started early", () => {
    const started = Date.now();
    const run = ivp([
      "bulk",
      files.statline as string,
      "--out",
      join(dir, "never-period"),
      "--period",
      "x",
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--period");
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  // With workers, the OData pages are read on them, several at a time
  // (read-pages-in-parallel.ts): the next pages are started on a guess from
  // the end of each file. What a run says must not depend on that.
  /** Runs bulk on a copy of the OData pages, changed by `change`, with 1 and 3 workers. */
  async function pagesChanged(name: string, change: (pages: string[], names: string[]) => void) {
    const copy = join(dir, name);
    await cp(join(dir, "odata"), copy, { recursive: true });
    const names = (await readdir(copy)).filter((f) => f.endsWith(".json")).sort();
    const pages = await Promise.all(names.map((f) => readFile(join(copy, f), "utf8")));
    change(pages, names);
    await Promise.all(names.map((f, i) => writeFile(join(copy, f), pages[i] as string)));
    const runs = [];
    for (const jobs of ["1", "3"]) {
      const out = join(dir, `${name}-${jobs}`);
      const run = ivp(["bulk", join(copy, names[0] as string), "--out", out, "--jobs", jobs]);
      runs.push({ ...run, out });
    }
    return { names, runs };
  }

  it("says the same about a bad row on a later page with 1 and 3 workers, and writes nothing", async () => {
    const { runs } = await pagesChanged("bad-row", (pages) => {
      pages[3] = (pages[3] as string).replace(
        /"GeregistreerdeMisdrijven_1":\d+/,
        '"GeregistreerdeMisdrijven_1":"veel"',
      );
    });
    const [one, three] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/0004\.json:\d+:\d+/);
    expect(one.stderr).toContain("veel");
    expect(three.status).toBe(one.status);
    expect(three.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
    for (const run of runs) await expect(access(run.out)).rejects.toThrow();
  });

  it("says the same about a next link back to an earlier page with 1 and 3 workers", async () => {
    const { runs } = await pagesChanged("loop", (pages, names) => {
      pages[4] = (pages[4] as string).replace(
        /"odata\.nextLink":"[^"]*"/,
        `"odata.nextLink":"${names[1]}"`,
      );
    });
    const [one, three] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(one.status).toBe(1);
    expect(one.stderr).toContain("points back to a page already read");
    expect(three.status).toBe(1);
    expect(three.stderr).toBe(one.stderr);
  });

  it("reads pages whose next link is not at their end (no guess) as one thread does", async () => {
    const { runs } = await pagesChanged("link-first", (pages) => {
      for (const [i, page] of pages.entries()) {
        const link = /,\s*"odata\.nextLink":("[^"]*")/.exec(page);
        if (!link) continue;
        pages[i] = page.replace(link[0], "").replace(/^\{/, `{"odata.nextLink":${link[1]},`);
      }
    });
    const [one, three] = runs as [(typeof runs)[number], (typeof runs)[number]];
    expect(one.stderr).toBe("");
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    const [a, b] = [await contents(one.out), await contents(three.out)];
    expect(a.size).toBe(NAMES.length + 3);
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
  });

  it("stops its workers, started at once, when the run fails before reading (a missing template)", () => {
    const run = ivp([
      "bulk",
      files.statline as string,
      "--out",
      join(dir, "never-template"),
      "--jobs",
      "3",
      "--template",
      join(dir, "no-such-plan"),
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).not.toBe("");
    expect(run.stderr).not.toContain("internal");
  });

  it("refuses a --jobs that is not a whole number from 1 to 64", () => {
    for (const jobs of ["0", "1.5", "x", "65"]) {
      const run = ivp([
        "bulk",
        files.statline as string,
        "--out",
        join(dir, "never"),
        "--jobs",
        jobs,
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--jobs must be a whole number from 1 to 64");
    }
  });
});

/** Two runs' files (24 reports and the three overview files), byte for byte the same. */
function expectSameFiles(outputs: Map<string, string>[]): void {
  const [one, other] = outputs as [Map<string, string>, Map<string, string>];
  expect(one.size).toBe(NAMES.length + 3);
  expect([...other.keys()].sort()).toEqual([...one.keys()].sort());
  for (const [path, text] of one) expect(other.get(path), path).toBe(text);
}
