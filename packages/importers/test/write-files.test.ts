import { execFileSync } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFilesAtomically } from "../src/node/write-files.ts";

describe("writeFilesAtomically", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ivp-write-files-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every file and keeps a backup of what it replaces", async () => {
    writeFileSync(join(dir, "a.csv"), "old a\n");
    const backups = await writeFilesAtomically([
      { path: join(dir, "a.csv"), text: "new a\n", backup: true, basis: "old a\n" },
      { path: join(dir, "b.csv"), text: "new b\n", backup: false, basis: null },
    ]);
    expect(backups).toEqual([join(dir, "a.csv.bak")]);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("new a\n");
    expect(readFileSync(join(dir, "a.csv.bak"), "utf8")).toBe("old a\n");
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("new b\n");
  });

  it("refuses a target that is a named pipe, before anything is written", async () => {
    writeFileSync(join(dir, "a.csv"), "old a\n");
    execFileSync("mkfifo", [join(dir, "b.csv")]);
    await expect(
      writeFilesAtomically([
        { path: join(dir, "a.csv"), text: "new a\n", backup: true },
        { path: join(dir, "b.csv"), text: "new b\n", backup: false, display: "data/b.csv" },
      ]),
    ).rejects.toMatchObject({
      code: "not-a-regular-file",
      message: "cannot write here: it is a named pipe (FIFO), not a regular file",
      location: { file: "data/b.csv" },
    });
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("old a\n");
    expect(lstatSync(join(dir, "b.csv")).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "b.csv"]);
  });

  it("refuses a backup path that is a named pipe (copying onto it would block)", async () => {
    writeFileSync(join(dir, "a.csv"), "old a\n");
    execFileSync("mkfifo", [join(dir, "a.csv.bak")]);
    await expect(
      writeFilesAtomically([{ path: join(dir, "a.csv"), text: "new a\n", backup: true }]),
    ).rejects.toMatchObject({ code: "not-a-regular-file", location: { file: `${dir}/a.csv.bak` } });
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("old a\n");
  });

  it("writes nothing when a file changed since it was read (another import wrote to it)", async () => {
    writeFileSync(join(dir, "a.csv"), "old a\n");
    writeFileSync(join(dir, "b.csv"), "written meanwhile\n");
    await expect(
      writeFilesAtomically([
        { path: join(dir, "a.csv"), text: "new a\n", backup: true, basis: "old a\n" },
        {
          path: join(dir, "b.csv"),
          text: "new b\n",
          backup: true,
          basis: "old b\n",
          display: "b.csv",
        },
      ]),
    ).rejects.toMatchObject({
      code: "plan-busy",
      message: "the file changed while ivp was importing into the plan",
      location: { file: "b.csv" },
    });
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("old a\n");
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("written meanwhile\n");
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "b.csv"]);
  });

  it("writes nothing when a file that did not exist appeared meanwhile", async () => {
    writeFileSync(join(dir, "new.csv"), "someone else's\n");
    await expect(
      writeFilesAtomically([
        { path: join(dir, "new.csv"), text: "mine\n", backup: false, basis: null },
      ]),
    ).rejects.toMatchObject({ code: "plan-busy" });
    expect(readFileSync(join(dir, "new.csv"), "utf8")).toBe("someone else's\n");
  });
});
