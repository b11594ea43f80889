/**
 * Describing values ivp derived. Internal to the linter.
 */
import type { SourceRef } from "../../observation/observation.ts";
import type { Plan } from "../../schema/types.ts";
import type { ResolvedValue } from "../../series/resolve-value.ts";
import type { MessageValue } from "../messages/message-value.ts";
import { phrase } from "../messages/rule-messages.ts";
import { describeOrigin } from "./text.ts";

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
export function describeResolved(plan: Plan, value: ResolvedValue): MessageValue {
  switch (value.status) {
    case "observed":
      return describeOrigin(plan, value.observation);
    case "derived":
      switch (value.rule) {
        case "sum-of-parts":
          return phrase("resolved-sum-of-parts");
        case "full-year":
          return phrase("resolved-full-year");
        case "first-half":
        case "second-half":
          return phrase("resolved-other-half");
        case "rate":
          return phrase("resolved-rate");
      }
      break;
    case "missing":
      return phrase("resolved-missing");
  }
}
