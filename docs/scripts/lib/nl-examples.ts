import { evaluateStatus } from "@ivp/report";
import { cell, code, generatedNotice, table } from "./markdown.ts";
import type { ExampleSource } from "./worked-examples.ts";

const GENERATOR = "scripts/lib/nl-examples.ts";

/** A number with a decimal comma and at most `decimals` decimals, as the Dutch pages write it. */
function rounded(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals))).replace(".", ",");
}

/**
 * Laren's verdicts as `ivp status` (in Dutch) gives them, for the Dutch
 * verdicts page: the figure, its 95% margin and the benchmark it is compared
 * with, for every assessable indicator and every indicator not assessable
 * because of its target. The same rows as the English page's table.
 */
export function renderVerdictExamplesNl(source: ExampleSource): string {
  const status = evaluateStatus(source.plan, { observations: source.observations, lang: "nl" });
  const rows = status.indicators
    .filter((i) => i.verdict !== null || i.status.notAssessable === "inconsistent-target")
    .map((i) => {
      const v = i.verdict;
      if (!v)
        return [
          code(i.id),
          "",
          "",
          cell(`doel ${i.target?.value} tegen basis ${i.baseline?.value}`),
          cell(i.status.text),
        ];
      const b = v.versusBenchmark;
      const margin = b.interval
        ? `${rounded(b.interval.lower, 1)} - ${rounded(b.interval.upper, 1)}`
        : "";
      const against = v.benchmarkKind === "path" ? "de lijn naar het doel" : "het doel";
      return [
        code(i.id),
        String(b.value),
        margin,
        `${rounded(b.benchmark, 1)} (${against})`,
        cell(i.status.text),
      ];
    });
  return [
    generatedNotice(GENERATOR),
    "",
    table(["indicator", "cijfer", "95%-marge", "ijkpunt", "oordeel"], rows),
    "",
  ].join("\n");
}
