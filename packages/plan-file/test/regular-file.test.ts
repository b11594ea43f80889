import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkOutputPath,
  loadPlan,
  NotARegularFileError,
  readPlan,
  readRegularFile,
} from "../src/node.ts";

// Special files are made in a temporary directory, never the real /dev
// entries: a FIFO (mkfifo), a socket (a listening Unix socket), a directory,
// and a character device made with mknod (the null device's numbers, 1:3),
// which needs root; without it that one case is skipped.
const dir = mkdtempSync(join(tmpdir(), "ivp-special-"));
const fifo = join(dir, "fifo.csv");
const socket = join(dir, "socket.csv");
const directory = join(dir, "directory.csv");
const device = join(dir, "device.csv");
const regular = join(dir, "regular.csv");
let server: Server;
let haveDevice = false;

beforeAll(async () => {
  execFileSync("mkfifo", [fifo]);
  mkdirSync(directory);
  writeFileSync(regular, "series,period,value\n");
  try {
    execFileSync("mknod", [device, "c", "1", "3"], { stdio: "ignore" });
    haveDevice = true;
  } catch {
    haveDevice = false;
  }
  server = createServer();
  await new Promise<void>((done) => server.listen(socket, done));
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

const cases = [
  { name: "a named pipe", path: fifo, kind: "named pipe (FIFO)" },
  { name: "a socket", path: socket, kind: "socket" },
  { name: "a directory", path: directory, kind: "directory" },
  { name: "a character device", path: device, kind: "character device" },
] as const;

describe("readRegularFile", () => {
  for (const c of cases) {
    it(`refuses ${c.name} with its path, without blocking`, async (context) => {
      if (c.path === device && !haveDevice) context.skip();
      const error = await readRegularFile(c.path, "shown.csv").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotARegularFileError);
      expect((error as NotARegularFileError).message).toBe(
        `shown.csv is a ${c.kind}, not a regular file`,
      );
    });
  }

  it("reads a regular file", async () => {
    expect((await readRegularFile(regular)).toString()).toBe("series,period,value\n");
  });

  it("passes the file system's error on for a missing file", async () => {
    await expect(readRegularFile(join(dir, "missing.csv"))).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});

describe("checkOutputPath", () => {
  for (const c of cases) {
    it(`refuses to write over ${c.name}`, async (context) => {
      if (c.path === device && !haveDevice) context.skip();
      await expect(checkOutputPath(c.path, "out")).rejects.toThrow(
        `out is a ${c.kind}, not a regular file`,
      );
    });
  }

  it("allows a regular file and a new path", async () => {
    await expect(checkOutputPath(regular)).resolves.toBeUndefined();
    await expect(checkOutputPath(join(dir, "new.html"))).resolves.toBeUndefined();
  });
});

describe("a plan with special files", () => {
  function planDir(name: string, data: string): string {
    const plan = join(dir, name);
    mkdirSync(join(plan, "data"), { recursive: true });
    writeFileSync(
      join(plan, "plan.yaml"),
      `schemaVersion: 1
id: test
title: Test
municipality: { code: GM0376, name: Blaricum }
period: { start: 2023, end: 2026 }
mission: Veilig.
series:
  - { id: woninginbraken, label: Woninginbraken, unit: count }
data:
  - ${data}
`,
    );
    return plan;
  }

  it("reports a data file that is a named pipe at its data: line, and does not hang", async () => {
    const plan = planDir("fifo-plan", "data/politie.csv");
    execFileSync("mkfifo", [join(plan, "data/politie.csv")]);
    for (const read of [loadPlan, readPlan]) {
      const result = await read(plan, { displayBase: dir });
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.issues).toMatchObject([
        {
          code: "not-a-regular-file",
          location: { file: "fifo-plan/plan.yaml", line: 10, column: 5, field: "data[0]" },
          message:
            "the data file fifo-plan/data/politie.csv is a named pipe (FIFO), not a regular file",
        },
      ]);
    }
  });

  it("reports a plan file that is a named pipe", async () => {
    const plan = join(dir, "fifo-plan-file");
    mkdirSync(plan);
    execFileSync("mkfifo", [join(plan, "plan.yaml")]);
    const result = await loadPlan(plan, { displayBase: dir });
    expect(result).toMatchObject({
      success: false,
      issues: [
        {
          code: "not-a-regular-file",
          location: { file: "fifo-plan-file/plan.yaml" },
          message: "the plan file is a named pipe (FIFO), not a regular file",
        },
      ],
    });
  });

  it("refuses a data: entry outside the plan directory, in loadPlan and readPlan alike", async () => {
    writeFileSync(join(dir, "secret.csv"), "series,period,value\nwoninginbraken,2023,1\n");
    const plan = planDir("outside", "../secret.csv");
    for (const read of [loadPlan, readPlan]) {
      const result = await read(plan, { displayBase: dir });
      expect(result).toMatchObject({
        success: false,
        issues: [
          {
            location: { file: "outside/plan.yaml", line: 10, field: "data[0]" },
            message:
              'a data file lies inside the plan directory: a relative path without .. (ivp reads no files outside it) (got the text "../secret.csv")',
          },
        ],
      });
    }
  });
});
