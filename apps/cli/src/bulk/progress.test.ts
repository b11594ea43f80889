import { describe, expect, it } from "vitest";
import { ProgressBar, type ProgressStream } from "./progress.ts";

/** A stand-in for standard error that records what is written. */
function stream(isTTY: boolean | undefined, columns = 100): ProgressStream & { text: string } {
  return {
    isTTY,
    columns,
    text: "",
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

describe("ProgressBar", () => {
  it("writes nothing at all when standard error is not a terminal", () => {
    for (const isTTY of [false, undefined]) {
      const err = stream(isTTY);
      const bar = ProgressBar.create({ stream: err, quiet: false });
      expect(bar.enabled).toBe(false);
      bar.update({ bytes: 1e6, totalBytes: 2e6, reports: 3 }, true);
      bar.clear();
      expect(err.text).toBe("");
    }
  });

  it("writes nothing with --quiet, even on a terminal", () => {
    const err = stream(true);
    const bar = ProgressBar.create({ stream: err, quiet: true });
    bar.update({ bytes: 1e6, reports: 3 }, true);
    bar.clear();
    expect(err.text).toBe("");
  });

  it("on a terminal, redraws one line in place and clears it at the end", () => {
    let now = 0;
    const err = stream(true);
    const bar = ProgressBar.create({ stream: err, quiet: false, now: () => now });
    now = 2500;
    bar.update({ bytes: 31.2e6, totalBytes: 62.4e6, reports: 7 });
    expect(err.text).toBe(
      `\r\x1b[2K[############------------]  50%  31.2 MB read  7 reports  2.5 s`,
    );
    bar.clear();
    expect(err.text.endsWith("\r\x1b[2K")).toBe(true);
  });

  it("redraws at most once per interval unless forced", () => {
    let now = 0;
    const err = stream(true);
    const bar = ProgressBar.create({ stream: err, quiet: false, now: () => now, interval: 100 });
    bar.update({ bytes: 1, reports: 0 });
    now = 50;
    bar.update({ bytes: 2, reports: 0 });
    now = 60;
    bar.update({ bytes: 3, reports: 0 }, true);
    now = 200;
    bar.update({ bytes: 4, reports: 0 });
    expect(err.text.split("\r").length - 1).toBe(3);
  });

  describe("edge cases", () => {
    it("shows reports written of reports to write once reading is done, without a size", () => {
      const bar = ProgressBar.create({ stream: stream(true), quiet: false, now: () => 0 });
      expect(bar.line({ bytes: 5e6, reports: 171, totalReports: 342 }, 1000)).toBe(
        "[############------------]  50%  5.0 MB read  171/342 reports  1.0 s",
      );
      expect(bar.line({ bytes: 5e6, reports: 12 }, 1000)).toBe("5.0 MB read  12 reports  1.0 s");
    });

    it("never writes a line wider than the terminal", () => {
      const bar = ProgressBar.create({ stream: stream(true, 20), quiet: false, now: () => 0 });
      expect(bar.line({ bytes: 5e6, totalBytes: 1e7, reports: 1 }, 0)).toHaveLength(19);
    });

    it("clearing a bar that never drew writes nothing", () => {
      const err = stream(true);
      ProgressBar.create({ stream: err, quiet: false }).clear();
      expect(err.text).toBe("");
    });
  });
});
