import { describe, expect, it } from "vitest";
import { parseObservationsCsv } from "./parse-observations-csv.ts";

const options = { defaultArea: "GM0417" };

describe("parseObservationsCsv", () => {
  it("reads observations; an empty value or '.' is missing, never 0", () => {
    const result = parseObservationsCsv(
      'series,area,period,value,origin\nwoninginbraken,,2019,55,\nwoninginbraken,GM0376,2019MM01,.,import\nrapportcijfer,,2019,"7,4",other\nx,,2020-H1,,\n',
      "data/police.csv",
      options,
    );
    expect(result).toMatchObject({
      success: true,
      observations: [
        {
          series: "woninginbraken",
          area: "GM0417",
          period: "2019",
          value: 55,
          origin: "import",
          ref: { kind: "file", file: "data/police.csv", line: 2 },
        },
        { series: "woninginbraken", area: "GM0376", period: "2019-01", value: null },
        { series: "rapportcijfer", value: 7.4, origin: "other" },
        { series: "x", period: "2020-H1", value: null },
      ],
    });
  });

  it.each([
    ["series,value\nx,1\n", 1, 1, 'the header has no "period" column'],
    ["series,period,value,colour\nx,2019,1,red\n", 1, 21, 'unknown column "colour"'],
    ["series,period,value\nx,2019-H3,1\n", 2, 3, '"2019-H3" is not a period'],
    ["series,period,value\nx,2019,1O\n", 2, 8, '"1O" is not a number'],
    ["series,period,value\nX Y,2019,1\n", 2, 1, '"X Y" is not a series id'],
    ["series,period,value\nx,2019\n", 2, 1, "has 2 fields, the header has 3"],
    ["", 1, 1, "the file is empty"],
    ['series,period,value\nx,"2019,1\n', 2, 3, "never closed"],
  ])("reports %j at line %d, column %d", (text, line, column, message) => {
    const result = parseObservationsCsv(text, "data.csv", options);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.location).toMatchObject({ file: "data.csv", line, column });
      expect(result.issues[0]?.message).toContain(message);
    }
  });
});
