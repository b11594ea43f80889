import { makePlan } from "@ivp/testkit/plans";
import { describe, expect, it, vi } from "vitest";
import { IvpError } from "../../errors.ts";
import { ObservationIndex } from "../../observation/observation-index.ts";
import { printedChangeMismatch } from "./printed-change-mismatch.ts";

// evaluateTable, made to fail: the rule leaves a table it cannot compute to
// the rules that explain why (an IvpError), but does not hide a bug.
const failure = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock("../../table/evaluate-table.ts", () => ({
  evaluateTable: () => {
    throw failure.error;
  },
}));

const plan = makePlan({
  series: [{ id: "woninginbraken", label: "Woninginbraken" }],
  tables: [
    {
      id: "tabel-2",
      title: "Politiecijfers",
      columns: [{ id: "gemeente", kind: "change", from: 2016, to: 2017 }],
      rows: [{ series: "woninginbraken", printed: { gemeente: "+4%" } }],
    },
  ],
});
const check = () =>
  printedChangeMismatch.check({
    plan,
    observations: [],
    index: new ObservationIndex([]),
    ruleIds: [],
    earlier: [],
  });

describe("printed-change-mismatch when a table cannot be computed", () => {
  it("skips the table on an IvpError (incomparable-periods reports it)", () => {
    failure.error = new IvpError("incomparable-periods", "2016 and 2017-01..2017-10");
    expect(check()).toEqual([]);
  });

  it("lets an internal IvpError through: a bug is not hidden", () => {
    failure.error = new IvpError("internal", "rational: division by zero");
    expect(check).toThrow("rational: division by zero");
  });

  it("lets any other error through", () => {
    failure.error = new TypeError("a bug");
    expect(check).toThrow(new TypeError("a bug"));
  });
});
