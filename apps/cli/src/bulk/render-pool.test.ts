import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { IvpError } from "@ivp/model";
import { afterEach, describe, expect, it } from "vitest";
import { en } from "../messages/en.ts";
import { nl } from "../messages/nl.ts";
import { installCliMessages } from "../messages/say.ts";
import type { PageJob } from "./read-page.ts";
import type { RenderJob } from "./render-municipality.ts";
import { RenderPool } from "./render-pool.ts";

afterEach(() => installCliMessages(en));

describe("RenderPool.start", () => {
  it("starts every worker before any job, never more than its size, and nothing without worker threads", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ivp-pool-"));
    try {
      const script = join(dir, "thread.mjs");
      // Each worker leaves a file named by its thread when it has loaded, and answers with its thread.
      await writeFile(
        script,
        [
          'import { writeFileSync } from "node:fs";',
          'import { parentPort, threadId } from "node:worker_threads";',
          `writeFileSync(${JSON.stringify(dir)} + "/loaded-" + threadId, "");`,
          'parentPort.on("message", (m) => parentPort.postMessage({ id: m.id, result: threadId }));',
          "",
        ].join("\n"),
      );
      const loaded = async () =>
        (await readdir(dir)).filter((name) => name.startsWith("loaded-")).length;
      const pool = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      pool.start();
      pool.start();
      for (let waited = 0; (await loaded()) < 2 && waited < 30_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await loaded()).toBe(2);
      // Two jobs at once go to the two workers; a third waits for one of them.
      const reports = [
        (await pool.submit({} as RenderJob)).report,
        (await pool.submit({} as RenderJob)).report,
        (await pool.submit({} as RenderJob)).report,
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
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
      );
      installCliMessages(nl);
      const pool = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      const { report } = await pool.submit({} as RenderJob);
      await expect(report).rejects.toThrow("een worker van ivp bulk is gestopt (afsluitcode 3)");
      await pool.close();
      installCliMessages(en);
      const again = new RenderPool(2, { entry: pathToFileURL(script), bundle: script });
      await expect((await again.submit({} as RenderJob)).report).rejects.toThrow(
        "a bulk worker stopped (exit code 3)",
      );
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
