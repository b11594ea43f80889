import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import type { ImportedObservation } from "../mapping/map-figures.ts";
import { mergeObservations } from "./merge-observations.ts";

function observation(
  series: string,
  period: string,
  value: number | null,
  area = "GM0376",
): ImportedObservation {
  return {
    series,
    area,
    period,
    value,
    provisional: false,
    location: { file: "bron.csv", line: 1 },
  };
}

const base = {
  target: "data.csv",
  defaultArea: "GM0376",
  note: () => "47013NED",
};

describe("mergeObservations", () => {
  it("creates a new file with the full header", () => {
    const result = mergeObservations({
      ...base,
      files: [{ path: "data.csv", text: null, display: "data.csv" }],
      observations: [observation("totaal", "2023", 347), observation("totaal", "2022", 363)],
      source: "politie",
    });
    expect(result.files[0]).toEqual({
      path: "data.csv",
      display: "data.csv",
      status: "created",
      text: "series,area,period,value,origin,source,note\ntotaal,GM0376,2022,363,import,politie,47013NED\ntotaal,GM0376,2023,347,import,politie,47013NED\n",
    });
    expect(result.changes.map((c) => c.kind)).toEqual(["added", "added"]);
  });

  it("writes in the file's own columns, delimiter and line endings", () => {
    const text = "series;period;value;origin\r\ntotaal;2022;360;import\r\n";
    const result = mergeObservations({
      ...base,
      files: [{ path: "data.csv", text, display: "data.csv" }],
      observations: [observation("totaal", "2022", 363), observation("totaal", "2023", null)],
    });
    expect(result.files[0]?.text).toBe(
      "series;period;value;origin\r\ntotaal;2022;363;import\r\ntotaal;2023;;import\r\n",
    );
    expect(result.changes[0]).toMatchObject({
      kind: "updated",
      value: 363,
      previous: { value: 360 },
    });
  });

  it("counts an identical figure as unchanged and leaves the file alone", () => {
    const text =
      "series,area,period,value,origin,source,note\ntotaal,GM0376,2022,363,import,,47013NED\n";
    const result = mergeObservations({
      ...base,
      files: [{ path: "data.csv", text, display: "data.csv" }],
      observations: [observation("totaal", "2022", 363)],
    });
    expect(result).toMatchObject({ changes: [], unchanged: 1, files: [{ status: "unchanged" }] });
  });

  it("updates a figure kept in another data file of the plan, where it is", () => {
    const result = mergeObservations({
      ...base,
      files: [
        { path: "data.csv", text: "series,period,value\n", display: "data.csv" },
        {
          path: "oud.csv",
          text: "series,period,value,note\ntotaal,2022,1,47013NED\n",
          display: "oud.csv",
        },
      ],
      observations: [observation("totaal", "2022", 363)],
    });
    expect(result.files.map((f) => f.status)).toEqual(["unchanged", "changed"]);
    expect(result.files[1]?.text).toBe("series,period,value,note\ntotaal,2022,363,47013NED\n");
  });

  it("replaces a record whose quoted note spans two lines as a whole", () => {
    const text = 'series,period,value,note\ntotaal,2022,1,"twee\nregels"\nander,2022,5,x\n';
    const result = mergeObservations({
      ...base,
      files: [{ path: "data.csv", text, display: "data.csv" }],
      observations: [observation("totaal", "2022", 2)],
    });
    expect(result.files[0]?.text).toBe(
      "series,period,value,note\ntotaal,2022,2,47013NED\nander,2022,5,x\n",
    );
  });

  it("orders new rows by the plan's series, the municipality first, then by period", () => {
    const result = mergeObservations({
      ...base,
      files: [{ path: "data.csv", text: null, display: "data.csv" }],
      seriesOrder: new Map([
        ["b", 0],
        ["a", 1],
      ]),
      observations: [
        observation("a", "2022", 1),
        observation("b", "2023-02", 2, "wijk"),
        observation("b", "2023-01", 3),
        observation("b", "2022", 4),
      ],
    });
    expect(result.changes.map((c) => `${c.series} ${c.area} ${c.period}`)).toEqual([
      "a GM0376 2022",
      "b wijk 2023-02",
      "b GM0376 2023-01",
      "b GM0376 2022",
    ]);
    expect(
      result.files[0]?.text
        .split("\n")
        .slice(1, -1)
        .map((l) => l.split(",").slice(0, 3).join(" ")),
    ).toEqual(["b GM0376 2022", "b GM0376 2023-01", "b wijk 2023-02", "a GM0376 2022"]);
  });

  describe("edge cases", () => {
    it("refuses to add a figure for another area to a file without an area column", () => {
      expect(() =>
        mergeObservations({
          ...base,
          files: [{ path: "data.csv", text: "series,period,value\n", display: "data.csv" }],
          observations: [observation("totaal", "2022", 1, "wijk")],
        }),
      ).toThrow(ImportError);
    });

    it("refuses a data file that does not parse, naming its line", () => {
      expect(() =>
        mergeObservations({
          ...base,
          files: [
            {
              path: "data.csv",
              text: "series,period,value\ntotaal,2022,veel\n",
              display: "data.csv",
            },
          ],
          observations: [],
        }),
      ).toThrow(expect.objectContaining({ location: { file: "data.csv", line: 2, column: 13 } }));
    });

    it("quotes a note with the delimiter or a quote in it", () => {
      const result = mergeObservations({
        ...base,
        note: () => 'StatLine: "a", b',
        files: [{ path: "data.csv", text: null, display: "data.csv" }],
        observations: [observation("totaal", "2022", 1)],
      });
      expect(result.files[0]?.text.split("\n")[1]).toBe(
        'totaal,GM0376,2022,1,import,,"StatLine: ""a"", b"',
      );
    });
  });
});
