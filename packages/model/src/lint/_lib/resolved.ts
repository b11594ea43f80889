/**
 * Describing values ivp derived. Internal to the linter.
 */
import type { Language } from "../../language.ts";
import type { SourceRef } from "../../observation/observation.ts";
import type { Plan } from "../../schema/types.ts";
import type { ResolvedValue } from "../../series/resolve-value.ts";
import { describeOrigin, pick } from "./text.ts";

/** The places of every figure a resolved value was computed from. */
export function refsOf(value: ResolvedValue): SourceRef[] {
  switch (value.status) {
    case "observed":
      return [value.observation.ref];
    case "derived":
      return value.inputs.flatMap(refsOf);
    case "missing":
      return [];
  }
}

/** Where a resolved value comes from: `Tabel 2`, or how it was derived. */
export function describeResolved(plan: Plan, value: ResolvedValue, lang: Language): string {
  switch (value.status) {
    case "observed":
      return describeOrigin(plan, value.observation, lang);
    case "derived":
      switch (value.rule) {
        case "sum-of-parts":
          return pick(lang, "de som van de delen", "the sum of its parts");
        case "full-year":
          return pick(lang, "de som van de halfjaren", "the sum of its half years");
        case "first-half":
        case "second-half":
          return pick(lang, "het jaar min het andere halfjaar", "the year minus the other half");
      }
      break;
    case "missing":
      return pick(lang, "ontbreekt", "missing");
  }
}
