import { loadLarenPlan } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import type { MonitoringCycle } from "../schema/types.ts";
import { listCycleMoments, summarizeMonitoring } from "./monitoring-moments.ts";

const laren = loadLarenPlan();
const cycle = (id: string): MonitoringCycle => {
  const found = laren.monitoring.find((c) => c.id === id);
  if (!found) throw new Error(`no cycle ${id}`);
  return found;
};

describe("listCycleMoments", () => {
  it("Laren's 2-yearly progress analysis and execution plan within the plan period", () => {
    const range = { from: "2019-01-01", to: "2022-12-31" };
    expect(listCycleMoments({ cycle: cycle("voortgangsanalyse"), ...range })).toEqual([
      "2020-10-01",
      "2022-10-01",
    ]);
    expect(listCycleMoments({ cycle: cycle("uitvoeringsplan"), ...range })).toEqual([
      "2019-01-01",
      "2021-01-01",
    ]);
  });

  it("the district safety college meets 4 times a year", () => {
    expect(
      listCycleMoments({
        cycle: cycle("districtelijk-veiligheidscollege"),
        from: "2019-01-01",
        to: "2019-12-31",
      }),
    ).toEqual(["2019-01-01", "2019-04-01", "2019-07-01", "2019-10-01"]);
  });

  it("weekly screening: 52 or 53 moments a year, every 7 days", () => {
    const moments = listCycleMoments({
      cycle: cycle("screening-woninginbraken"),
      from: "2019-01-01",
      to: "2019-12-31",
    });
    expect(moments[0]).toBe("2019-01-07");
    expect(moments.at(-1)).toBe("2019-12-30");
    expect(moments).toHaveLength(52);
  });

  it("monthly from 31 January keeps the end of the month (28 February, then 31 March)", () => {
    const monthly: MonitoringCycle = {
      id: "m",
      kind: "meeting",
      label: "M",
      every: { months: 1 },
      first: "2019-01-31",
    };
    expect(listCycleMoments({ cycle: monthly, from: "2019-01-01", to: "2019-04-30" })).toEqual([
      "2019-01-31",
      "2019-02-28",
      "2019-03-31",
      "2019-04-30",
    ]);
  });

  it("a range that starts after the first moment: every 3 weeks from 7 January 2019", () => {
    // 7 Jan, 28 Jan, 18 Feb, 11 Mar: the range 1 Feb - 11 Mar holds the last two.
    expect(
      listCycleMoments({ cycle: cycle("overleg-teamchef"), from: "2019-02-01", to: "2019-03-11" }),
    ).toEqual(["2019-02-18", "2019-03-11"]);
  });

  describe("edge cases", () => {
    it("rejects dates that are not YYYY-MM-DD or do not exist", () => {
      expect(() =>
        listCycleMoments({ cycle: cycle("uitvoeringsplan"), from: "2019-02-30", to: "2020-01-01" }),
      ).toThrow(IvpError);
      expect(() =>
        listCycleMoments({ cycle: cycle("uitvoeringsplan"), from: "1-1-2019", to: "2020-01-01" }),
      ).toThrow('the start of the range must be a date written YYYY-MM-DD, got "1-1-2019"');
    });

    it("an empty range has no moments", () => {
      expect(
        listCycleMoments({ cycle: cycle("uitvoeringsplan"), from: "2019-06-01", to: "2019-12-31" }),
      ).toEqual([]);
    });
  });
});

describe("summarizeMonitoring", () => {
  it("as of 1 March 2021: what is due and what comes next within the plan period", () => {
    const summary = summarizeMonitoring({
      cycles: laren.monitoring,
      asOf: "2021-03-01",
      until: "2022-12-31",
    });
    expect(summary.find((s) => s.cycle === "voortgangsanalyse")).toEqual({
      cycle: "voortgangsanalyse",
      kind: "progress-analysis",
      label: cycle("voortgangsanalyse").label,
      by: "gemeente",
      due: "2020-10-01",
      next: "2022-10-01",
      daysUntilNext: 579,
    });
    expect(summary.find((s) => s.cycle === "uitvoeringsplan")).toMatchObject({
      due: "2021-01-01",
      next: null,
      daysUntilNext: null,
    });
  });

  it("before the first moment nothing is due yet", () => {
    const [first] = summarizeMonitoring({
      cycles: [cycle("voortgangsanalyse")],
      asOf: "2019-06-01",
    });
    expect(first).toMatchObject({ due: null, next: "2020-10-01" });
  });

  it("on the day of a moment, that moment is due", () => {
    const [first] = summarizeMonitoring({
      cycles: [cycle("voortgangsanalyse")],
      asOf: "2022-10-01",
    });
    expect(first).toMatchObject({ due: "2022-10-01", next: "2024-10-01", daysUntilNext: 731 });
  });
});
