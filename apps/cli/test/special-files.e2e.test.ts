import { execFileSync } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStackTrace, runIvp, snapshot } from "./run-ivp.ts";

// Inputs and outputs that are not regular files, made in a temporary
// directory (never the real /dev entries): a named pipe (mkfifo), a
// directory, a listening Unix socket, and a character device made with mknod
// (the null device's numbers 1:3; needs root, else those cases are skipped).
// Each is refused with its path, before a byte is read or written, and no run
// may hang: a run that takes 30 s is killed and fails.
const TIMEOUT = 30_000;
const run = (args: readonly string[], cwd: string) => runIvp(args, { cwd, timeout: TIMEOUT });

let dir = "";
let remove = async () => {};
let server: Server;
let haveDevice = false;
const special = { fifo: "", directory: "", socket: "", device: "" };

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  special.fifo = join(dir, "fifo");
  special.directory = join(dir, "directory");
  special.socket = join(dir, "socket");
  special.device = join(dir, "device");
  execFileSync("mkfifo", [special.fifo]);
  mkdirSync(special.directory);
  try {
    execFileSync("mknod", [special.device, "c", "1", "3"], { stdio: "ignore" });
    haveDevice = true;
  } catch {
    haveDevice = false;
  }
  server = createServer();
  await new Promise<void>((done) => server.listen(special.socket, done));
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await remove();
});

const KINDS = [
  ["fifo", "named pipe (FIFO)"],
  ["directory", "directory"],
  ["socket", "socket"],
  ["device", "character device"],
] as const;

function blaricum(name: string): string {
  const plan = join(dir, name);
  cpSync(join(REPO_ROOT, "examples/blaricum"), plan, { recursive: true });
  return plan;
}

describe("special files as input (built CLI)", () => {
  for (const [name, kind] of KINDS) {
    it(`ivp validate and ivp status refuse a data file that is a ${kind}, at its data: line`, (context) => {
      if (name === "device" && !haveDevice) context.skip();
      const plan = blaricum(`plan-data-${name}`);
      const data = join(plan, "data/politie.csv");
      rmSync(data);
      if (name === "directory") mkdirSync(data);
      else if (name === "fifo") execFileSync("mkfifo", [data]);
      else if (name === "device") execFileSync("mknod", [data, "c", "1", "3"]);
      else renameSync(special.socket, data);
      try {
        for (const command of ["validate", "status"]) {
          const result = run([command, plan], dir);
          expect(result.status).toBe(1);
          expect(result.stderr + result.stdout).toMatch(
            new RegExp(
              `plan-data-${name}/plan\\.yaml:\\d+:5 {2}error {2}not-a-regular-file {2}data\\[0\\]: the data file plan-data-${name}/data/politie\\.csv is a ${kind.replace(/[()]/g, "\\$&")}, not a regular file`,
            ),
          );
          expect(hasStackTrace(result.stderr)).toBe(false);
        }
      } finally {
        if (name === "socket") renameSync(data, special.socket);
      }
    });

    it(`ivp import refuses a source file that is a ${kind}: exit 1, its path, nothing written`, async (context) => {
      if (name === "device" && !haveDevice) context.skip();
      const plan = blaricum(`plan-import-${name}`);
      const before = await snapshot(plan);
      const result = run(["import", name, "--plan", plan], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `ivp: ${name}  the file is a ${kind}, not a regular file (give a StatLine CSV download or an OData JSON page saved as a file)\nNothing was written.\n`,
      );
      expect(await snapshot(plan)).toEqual(before);
    });

    it(`ivp bulk refuses a data file that is a ${kind}`, (context) => {
      if (name === "device" && !haveDevice) context.skip();
      const result = run(["bulk", name, "--out", join(dir, `bulk-${name}`), "--quiet"], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${name}  the file is a ${kind}, not a regular file`);
      expect(() => lstatSync(join(dir, `bulk-${name}`))).toThrow();
    });
  }
});

describe("special files behind the plan cache (built CLI)", () => {
  it("a data file that becomes a named pipe after the plan was cached: reported, no hang", () => {
    const plan = blaricum("cached-then-fifo");
    expect(run(["status", plan], dir).status).toBe(0);
    expect(run(["status", plan], dir).status).toBe(0);
    const data = join(plan, "data/politie.csv");
    rmSync(data);
    execFileSync("mkfifo", [data]);
    for (const command of ["status", "validate"]) {
      const result = run([command, plan], dir);
      expect(result.status).toBe(1);
      expect(result.stderr + result.stdout).toContain(
        "the data file cached-then-fifo/data/politie.csv is a named pipe (FIFO), not a regular file",
      );
    }
  });

  it("a plan.yaml that is a named pipe: reported, no hang", () => {
    const plan = blaricum("plan-fifo");
    rmSync(join(plan, "plan.yaml"));
    execFileSync("mkfifo", [join(plan, "plan.yaml")]);
    for (const command of ["status", "validate", "report"]) {
      const result = run([command, plan], dir);
      expect(result.status).toBe(1);
      expect(result.stderr + result.stdout).toContain(
        "plan-fifo/plan.yaml  error  not-a-regular-file  the plan file is a named pipe (FIFO), not a regular file",
      );
    }
  });
});

describe("special files as output (built CLI)", () => {
  const plan = () => join(REPO_ROOT, "examples/blaricum");
  for (const [name, kind] of KINDS) {
    it(`--out onto a ${kind} is refused before a byte is written, and it stays what it was`, (context) => {
      if (name === "device" && !haveDevice) context.skip();
      const before = lstatSync(special[name]);
      for (const args of [
        ["report", plan(), "--out", name],
        ["status", plan(), "--out", name],
        ["table", plan(), "politiecijfers", "--out", name],
      ]) {
        const result = run(args, dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(
          `ivp: refusing to write to ${name}: it is a ${kind}, not a regular file; --out takes a new path or a regular file\n`,
        );
      }
      const after = lstatSync(special[name]);
      expect(after.ino).toBe(before.ino);
      expect(after.mode).toBe(before.mode);
      expect(after.rdev).toBe(before.rdev);
    });
  }

  it("ivp bulk --out onto a named pipe is refused", () => {
    const result = run(["bulk", STATLINE_FILE, "--out", "fifo", "--quiet"], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--out fifo is a named pipe (FIFO), not a directory");
    expect(lstatSync(special.fifo).isFIFO()).toBe(true);
  });
});
