import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImportError } from "../src/import-error.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { acquirePlanLock, LOCK_FILE_NAME, withPlanLock } from "../src/node/plan-lock.ts";

describe("the plan directory's import lock", () => {
  let dir = "";
  let lockFile = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ivp-lock-"));
    lockFile = join(dir, LOCK_FILE_NAME);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const holder = (pid: number, started = new Date()) =>
    JSON.stringify({ pid, host: hostname(), started: started.toISOString() });

  it("is created with this process's pid, host and start time, and removed on release", async () => {
    const lock = await acquirePlanLock(dir);
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    await lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a second holder at once, naming the first", async () => {
    const first = await acquirePlanLock(dir);
    const error = await acquirePlanLock(dir, { displayBase: dir }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "plan-busy",
      location: { file: LOCK_FILE_NAME },
      hint: `wait until it has finished and run the import again; if no import is running, remove ${LOCK_FILE_NAME}`,
    });
    expect((error as Error).message).toMatch(
      new RegExp(
        `^another ivp import \\(process ${process.pid} on .+, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\) is changing this plan$`,
      ),
    );
    expect(error).toMatchObject({ messageId: "lock/busy-held", hintId: "lock/busy-hint" });
    const dutch = wordImportError(error as ImportError, "nl");
    expect(dutch.message).toMatch(
      new RegExp(
        `^een andere ivp import \\(proces ${process.pid} op .+, sinds \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\) wijzigt dit plan$`,
      ),
    );
    expect(dutch.hint).toBe(
      `wacht tot die klaar is en start de import opnieuw; als er geen import loopt, verwijder dan ${LOCK_FILE_NAME}`,
    );
    await first.release();
    await (await acquirePlanLock(dir)).release();
  });

  it("takes over a lock whose process has died", async () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    writeFileSync(lockFile, holder(dead));
    const lock = await acquirePlanLock(dir);
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    await lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over a lock older than the bound, even of a live process", async () => {
    writeFileSync(lockFile, holder(process.pid, new Date(Date.now() - 2 * 60 * 60 * 1000)));
    const lock = await acquirePlanLock(dir);
    await lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("holds a lock file being written (empty) unless it is old", async () => {
    writeFileSync(lockFile, "");
    await expect(acquirePlanLock(dir)).rejects.toMatchObject({
      message: "another ivp import is changing this plan",
    });
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(lockFile, old, old);
    await (await acquirePlanLock(dir)).release();
  });

  it("removes what an import killed while taking a lock left beside it, if stale", async () => {
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    const leftovers = {
      [`${LOCK_FILE_NAME}.0a1b2c3d4e5f.new`]: holder(dead),
      [`${LOCK_FILE_NAME}.abcdef012345.stale`]: holder(dead),
      [`${LOCK_FILE_NAME}.aaaaaaaaaaaa.new`]: holder(
        process.pid,
        new Date(Date.now() - 2 * 60 * 60 * 1000),
      ),
    };
    // An import taking the lock right now (alive), and files that are not the lock's.
    const kept = {
      [`${LOCK_FILE_NAME}.111111111111.new`]: holder(process.pid),
      [`${LOCK_FILE_NAME}.222222222222.new`]: "",
      [`${LOCK_FILE_NAME}.notes`]: holder(dead),
      "plan.yaml": holder(dead),
    };
    for (const [name, text] of Object.entries({ ...leftovers, ...kept })) {
      writeFileSync(join(dir, name), text);
    }
    const lock = await acquirePlanLock(dir);
    await lock.release();
    expect(readdirSync(dir).sort()).toEqual(Object.keys(kept).sort());
  });

  it("release leaves a lock alone that is no longer its own", async () => {
    const lock = await acquirePlanLock(dir);
    writeFileSync(lockFile, holder(process.pid));
    await lock.release();
    expect(existsSync(lockFile)).toBe(true);
  });

  it("withPlanLock releases the lock when the action fails", async () => {
    await expect(
      withPlanLock(dir, async () => {
        expect(existsSync(lockFile)).toBe(true);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(existsSync(lockFile)).toBe(false);
  });

  it("is never seen empty by another process reading it while it is taken", async () => {
    // A lock created empty and then written could be read in between, and
    // that import could then only say "busy", not who holds it. Another
    // process reads the lock file as fast as it can while this one takes and
    // releases it many times, and counts the times it found it empty.
    const watcher = spawn(
      process.execPath,
      [
        "-e",
        `const fs = require("node:fs");
         let empty = 0;
         const until = Date.now() + 1500;
         while (Date.now() < until) {
           try { if (fs.readFileSync(process.argv[1], "utf8") === "") empty++; } catch {}
         }
         process.stdout.write(String(empty));`,
        lockFile,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    watcher.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise((resolve) => watcher.on("close", resolve));
    const until = Date.now() + 1200;
    while (Date.now() < until) await (await acquirePlanLock(dir)).release();
    await exited;
    expect(output).toBe("0");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("of many takers at once in one process, exactly one wins, and the others name it", async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquirePlanLock(dir)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The lock is never seen empty: every loser says who holds it.
    const refused = results.flatMap((r) =>
      r.status === "rejected" ? [r.reason as ImportError] : [],
    );
    expect(refused.map((e) => e.messageId)).toEqual(Array(7).fill("lock/busy-held"));
    // Nothing but the lock is left behind.
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });
});
