/**
 * Property tests of mergeObservations, the step that writes imported figures
 * into a plan's data files: what it writes reads back (with the plan's own
 * CSV reader) as exactly the figures imported, in two batches or one; merging
 * the same figures again changes nothing; a figure with a new value replaces
 * the old one and leaves every other line as it was.
 */
import { parseObservationsCsv } from "@ivp/plan-file";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeObservations } from "../src/data-file/merge-observations.ts";
import type { ImportedObservation } from "../src/mapping/map-figures.ts";

const key = (o: { series: string; area: string; period: string }) =>
  `${o.series}|${o.area}|${o.period}`;

const observation: fc.Arbitrary<ImportedObservation> = fc.record({
  series: fc.constantFrom("misdrijven-totaal", "woninginbraken", "fietsendiefstal"),
  area: fc.constantFrom("GM0376", "wijk-01"),
  period: fc.constantFrom("2021", "2022", "2023-01", "2023-Q2", "2023-H1"),
  value: fc.option(fc.nat({ max: 100_000 }), { nil: null }),
  provisional: fc.boolean(),
  location: fc.constant({ file: "bron.csv", line: 1 }),
});

/** Figures with distinct (series, area, period): what one import delivers. */
const batch = fc.uniqueArray(observation, { selector: key, maxLength: 12 });

const note = fc.constantFrom("47013NED", 'StatLine: "Geregistreerde misdrijven", 2026', "a;b");

function merge(
  text: string | null,
  observations: readonly ImportedObservation[],
  noteText: string,
) {
  return mergeObservations({
    files: [{ path: "data.csv", text, display: "data.csv" }],
    target: "data.csv",
    observations,
    defaultArea: "GM0376",
    source: "politie",
    note: () => noteText,
  });
}

/** The figures of a data file as the plan reads them: key to value. */
function figuresOf(text: string): Map<string, number | null> {
  const parsed = parseObservationsCsv(text, "data.csv", { defaultArea: "GM0376" });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return new Map(parsed.observations.map((o) => [key(o), o.value]));
}

describe("mergeObservations, property", () => {
  it("writes a file that reads back as the imported figures; a second import adds and updates", () => {
    fc.assert(
      fc.property(batch, batch, note, (first, second, noteText) => {
        const created = merge(null, first, noteText).files[0]?.text ?? "";
        expect(figuresOf(created)).toEqual(new Map(first.map((o) => [key(o), o.value])));
        const merged = merge(created, second, noteText).files[0]?.text ?? "";
        const expected = new Map(first.map((o) => [key(o), o.value]));
        for (const o of second) expected.set(key(o), o.value);
        expect(figuresOf(merged)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("changes nothing when the same figures are merged again", () => {
    fc.assert(
      fc.property(batch, note, (figures, noteText) => {
        const text = merge(null, figures, noteText).files[0]?.text ?? null;
        const again = merge(text, figures, noteText);
        expect(again.changes).toEqual([]);
        expect(again.unchanged).toBe(figures.length);
        expect(again.files[0]?.status).toBe("unchanged");
        expect(again.files[0]?.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("replaces an updated figure in place and leaves every other line as it was", () => {
    fc.assert(
      fc.property(
        batch.filter((b) => b.length > 0),
        fc.nat(),
        fc.nat({ max: 100_000 }),
        (figures, pick, newValue) => {
          const text = merge(null, figures, "47013NED").files[0]?.text ?? "";
          const target = figures[pick % figures.length] as ImportedObservation;
          fc.pre(target.value !== newValue);
          const result = merge(text, [{ ...target, value: newValue }], "47013NED");
          expect(result.changes.map((c) => [c.kind, key(c), c.value])).toEqual([
            ["updated", key(target), newValue],
          ]);
          const before = text.split("\n");
          const after = (result.files[0]?.text ?? "").split("\n");
          expect(after).toHaveLength(before.length);
          const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
          expect(changed).toHaveLength(1);
          expect(figuresOf(result.files[0]?.text ?? "").get(key(target))).toBe(newValue);
        },
      ),
      { numRuns: 300 },
    );
  });
});
