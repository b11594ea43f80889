import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { IvpError } from "@ivp/model";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../messages/en.ts";
import { nl } from "../messages/nl.ts";
import { installCliMessages } from "../messages/say.ts";
import { type EarlyWorker, startEarlyWorkers } from "./early-workers.ts";
import type { PageJob } from "./read-page.ts";
import type { RenderJob } from "./render-municipality.ts";
import { RenderPool } from "./render-pool.ts";

afterEach(() => installCliMessages(en));

/** A job for the scripts below, which do not read it (its plan is a plan, not a recipe). */
const ANY_JOB = { plan: {} } as RenderJob;

/** A job whose plan is a recipe of the template `key` (made up: the scripts below do not render it). */
const recipeJob = (key: string): RenderJob =>
  ({
    plan: { template: { key, plan: { id: `template-${key}` } } },
  }) as unknown as RenderJob;

describe("RenderPool.start", () => {
  it("starts every worker before any job, never more than its size, and nothing without worker threads", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      // Each worker leaves a file named by its thread when it has loaded, and answers with its thread.
      const loaded = async () =>
        (await readdir(dir)).filter((name) => name.startsWith("loaded-")).length;
      const pool = new RenderPool(2, await answeringScript(dir));
      pool.start();
      pool.start();
      for (let waited = 0; (await loaded()) < 2 && waited < 30_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await loaded()).toBe(2);
      // Two jobs at once go to the two workers; a third waits for one of them.
      const reports = [
        (await pool.submit(ANY_JOB)).report,
        (await pool.submit(ANY_JOB)).report,
        (await pool.submit(ANY_JOB)).report,
      ];
      const threads = (await Promise.all(reports)) as unknown as number[];
      expect(new Set(threads.slice(0, 2)).size).toBe(2);
      expect(new Set(threads).size).toBe(2);
      expect(await loaded()).toBe(2);
      await pool.close();
      expect(() => new RenderPool(2, undefined).start()).not.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("RenderPool.submit and templates", () => {
  it("sends each worker a template once, with the first job of it the worker gets; later jobs carry its key", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      // Answers with its thread and the template the job carried, if any.
      const script = join(dir, "templates.mjs");
      await writeFile(
        script,
        [
          'import { parentPort, threadId } from "node:worker_threads";',
          'parentPort.on("message", (m) => m.id !== undefined && setTimeout(() => parentPort.postMessage({ id: m.id, result: [threadId, m.job.plan.template?.key, m.job.plan.template?.plan?.id ?? null] }), 20));',
          "",
        ].join("\n"),
      );
      const pool = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      pool.start();
      const answers: Promise<unknown>[] = [];
      for (const key of [
        "2020-2023",
        "2020-2023",
        "2020-2023",
        "2020-2023",
        "2021-2024",
        "2021-2024",
        "2021-2024",
      ])
        answers.push((await pool.submit(recipeJob(key))).report);
      answers.push((await pool.submit(ANY_JOB)).report);
      const seen = (await Promise.all(answers)) as [number, string | undefined, string | null][];
      const threads = new Set(seen.map(([thread]) => thread));
      expect(threads.size).toBe(2);
      for (const thread of threads) {
        const mine = seen.filter(([t, key]) => t === thread && key !== undefined);
        for (const key of ["2020-2023", "2021-2024"]) {
          const jobs = mine.filter(([, k]) => k === key);
          // The first job of a template this worker got carried it; none after.
          if (jobs.length > 0) {
            expect(jobs.map(([, , plan]) => plan)).toEqual([
              `template-${key}`,
              ...jobs.slice(1).map(() => null),
            ]);
          }
        }
      }
      await pool.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("RenderPool's internal errors, in the CLI's language", () => {
  it("refuses to read a page without worker threads", async () => {
    const pool = new RenderPool(1, undefined);
    await expect(pool.readPage({} as PageJob)).rejects.toThrow(
      new IvpError("internal", "readPage needs worker threads"),
    );
    installCliMessages(nl);
    await expect(pool.readPage({} as PageJob)).rejects.toThrow(
      "readPage heeft worker threads nodig",
    );
  });

  it("fails the job of a worker that stops, with its exit code", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      const script = join(dir, "exits.mjs");
      await writeFile(
        script,
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", (m) => m.id !== undefined && process.exit(3));\n',
      );
      installCliMessages(nl);
      const pool = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      const { report } = await pool.submit(ANY_JOB);
      await expect(report).rejects.toThrow("een worker van ivp bulk is gestopt (afsluitcode 3)");
      await pool.close();
      installCliMessages(en);
      const again = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      await expect((await again.submit(ANY_JOB)).report).rejects.toThrow(
        "a bulk worker stopped (exit code 3)",
      );
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A worker script for the tests below: answers each job with its thread, after
 * `job.wait` ms when the job says so; leaves a file named by its thread when
 * it has loaded.
 */
async function answeringScript(dir: string): Promise<{ entry: URL; bundle: string }> {
  const script = join(dir, "answers.mjs");
  await writeFile(
    script,
    [
      'import { writeFileSync } from "node:fs";',
      'import { parentPort, threadId } from "node:worker_threads";',
      `writeFileSync(${JSON.stringify(dir)} + "/loaded-" + threadId, "");`,
      'parentPort.on("message", (m) => m.id !== undefined && setTimeout(() => parentPort.postMessage({ id: m.id, result: threadId }), m.job?.wait ?? 0));',
      "",
    ].join("\n"),
  );
  return { entry: pathToFileURL(script), bundle: script };
}

/** The early workers waiting for the pool (early-workers.ts), without taking them. */
function waitingEarly(): readonly EarlyWorker[] {
  return (
    (globalThis as { [key: symbol]: EarlyWorker[] })[Symbol.for("ivp.bulk.early-workers")] ?? []
  );
}

const exited = (worker: EarlyWorker["worker"]) =>
  new Promise<number>((resolve) => worker.once("exit", resolve));

describe("RenderPool and the workers started early", () => {
  it("takes the workers started early, as many as it uses, and stops the others", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      const script = await answeringScript(dir);
      startEarlyWorkers(script.entry, [], 3);
      const early = waitingEarly().map(({ worker }) => worker);
      expect(early).toHaveLength(3);
      const pool = new RenderPool(2, script);
      pool.start();
      const third = exited(early[2] as EarlyWorker["worker"]);
      expect(waitingEarly()).toHaveLength(0);
      const reports = [];
      for (let i = 0; i < 4; i++) reports.push((await pool.submit(ANY_JOB)).report);
      const threads = (await Promise.all(reports)) as unknown as number[];
      // Answered by the first two early workers only: none started anew.
      expect(new Set(threads)).toEqual(new Set([early[0]?.threadId, early[1]?.threadId]));
      await third;
      await pool.close();
      // A pool that renders in this thread stops every early worker.
      startEarlyWorkers(script.entry, ["--out", "x"], 2);
      const unused = waitingEarly().map(({ worker }) => worker);
      new RenderPool(1, script).start();
      expect(await Promise.all(unused.map(exited))).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("starts a worker of its own for one that failed before it was taken", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      const broken = join(dir, "broken.mjs");
      await writeFile(broken, 'throw new Error("broken");\n');
      startEarlyWorkers(pathToFileURL(broken), [], 2);
      for (let waited = 0; !waitingEarly().every((e) => e.dead) && waited < 30_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(waitingEarly().map((e) => e.dead)).toEqual([true, true]);
      const pool = new RenderPool(2, await answeringScript(dir));
      pool.start();
      const { report } = await pool.submit(ANY_JOB);
      expect(typeof (await report)).toBe("number");
      await pool.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
