import { formatNumber } from "@ivp/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { componentNumber } from "./progress-view.ts";

/** componentNumber as it was before its short cut for whole numbers. */
function reference(value: number, lang: "nl" | "en"): string {
  const separator = lang === "en" ? "." : ",";
  const text = formatNumber(value, { decimals: 4, decimalSeparator: separator });
  return text.includes(separator) ? text.replace(/0+$/, "").replace(/[.,]$/, "") : text;
}

describe("componentNumber", () => {
  it("writes at most four decimals without trailing zeros", () => {
    expect(componentNumber(53.164556962, "nl")).toBe("53,1646");
    expect(componentNumber(53.164556962, "en")).toBe("53.1646");
    expect(componentNumber(70, "nl")).toBe("70");
    expect(componentNumber(-70, "en")).toBe("-70");
    expect(componentNumber(-0, "nl")).toBe("0");
    expect(componentNumber(2.5, "nl")).toBe("2,5");
    expect(componentNumber(1e21, "nl")).toBe("1000000000000000000000");
  });

  it("writes every number as before its short cut for whole numbers", () => {
    const numbers = fc.oneof(
      fc.integer(),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((n) => n * 1024),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc
        .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }))
        .map(([units, places]) => units / 10 ** places),
      fc.constantFrom(0, -0, 1e21, -1e21, 2 ** 53, 9.99995, 0.00005, -0.00004),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom("nl" as const, "en" as const), (value, lang) => {
        expect(componentNumber(value, lang)).toBe(reference(value, lang));
      }),
      { numRuns: 20_000 },
    );
  });
});
