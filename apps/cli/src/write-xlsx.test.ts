import type { Sheet } from "@ivp/report";
import { readSheet } from "read-excel-file/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sheetsToXlsx } from "./write-xlsx.ts";

const sheet: Sheet = {
  name: "status",
  columns: [
    { header: "indicator", format: { kind: "text" } },
    { header: "verandering", format: { kind: "percent-change", decimals: 0 } },
  ],
  rows: [
    ["misdrijven-totaal", -4],
    ["overlast-jongeren", { value: -1.3, format: { kind: "decimal", decimals: 1 } }],
  ],
};

afterEach(() => {
  vi.useRealTimers();
});

describe("sheetsToXlsx", () => {
  it("gives the same bytes at another moment (the zip's dates are fixed)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-05T10:00:00Z"));
    const first = await sheetsToXlsx([sheet]);
    vi.setSystemTime(new Date("2026-07-05T17:31:07Z"));
    const second = await sheetsToXlsx([sheet]);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("writes a change in percent as a fraction and one with its own format as it is", async () => {
    const rows = await readSheet(Buffer.from(await sheetsToXlsx([sheet])));
    expect(rows).toEqual([
      ["indicator", "verandering"],
      ["misdrijven-totaal", -0.04],
      ["overlast-jongeren", -1.3],
    ]);
  });
});
