import { describe, expect, it } from "vitest";
import { formatPeriodLabel, monthName } from "./format-period.ts";

describe("monthName", () => {
  it("names the months as the period labels do, short and long, Dutch and English", () => {
    expect(monthName(3)).toBe("mrt");
    expect(monthName(3, { style: "long" })).toBe("maart");
    expect(monthName(5, { lang: "en" })).toBe("May");
    expect(monthName(12, { lang: "en", style: "long" })).toBe("December");
  });

  it("agrees with formatPeriodLabel for every month", () => {
    for (let month = 1; month <= 12; month++)
      for (const style of ["short", "long"] as const)
        expect(
          formatPeriodLabel({ year: 2020, startMonth: month, endMonth: month }, { style }),
        ).toBe(`${monthName(month, { style })} 2020`);
  });

  it("has no name for a number outside 1-12", () => {
    for (const month of [0, 13, 1.5, -1]) expect(monthName(month)).toBeUndefined();
  });
});
