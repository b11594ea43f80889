/**
 * Building blocks of lint message data: where a figure was written, a target
 * in words, a place in the plan, as language-free values (see
 * ../messages/message-value.ts) that the renderer writes per language from
 * the catalogue's shared phrases. Internal to the linter.
 */
import { type Rational, rationalFromNumber } from "../../_lib/rational.ts";
import type { Observation } from "../../observation/observation.ts";
import type { Plan, Target, Unit } from "../../schema/types.ts";
import {
  decimalText,
  type MessageValue,
  quoted,
  signedPercent,
  valueIn,
} from "../messages/message-value.ts";
import { phrase } from "../messages/rule-messages.ts";
import type { StatementPlace } from "./statements.ts";

/**
 * A number as a person writes it, in English notation: all its decimals (a
 * plan's figures are written exactly), a hyphen-minus for negatives. Used for
 * comparing figures; messages carry figures as data (`figure()`).
 */
export function formatFigure(value: number | Rational): string {
  return decimalText(typeof value === "number" ? rationalFromNumber(value) : value);
}

/** The label of a series (or of the indicator that measures itself), else its id. */
export function seriesName(plan: Plan, id: string): string {
  return (
    plan.series.find((s) => s.id === id)?.label ??
    plan.indicators.find((i) => i.id === id)?.label ??
    id
  );
}

/** The name of a figure table: `Tabel 2` / `Table 2`, or its title. */
export function figureTableName(plan: Plan, tableId: string): MessageValue {
  const table = plan.tables.find((t) => t.id === tableId);
  if (table?.number !== undefined) return phrase("table-number", { number: String(table.number) });
  return phrase("table-title", { title: quoted(table?.title ?? tableId) });
}

/** Where a statement was made: `tabel "…"` or the indicator's definition. */
export function describePlace(place: StatementPlace): MessageValue {
  return place.kind === "row"
    ? phrase("place-row", { table: quoted(place.table.title) })
    : phrase("place-indicator");
}

/** Where an observation was written, as a reader finds it in the document. */
export function describeOrigin(plan: Plan, observation: Observation): MessageValue {
  switch (observation.origin) {
    case "table":
      return observation.table !== undefined
        ? figureTableName(plan, observation.table)
        : phrase("origin-table");
    case "text":
      return observation.section !== undefined
        ? phrase("origin-text-section", { section: observation.section })
        : phrase("origin-text");
    case "import":
      return observation.ref.kind === "file" ? observation.ref.file : phrase("origin-import");
    case "other":
      return observation.ref.kind === "file" ? observation.ref.file : phrase("origin-other");
  }
}

/** A target as the document printed it, or as ivp would write it. */
export function describeTarget(target: Target, unit: Unit | undefined): MessageValue {
  if (target.asPrinted !== undefined) return quoted(target.asPrinted);
  const value = target.value === undefined ? undefined : valueIn(target.value, unit);
  switch (target.kind) {
    case "absolute":
      return value ?? "";
    case "relative": {
      const change = signedPercent(target.change ?? 0);
      return value === undefined ? change : phrase("target-relative", { value, change });
    }
    case "maximum":
      return phrase("target-maximum", { value: value ?? "" });
    case "minimum":
      return phrase("target-minimum", { value: value ?? "" });
    case "keep-level":
      return value === undefined
        ? phrase("target-keep-level")
        : phrase("target-keep-level-value", { value });
  }
}
