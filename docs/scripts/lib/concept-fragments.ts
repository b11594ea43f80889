import {
  directionSchema,
  type Plan,
  statusOverrideSchema,
  targetSchema,
  unitSchema,
} from "@ivp/model";
import { createPlanJsonSchema } from "@ivp/model/json-schema";
import { OBSERVATION_COLUMNS } from "@ivp/plan-file";
import { cell, code, generatedNotice, table } from "./markdown.ts";

const GENERATOR = "scripts/lib/concept-fragments.ts";

/** The description of a field of an indicator, from the plan's JSON Schema. */
function indicatorFieldDescription(field: "unit" | "direction"): string {
  const schema = createPlanJsonSchema() as {
    properties: {
      indicators: { items: { properties: Record<string, { description?: string }> } };
    };
  };
  return schema.properties.indicators.items.properties[field]?.description ?? "";
}

/** The units and directions an indicator can have, from the schema. */
export function renderUnitsAndDirections(): string {
  return [
    generatedNotice(GENERATOR),
    "",
    `Units: ${unitSchema.options.map(code).join(", ")}. ${cell(indicatorFieldDescription("unit"))}`,
    "",
    `Directions: ${directionSchema.options.map(code).join(", ")}. ${cell(indicatorFieldDescription("direction"))}`,
    "",
  ].join("\n");
}

/** Laren's indicators with their unit and direction, as the plan declares them. */
export function renderIndicatorDirections(plan: Plan): string {
  return `${generatedNotice(GENERATOR)}\n\n${table(
    ["Indicator", "Unit", "Direction", "Source"],
    plan.indicators.map((i) => [
      cell(i.label),
      code(i.unit),
      i.direction ? code(i.direction) : "not stated",
      cell(plan.sources.find((s) => s.id === i.source)?.name ?? "not printed"),
    ]),
  )}\n`;
}

/**
 * The indicator preferred as the example of a target kind; otherwise the first
 * row of that kind. (The first relative row of the Laren plan is one of the
 * document's mistakes, so it would explain the kind badly.)
 */
const PREFERRED_EXAMPLES: Readonly<Record<string, string>> = { relative: "autokraak" };

/** One Laren indicator table row per target kind, as printed. */
export function renderTargetKinds(plan: Plan, preferred = PREFERRED_EXAMPLES): string {
  const kinds = targetSchema.shape.kind.options;
  const rows = kinds.map((kind) => {
    const candidates = plan.indicatorTables.flatMap((t) => t.rows);
    const wanted = preferred[kind];
    const ordered = wanted
      ? [...candidates.filter((r) => r.indicator === wanted), ...candidates]
      : candidates;
    for (const row of ordered) {
      if (row.target?.kind !== kind) continue;
      const indicator = plan.indicators.find((i) => i.id === row.indicator);
      const baseline = !row.baseline
        ? "none"
        : "average" in row.baseline
          ? `average ${row.baseline.average.from}-${row.baseline.average.to}`
          : `${row.baseline.value} (${row.baseline.period})`;
      const printed = row.target.asPrinted ?? String(row.target.value ?? "");
      return [
        code(kind),
        cell(row.label ?? indicator?.label ?? row.indicator),
        baseline,
        `${code(printed)} (${row.target.period})`,
        `${code(`value: ${row.target.value ?? "-"}`)}${row.target.change !== undefined ? `, ${code(`change: ${row.target.change}`)}` : ""}`,
      ];
    }
    return [code(kind), "not used in the Laren plan", "", "", ""];
  });
  return `${generatedNotice(GENERATOR)}\n\n${table(
    ["Kind", "Laren row (as printed)", "Baseline", "Target as printed", "Encoded as"],
    rows,
  )}\n`;
}

/** The status values a plan can set by hand, from the schema. */
export function renderStatusValues(): string {
  const values = statusOverrideSchema.shape.status.options;
  return `${generatedNotice(GENERATOR)}\n\n${values.map((v) => `- ${code(v)}`).join("\n")}\n`;
}

/** The columns of an observations CSV file, from the parser. */
export function renderObservationColumns(): string {
  return `${generatedNotice(GENERATOR)}\n\n${OBSERVATION_COLUMNS.map(code).join(", ")}\n`;
}
