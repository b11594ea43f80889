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
      chunk: Uint8Array,
      done: () => void,
    ) => {
      written.push(`stream:${Buffer.from(chunk).toString()}`);
      done();
      return true;
    }) as typeof process.stdout.write);
    // A partial write, the rest in a second one.
    fs.writeSync.mockImplementation((_fd: number, data: Uint8Array, offset: number) => {
      const n = Math.min(4, data.length - offset);
      written.push(Buffer.from(data.subarray(offset, offset + n)).toString());
      return n;
    });
    await writeStandardOutput("abcdefghij");
    expect(written).toEqual(["abcd", "efgh", "ij"]);
    expect(fs.writeSync.mock.calls.every(([fd]) => fd === 1)).toBe(true);
    expect(write).not.toHaveBeenCalled();
    // A full non-blocking pipe: the rest goes through the stream.
    written.length = 0;
    fs.writeSync.mockImplementationOnce((_fd: number, data: Uint8Array, offset: number) => {
      written.push(Buffer.from(data.subarray(offset, offset + 3)).toString());
      return 3;
    });
    fs.writeSync.mockImplementationOnce(() => {
      throw errno("EAGAIN");
    });
    await writeStandardOutput("één twee");
    expect(written.join("")).toBe(
      `${Buffer.from("één twee").subarray(0, 3).toString()}stream:${Buffer.from("één twee").subarray(3).toString()}`,
    );
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
