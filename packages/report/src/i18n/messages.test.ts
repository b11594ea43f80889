import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES, messagesFor, statusMessagesFor } from "./messages.ts";

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

  it("fills in the same arguments in both languages", () => {
    // Each function gets distinct markers; a text that leaves out a value in
    // one language only (a count, a period) shows here.
    const markers = [
      "\u27e80\u27e9",
      "\u27e81\u27e9",
      "\u27e82\u27e9",
      "\u27e83\u27e9",
      "\u27e84\u27e9",
    ];
    const used = (value: unknown, path = ""): [string, string][] => {
      if (typeof value === "function") {
        const text = String(value(...markers));
        return [[path, markers.filter((m) => text.includes(m)).join(",")]];
      }
      if (typeof value !== "object" || value === null) return [];
      return Object.entries(value).flatMap(([k, v]) => used(v, path ? `${path}.${k}` : k));
    };
    expect(used(MESSAGES.en)).toEqual(used(MESSAGES.nl));
  });

  it("chooses plural forms by Intl.PluralRules, not by count === 1", () => {
    expect(MESSAGES.nl.manualCount(1)).toMatch(/^Eén status is /);
    expect(MESSAGES.nl.manualCount(2)).toMatch(/^2 statussen zijn /);
    expect(MESSAGES.en.manualCount(1)).toMatch(/^One status was /);
    expect(MESSAGES.en.manualCount(0)).toMatch(/^0 statuses were /);
    expect(MESSAGES.en.placeholders(1)).toContain("one text is");
    expect(MESSAGES.nl.placeholders(3)).toContain("3 teksten zijn");
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      expect([file, /=== 1 \?/.test(readFileSync(join(dir, file), "utf8"))]).toEqual([file, false]);
    }
  });

  it("holds the texts of ivp status that statusMessagesFor builds, the same objects", () => {
    for (const lang of ["nl", "en"] as const) {
      const status = Object.entries(statusMessagesFor(lang));
      expect(status.map(([key]) => key)).toContain("progress");
      const all = messagesFor(lang) as unknown as Record<string, unknown>;
      for (const [key, value] of status) expect([key, all[key]]).toEqual([key, value]);
      for (const [key, value] of status) expect(all[key]).toBe(value);
    }
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
