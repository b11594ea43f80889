import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages.ts";

/** Every leaf of a dictionary as path=value, functions called with sample arguments. */
function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") return [[path, String(value("A", "B", "C"))]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("the dictionary", () => {
  const nl = leaves(MESSAGES.nl);
  const en = leaves(MESSAGES.en);

  it("has the same keys in Dutch and English", () => {
    expect(en.map(([k]) => k)).toEqual(nl.map(([k]) => k));
  });

  it("has no empty string in either language", () => {
    expect([...nl, ...en].filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("is translated: only words both languages share are the same", () => {
    const same = nl.filter(([k, v]) => en.find(([ke]) => ke === k)?.[1] === v).map(([k]) => k);
    expect(same).toMatchInlineSnapshot(`
      [
        "sections.partners",
        "themeParts.partners",
        "columns.indicator",
        "columns.status",
        "columns.partners",
        "columns.code",
        "progress.significant",
        "statusText.headers[0]",
        "statusText.headers[7]",
        "unit.percentage",
        "origin.import",
        "targetKind.maximum",
        "targetKind.minimum",
        "sourceKind.open-data",
        "maxPrefix",
        "minPrefix",
        "notAvailable",
        "indicatorFacts.status",
        "indicatorFacts.targetIn",
        "calculation.status",
      ]
    `);
  });
});
