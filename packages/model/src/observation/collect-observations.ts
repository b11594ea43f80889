import type { Plan } from "../schema/types.ts";
import type { Observation } from "./observation.ts";

/**
 * Every observation written in a plan file, one figure each, in file order:
 * matrix blocks are expanded, the area defaults to the municipality, and each
 * figure keeps the path where it was written.
 *
 * @example
 * collectObservations(plan).filter((o) => o.series === "woninginbraken" && o.period === "2017")
 * //=> [{ series: "woninginbraken", area: "GM0417", period: "2017", value: 79, origin: "table", table: "tabel-2", ... }]
 */
export function collectObservations(plan: Plan): Observation[] {
  const result: Observation[] = [];
  plan.observations.forEach((block, blockIndex) => {
    const shared = {
      area: block.area ?? plan.municipality.code,
      origin: block.origin,
      ...(block.table !== undefined && { table: block.table }),
      ...(block.section !== undefined && { section: block.section }),
      ...(block.quote !== undefined && { quote: block.quote }),
      ...(block.source !== undefined && { source: block.source }),
    };
    if (block.periods && block.values) {
      for (const [series, row] of Object.entries(block.values)) {
        row.forEach((value, i) => {
          const period = block.periods?.[i];
          if (period === undefined) return;
          const interval = block.intervals?.[series]?.[i];
          result.push({
            ...shared,
            series,
            period,
            value,
            ...(interval && { interval }),
            ref: { kind: "plan", path: ["observations", blockIndex, "values", series, i] },
          });
        });
      }
    } else if (
      block.series !== undefined &&
      block.period !== undefined &&
      block.value !== undefined
    ) {
      result.push({
        ...shared,
        series: block.series,
        period: block.period,
        value: block.value,
        ...(block.interval !== undefined && { interval: block.interval }),
        ref: { kind: "plan", path: ["observations", blockIndex, "value"] },
      });
    }
  });
  return result;
}
