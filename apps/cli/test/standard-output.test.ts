import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { afterEach, describe, expect, it, vi } from "vitest";

// writeSync of node:fs, as the module under test sees it.
const fs = vi.hoisted(() => ({ writeSync: vi.fn() }));
vi.mock("node:fs", async (original) => ({
  ...(await original<typeof import("node:fs")>()),
  writeSync: fs.writeSync,
}));

const { writeStandardOutput, writeStandardOutputDirectly } = await import(
  "../src/standard-output.ts"
);

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe("standard output", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fs.writeSync.mockReset();
  });

  it("goes to process.stdout unless dist/ivp.js asked for the direct way", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(((
      _: unknown,
      done: () => void,
    ) => {
      done();
      return true;
    }) as typeof process.stdout.write);
    await writeStandardOutput("tekst\n");
    expect(write).toHaveBeenCalledWith("tekst\n", expect.any(Function));
    expect(fs.writeSync).not.toHaveBeenCalled();
  });

  it("then writes to descriptor 1 until all is written, and the rest through process.stdout when it cannot", async () => {
    writeStandardOutputDirectly();
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation(((
      chunk: string | Uint8Array,
      done: () => void,
    ) => {
      written.push(`stream:${Buffer.from(chunk).toString()}`);
      done();
      return true;
    }) as typeof process.stdout.write);
    // A text goes to writeSync as it is; when the descriptor takes 4 bytes
    // at a time, the rest follows as bytes.
    const fourAtATime = (_fd: number, data: string | Uint8Array, offset?: number) => {
      const bytes = typeof data === "string" ? Buffer.from(data) : data.subarray(offset);
      const n = Math.min(4, bytes.length);
      written.push(Buffer.from(bytes.subarray(0, n)).toString("latin1"));
      return n;
    };
    fs.writeSync.mockImplementation(fourAtATime);
    await writeStandardOutput("abcdefghij");
    expect(written).toEqual(["abcd", "efgh", "ij"]);
    expect(fs.writeSync.mock.calls[0]).toEqual([1, "abcdefghij"]);
    expect(fs.writeSync.mock.calls.every(([fd]) => fd === 1)).toBe(true);
    expect(write).not.toHaveBeenCalled();
    // A text taken whole is written once, by its UTF-8 length; bytes as they are.
    written.length = 0;
    fs.writeSync.mockReset();
    fs.writeSync.mockImplementation((_fd: number, data: string | Uint8Array) =>
      typeof data === "string" ? Buffer.byteLength(data) : data.length,
    );
    await writeStandardOutput("één twee\n");
    expect(fs.writeSync.mock.calls).toEqual([[1, "één twee\n"]]);
    await writeStandardOutput(Buffer.from("xyz"));
    expect(fs.writeSync).toHaveBeenCalledTimes(2);
    // Nothing to write: no write at all.
    await writeStandardOutput("");
    expect(fs.writeSync).toHaveBeenCalledTimes(2);
    // A full non-blocking pipe: the rest goes through the stream, from the
    // byte where the descriptor stopped (within a character here).
    fs.writeSync.mockReset();
    const chunks: Buffer[] = [];
    write.mockImplementation(((chunk: string | Uint8Array, done: () => void) => {
      chunks.push(Buffer.from(chunk));
      done();
      return true;
    }) as typeof process.stdout.write);
    fs.writeSync.mockImplementationOnce((_fd: number, data: string) => {
      chunks.push(Buffer.from(data).subarray(0, 3));
      return 3;
    });
    fs.writeSync.mockImplementationOnce(() => {
      throw errno("EAGAIN");
    });
    await writeStandardOutput("één twee");
    expect(chunks.map((c) => c.length)).toEqual([3, Buffer.byteLength("één twee") - 3]);
    expect(Buffer.concat(chunks).toString()).toBe("één twee");
    write.mockImplementation(((chunk: string | Uint8Array, done: () => void) => {
      written.push(`stream:${Buffer.from(chunk).toString()}`);
      done();
      return true;
    }) as typeof process.stdout.write);
    // Nothing taken at all: the whole text through the stream.
    written.length = 0;
    fs.writeSync.mockImplementationOnce(() => {
      throw errno("EAGAIN");
    });
    await writeStandardOutput("één");
    expect(written).toEqual(["stream:één"]);
  });

  it("ends the process with 0 when the pipe is closed", async () => {
    writeStandardOutputDirectly();
    fs.writeSync.mockImplementation(() => {
      throw errno("EPIPE");
    });
    const exit = vi.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("exit");
    }) as typeof process.exit);
    await expect(writeStandardOutput("x")).rejects.toThrow("exit");
    expect(exit).toHaveBeenCalledWith(0);
  });
});

describe("a closed pipe, end to end", () => {
  it("ends ivp quietly with 0, also when the output is larger than the pipe holds", () => {
    for (const command of [
      "node apps/cli/dist/ivp.js report examples/laren-2019-2022 --format html | head -c 10",
      "node apps/cli/dist/ivp.js status examples/laren-2019-2022 --format json | head -c 10",
    ]) {
      const result = spawnSync("bash", ["-c", `${command}; echo " exit \${PIPESTATUS[0]}"`], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^.{10} exit 0\n$/s);
    }
  });
});
