import { afterEach, describe, expect, it, vi } from "vitest";
import { endProcess } from "./end-process.ts";

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("endProcess", () => {
  it("ends the process with the code when nothing is pending", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.spyOn(process, "getActiveResourcesInfo").mockReturnValue([]);
    vi.spyOn(process, "listenerCount").mockReturnValue(0);
    endProcess(2);
    expect(exit).toHaveBeenCalledWith(2);
    expect(process.exitCode).toBe(2);
  });

  it("leaves the process to end by itself while a request, a handle or a timer is pending", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.spyOn(process, "listenerCount").mockReturnValue(0);
    for (const pending of [["WriteWrap"], ["PipeWrap"], ["FSReqPromise"], ["Timeout"]]) {
      vi.spyOn(process, "getActiveResourcesInfo").mockReturnValue(pending);
      endProcess(1);
      expect(exit).not.toHaveBeenCalled();
      expect(process.exitCode).toBe(1);
    }
  });

  it("leaves the process to end by itself when something listens for beforeExit", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.spyOn(process, "getActiveResourcesInfo").mockReturnValue([]);
    const listener = () => undefined;
    process.on("beforeExit", listener);
    try {
      endProcess(0);
    } finally {
      process.off("beforeExit", listener);
    }
    expect(exit).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(0);
  });
});
