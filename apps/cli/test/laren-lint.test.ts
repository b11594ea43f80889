import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintPlan } from "@ivp/model";
import { loadPlan } from "@ivp/plan-file/node";
import { LAREN_DIR } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";

/**
 * Every inconsistency the printed Laren document contains, as the linter must
 * report it: the rule, the line of examples/laren-2019-2022/plan.yaml it
 * points at first, what it is, and text that must be on that line. The plan's
 * `# DOCUMENT:` comments name the same slips.
 */
// biome-ignore format: one line per finding reads as the table it is
const EXPECTED: readonly (readonly [rule: string, line: number, name: string, onLine: string])[] = [
  ["indicator-missing-source", 187, "Bibob nieuwe ondernemingen: no source", "id: bibob-nieuwe-ondernemingen"],
  ["indicator-missing-source", 193, "Bibob bestaande horeca: no source", "id: bibob-bestaande-horeca"],
  ["indicator-missing-source", 199, "bestuurlijk optreden drugs: no source", "id: bestuurlijk-optreden-drugs"],
  ["relative-target-mismatch", 221, "pogingen: 60 (-25%) from 20", "value: 60, change: -25"],
  ["indicator-missing-target", 224, "geslaagde woninginbraken: no target in the main goals", "indicator: woninginbraak-geslaagd"],
  ["indicator-wording-conflict", 244, "verwarde personen: two labels", "label: Aantal verwarde personen"],
  ["indicator-wording-conflict", 245, "verwarde personen: BVH/politie and BVH/politiecijfers", "source: BVH/politie"],
  ["indicator-value-conflict", 247, "verwarde personen: target 35 (-20%) and 34", "value: 35, change: -20"],
  ["indicator-value-conflict", 255, "rapportcijfer veiligheid: baseline 7,5 and 7,3", "value: 7.5"],
  ["baseline-figure-mismatch", 255, "rapportcijfer veiligheid: baseline 7,5, the text 7,3", "value: 7.5"],
  ["indicator-value-conflict", 256, "rapportcijfer veiligheid: target 7,6 and 7,5", "value: 7.6"],
  ["source-name-typo", 272, "BHV/Politie for BVH/politie", "source: BHV/Politie"],
  ["relative-target-mismatch", 274, "woninginbraken: 60 (-25%) from 79 is 59", "value: 60, change: -25"],
  ["indicator-wording-conflict", 321, "overlast jongeren: two labels", "hangende jongeren"],
  ["indicator-missing-baseline", 347, "Bibob nieuwe ondernemingen: no baseline", "indicator: bibob-nieuwe-ondernemingen"],
  ["indicator-missing-baseline", 351, "Bibob bestaande horeca: no baseline", "indicator: bibob-bestaande-horeca"],
  ["label-typo", 1143, "Tabel 1: vermielingen", 'label: "vermielingen"'],
  ["label-typo", 1276, "Tabel 2: vermielingen", 'label: "vermielingen"'],
  ["conflicting-figures", 1368, "auto-inbraken 2015: 65 in the text, 63 in Tabel 2", "autokraak: [109, 65, 85, 65]"],
  ["parts-sum-mismatch", 1399, "geweld Jan-Oct 2017: 14 without the overig of Jan-Jun", "geweld: [14, 20]"],
  ["parts-sum-mismatch", 1399, "geweld Jan-Oct 2018: 20 without the overig of Jan-Jun", "geweld: [14, 20]"],
  ["conflicting-figures", 1412, "huiselijk geweld 2015: 13 and 11", "huiselijk-geweld: [13, 13]"],
  ["claim-contradicted", 1512, "geweld 'elk jaar afgenomen': 41 in 2015 after 35", "kind: strictly-decreasing"],
];

const loaded = await loadPlan(LAREN_DIR);
if (!loaded.success) throw new Error("the Laren plan does not load");
const findings = lintPlan(loaded.plan, { observations: loaded.observations });
const english = lintPlan(loaded.plan, { observations: loaded.observations, lang: "en" });
const located = findings
  .map((finding) => ({ finding, at: loaded.locateRef(finding.locations[0] ?? []) }))
  .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
const lines = readFileSync(join(LAREN_DIR, "plan.yaml"), "utf8").split("\n");

describe("the linter on the Laren plan", () => {
  it("reports every inconsistency of the printed document, and nothing else", () => {
    expect(located.map(({ finding, at }) => [finding.code, at.line])).toEqual(
      EXPECTED.map(([rule, line]) => [rule, line]),
    );
  });

  it.each(EXPECTED.map(([rule, line, name, onLine]) => ({ rule, line, name, onLine })))(
    "$rule at line $line points at the place: $name",
    ({ line, onLine }) => {
      expect(lines[line - 1]).toContain(onLine);
    },
  );

  it("gives every finding places in plan.yaml and a message in Dutch (the plan's language) and English", () => {
    findings.forEach((finding, i) => {
      for (const location of finding.locations) {
        expect(loaded.locateRef(location).file).toMatch(/plan\.yaml$/);
      }
      expect(english[i]?.code).toBe(finding.code);
      expect(finding.message).not.toBe(english[i]?.message);
    });
  });

  it("has a DOCUMENT comment naming the rule of every finding", () => {
    const comments = lines.filter((line) => line.trim().startsWith("#")).join(" ");
    for (const [rule] of EXPECTED) expect(comments).toContain(rule);
  });

  it("counts 11 errors, 11 warnings and 1 info", () => {
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    expect([count("error"), count("warning"), count("info")]).toEqual([11, 11, 1]);
  });

  it("acknowledges exactly the 11 errors, as printed in the adopted plan", () => {
    const acknowledged = findings.filter((f) => f.acknowledged !== undefined);
    expect(acknowledged).toEqual(findings.filter((f) => f.severity === "error"));
    for (const f of acknowledged)
      expect(f.acknowledged).toBe(
        "Zo gedrukt in het vastgestelde plan (gemeenteraad, 30 januari 2019).",
      );
  });
});
