import { describe, expect, it } from "vitest";
import { findingField } from "../lint/finding-field.ts";
import { formatPlanPath, planPathOf } from "./plan-path.ts";

const message = { messageId: "x", data: {} };

describe("formatPlanPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPlanPath(["tables", 0, "rows", 2, "series"])).toBe("tables[0].rows[2].series");
    expect(formatPlanPath(["observations", 8, "values", "huiselijk-geweld", 1])).toBe(
      "observations[8].values.huiselijk-geweld[1]",
    );
    expect(formatPlanPath([])).toBe("");
  });
});

describe("planPathOf and findingField", () => {
  it("take the path of a plan location, in either form", () => {
    expect(planPathOf(["claims", 0, "kind"])).toEqual(["claims", 0, "kind"]);
    expect(planPathOf({ kind: "plan", path: ["claims", 0] })).toEqual(["claims", 0]);
    expect(
      findingField({ ...message, locations: [{ kind: "plan", path: ["claims", 0, "kind"] }] }),
    ).toBe("claims[0].kind");
  });

  it("have no field for a line of a data file, or no location", () => {
    const line = { kind: "file", file: "data/x.csv", line: 2, column: 1 } as const;
    expect(planPathOf(line)).toBeUndefined();
    expect(findingField({ ...message, locations: [line, ["claims", 0]] })).toBeUndefined();
    expect(findingField({ ...message, locations: [] })).toBeUndefined();
  });
});
