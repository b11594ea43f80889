import type { ImportChange } from "@ivp/importers";
import type { ImportResult } from "@ivp/importers/node";
import { describe, expect, it } from "vitest";
import { formatImportReport } from "./format-import-report.ts";

function added(period: string, value: number | null): ImportChange {
  return {
    kind: "added",
    series: "misdrijven-totaal",
    area: "GM0376",
    period,
    value,
    file: "data/politie.csv",
  };
}

function result(changes: ImportChange[], extra: Partial<ImportResult> = {}): ImportResult {
  return {
    dataset: { format: "odata-json", table: "47013NED", classification: "police" },
    dataFile: "data/politie.csv",
    changes,
    unchanged: 0,
    skipped: {
      figures: 40,
      otherAreas: 3,
      otherTopics: new Map([["Aangiften_2", 7]]),
      unmappedCrimeTypes: new Map([
        ["police:1.2.3", { classification: "police", code: "1.2.3", figures: 2 }],
        ["title:Fietsen", { title: "Fietsen", figures: 1 }],
      ]),
      outsidePeriod: 4,
    },
    written: ["/p/data/politie.csv"],
    backups: [],
    planUpdated: false,
    sourceAdded: null,
    ...extra,
  };
}

const options = { source: "page-1.json", planDir: "/p", verbose: false, dryRun: false };

describe("formatImportReport", () => {
  it("lists updates with the old and new value, additions, and what was skipped and why", () => {
    const update: ImportChange = {
      kind: "updated",
      series: "woninginbraken",
      area: "GM0376",
      period: "2023-01",
      value: 3,
      previous: { value: null },
      file: "data/politie.csv",
    };
    const text = formatImportReport(result([added("2023-02", null), update]), options);
    expect(text.split("\n").slice(2)).toEqual([
      "  updated  woninginbraken     GM0376  2023-01  missing -> 3",
      "  added    misdrijven-totaal  GM0376  2023-02  missing",
      "1 added, 1 updated, 0 unchanged.",
      "Skipped 3 figures of areas that are not in the plan.",
      'Skipped 7 figures of "Aangiften_2" (ivp imports registered crimes).',
      "Skipped 4 figures outside --from/--to.",
      'Skipped 2 figures of police 1.2.3: no series of the plan has this crime type; to import them, give a series codes: { police: "1.2.3" }.',
      'Skipped 1 figure of "Fietsen": no series of the plan has this crime type.',
      "",
    ]);
    expect(text.split("\n")[0]).toBe("Read 40 figures from page-1.json (OData 47013NED).");
  });

  it("lists at most 20 additions unless --verbose", () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      added(`2023-${String((i % 12) + 1).padStart(2, "0")}`, i),
    );
    const short = formatImportReport(result(many), options);
    expect(short.match(/^ {2}added/gm)).toHaveLength(20);
    expect(short).toContain("  ... and 5 more added (--verbose lists them all)\n");
    expect(
      formatImportReport(result(many), { ...options, verbose: true }).match(/^ {2}added/gm),
    ).toHaveLength(25);
  });

  describe("edge cases", () => {
    it("says when a dry run wrote nothing, and when there was nothing to write", () => {
      expect(
        formatImportReport(result([added("2023", 1)]), { ...options, dryRun: true }),
      ).toContain("Would change in");
      expect(formatImportReport(result([], { written: [] }), options)).toContain(
        "Nothing to write: the plan has these figures already.\n",
      );
    });

    it("says when the data file was added to the plan", () => {
      expect(
        formatImportReport(result([added("2023", 1)], { planUpdated: true }), options),
      ).toContain("Added data/politie.csv to data: in the plan.\n");
    });
  });
});
