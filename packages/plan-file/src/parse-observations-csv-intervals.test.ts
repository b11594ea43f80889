import { describe, expect, it } from "vitest";
import { parseObservationsCsv } from "./parse-observations-csv.ts";

const options = { defaultArea: "GM0417" };

describe("parseObservationsCsv: survey intervals (lower, upper)", () => {
  it("reads the 95% interval of a survey figure; rows without one have none", () => {
    const text =
      'series,period,value,lower,upper\nrapportcijfer-veiligheid,2019,"7,6","7,4",7.8\nwoninginbraken,2019,55,,\n';
    const result = parseObservationsCsv(text, "later.csv", options);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.observations.map((o) => [o.series, o.value, o.interval ?? null])).toEqual([
      ["rapportcijfer-veiligheid", 7.6, { lower: 7.4, upper: 7.8 }],
      ["woninginbraken", 55, null],
    ]);
  });

  describe("edge cases", () => {
    const header = "series,period,value,lower,upper\n";
    it.each([
      [`${header}cijfer,2019,7.6,laag,7.8\n`, 2, 17, "lower", '"laag" is not a number'],
      [`${header}cijfer,2019,7.6,7.4,\n`, 2, 21, "upper", "the interval has no upper bound"],
      [`${header}cijfer,2019,7.6,,7.8\n`, 2, 17, "lower", "the interval has no lower bound"],
      [
        `${header}cijfer,2019,7.6,7.9,7.8\n`,
        2,
        17,
        "lower",
        "the lower bound 7.9 is above the upper bound 7.8",
      ],
    ])("%j: line %i, column %i, field %s", (text, line, column, field, message) => {
      const result = parseObservationsCsv(text, "later.csv", options);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues).toEqual([
        expect.objectContaining({
          location: { file: "later.csv", line, column, field },
          message,
          severity: "error",
        }),
      ]);
    });
  });
});
