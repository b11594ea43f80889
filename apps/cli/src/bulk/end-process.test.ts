import { afterEach, describe, expect, it, vi } from "vitest";
import { endBulkProcess } from "./end-process.ts";

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("endBulkProcess", () => {
  it("ends the process with the code when standard output and error hold nothing unwritten", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.spyOn(process.stdout, "writableLength", "get").mockReturnValue(0);
    vi.spyOn(process.stderr, "writableLength", "get").mockReturnValue(0);
    endBulkProcess(3);
    expect(exit).toHaveBeenCalledWith(3);
    expect(process.exitCode).toBe(3);
  });

  it("leaves the process to end by itself while a stream still writes", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    for (const [out, err] of [
      [12, 0],
      [0, 40],
    ] as const) {
      vi.spyOn(process.stdout, "writableLength", "get").mockReturnValue(out);
      vi.spyOn(process.stderr, "writableLength", "get").mockReturnValue(err);
      endBulkProcess(0);
      expect(exit).not.toHaveBeenCalled();
      expect(process.exitCode).toBe(0);
    }
  });
});
