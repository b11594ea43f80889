import { describe, expect, it } from "vitest";
import { addDataFileToPlan } from "./add-data-file.ts";

describe("addDataFileToPlan", () => {
  it("appends a data block at the end of a plan without one, changing nothing else", () => {
    const text = "# Mijn plan\nid: x # eigen id\n\n# laatste regel\n";
    const result = addDataFileToPlan(text, "data/politie.csv");
    expect(result).toBe(
      `${text}\n# CSV-bestanden met cijfers (ivp import schrijft hierin).\ndata:\n  - data/politie.csv\n`,
    );
  });

  it("adds an item after the last one of a block list, with the list's indentation and comments kept", () => {
    const text = "data:\n    # eerst\n    - a.csv # de eerste\n    - b.csv\nlint: {}\n";
    expect(addDataFileToPlan(text, "c.csv")).toBe(
      "data:\n    # eerst\n    - a.csv # de eerste\n    - b.csv\n    - c.csv\nlint: {}\n",
    );
  });

  it.each([
    ["data: [a.csv] # eigen\n", "data: [a.csv, b.csv] # eigen\n"],
    ["data: []\n", "data: [b.csv]\n"],
    ["data: [ a.csv ]\n", "data: [ a.csv, b.csv ]\n"],
    ["data:\nid: x\n", "data:\n  - b.csv\nid: x\n"],
    ["data: ~\nid: x\n", "data:\n  - b.csv\nid: x\n"],
  ])("%j becomes %j", (text, expected) => {
    expect(addDataFileToPlan(text, "b.csv")).toBe(expected);
  });

  it("returns the text unchanged when the file is listed already", () => {
    const text = "data:\n  - a.csv\n";
    expect(addDataFileToPlan(text, "a.csv")).toBe(text);
  });

  describe("edge cases", () => {
    it("quotes a path YAML would misread", () => {
      expect(addDataFileToPlan("id: x\n", "data/mijn cijfers: 2023.csv")).toContain(
        '  - "data/mijn cijfers: 2023.csv"\n',
      );
    });

    it("adds a newline to a file that lacks one at the end", () => {
      expect(addDataFileToPlan("id: x", "a.csv")).toMatch(/^id: x\n\n# CSV/);
    });

    it("refuses a data field that is not a list", () => {
      expect(() => addDataFileToPlan("data: a.csv\n", "b.csv")).toThrow("is not a list");
    });

    it("refuses a plan with YAML errors", () => {
      expect(() => addDataFileToPlan("id: [\n", "b.csv")).toThrow("YAML errors");
    });
  });
});
