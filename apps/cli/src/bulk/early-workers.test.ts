import { describe, expect, it } from "vitest";
import { earlyWorkerCount } from "./early-workers.ts";

describe("earlyWorkerCount", () => {
  it("is one per CPU for bulk's default, the data file and options that do not change it", () => {
    expect(earlyWorkerCount([], 2)).toBe(2);
    expect(earlyWorkerCount(["data.csv", "--out", "out", "--format", "md", "-q"], 4)).toBe(4);
    expect(earlyWorkerCount(["data.csv", "-f", "html", "--force", "--lang=nl"], 8)).toBe(8);
  });

  it("is none with --jobs or --municipalities in any spelling, with --help, or with one CPU", () => {
    for (const option of [
      ["--jobs", "3"],
      ["--jobs=3"],
      ["-j", "3"],
      ["-j3"],
      ["-qj", "3"],
      ["--municipalities", "GM0417"],
      ["--municipalities=GM0417"],
      ["-m", "GM0417"],
      ["--help"],
      ["-h"],
    ]) {
      expect(earlyWorkerCount(["data.csv", "--out", "out", ...option], 2), option.join(" ")).toBe(
        0,
      );
    }
    expect(earlyWorkerCount(["data.csv", "--out", "out"], 1)).toBe(0);
  });

  it("reads no further than --", () => {
    expect(earlyWorkerCount(["--out", "out", "--", "--jobs"], 2)).toBe(2);
  });
});
