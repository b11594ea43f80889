import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRegularFileSync, withRegularFileSync } from "./read-regular-file-sync.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ivp-regular-file-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The code of what `read` throws. */
function codeOf(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return undefined;
}

describe("withRegularFileSync", () => {
  it("reads a regular file, with and without the stat before opening it (ownFile)", () => {
    const file = join(dir, "plan.yaml");
    writeFileSync(file, "title: x\n");
    for (const ownFile of [false, true]) {
      expect(withRegularFileSync(file, (_fd, size) => size, { ownFile })).toBe(9);
    }
    expect(readRegularFileSync(file).toString()).toBe("title: x\n");
  });

  it("refuses a named pipe and a directory before reading a byte, also for its own files", () => {
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const directory = join(dir, "directory");
    mkdirSync(directory);
    for (const path of [fifo, directory]) {
      for (const ownFile of [false, true]) {
        let read = false;
        expect(
          codeOf(() =>
            withRegularFileSync(
              path,
              () => {
                read = true;
              },
              { ownFile },
            ),
          ),
        ).toBe("not-a-regular-file");
        expect(read).toBe(false);
      }
    }
  });

  it("throws the file system's error for a file that is not there", () => {
    for (const ownFile of [false, true]) {
      expect(codeOf(() => withRegularFileSync(join(dir, "none"), () => 0, { ownFile }))).toBe(
        "ENOENT",
      );
    }
  });
});
