import { formatPeriodCode, parsePeriod } from "@ivp/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStatlinePeriod } from "./statline-period.ts";

const MONTHS =
  "januari februari maart april mei juni juli augustus september oktober november december".split(
    " ",
  );

describe("parseStatlinePeriod", () => {
  it.each([
    ["2023", "2023", false],
    ["2023*", "2023", true],
    ["2023**", "2023", true],
    ["2022 oktober", "2022-10", false],
    ["2023 januari*", "2023-01", true],
    ["2022 3e kwartaal", "2022-Q3", false],
    ["2022 2e halfjaar", "2022-H2", false],
    ["2017MM10", "2017-10", false],
    ["2017KW01", "2017-Q1", false],
    ["2017JJ00", "2017", false],
  ])("%s is %s (provisional: %s)", (label, period, provisional) => {
    expect(parseStatlinePeriod(label)).toEqual({ period, provisional });
  });

  it("reads every month StatLine can write, as the month's canonical code", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (year, month, star) => {
          const label = `${year} ${MONTHS[month - 1]}${star ? "*" : ""}`;
          expect(parseStatlinePeriod(label)).toEqual({
            period: `${year}-${String(month).padStart(2, "0")}`,
            provisional: star,
          });
        },
      ),
    );
  });

  it("agrees with the model's CBS period codes for every year, quarter and month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.oneof(
          fc.constant("JJ00"),
          fc.integer({ min: 1, max: 4 }).map((q) => `KW0${q}`),
          fc.integer({ min: 1, max: 12 }).map((m) => `MM${String(m).padStart(2, "0")}`),
        ),
        (year, suffix) => {
          const code = `${year}${suffix}`;
          const model = parsePeriod(code);
          expect(model.success).toBe(true);
          if (model.success)
            expect(parseStatlinePeriod(code)?.period).toBe(formatPeriodCode(model.data));
        },
      ),
    );
  });

  describe("edge cases", () => {
    it.each(["", "vorig jaar", "2023 maand", "2023 5e kwartaal", "2023MM13", "2023 3e halfjaar"])(
      "%j is not a period",
      (label) => {
        expect(parseStatlinePeriod(label)).toBeUndefined();
      },
    );

    it("never throws, whatever the text", () => {
      fc.assert(fc.property(fc.string(), (text) => void parseStatlinePeriod(text)));
    });
  });
});
