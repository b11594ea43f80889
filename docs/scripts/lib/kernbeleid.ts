import { KERNBELEID_VEILIGHEID, type KernbeleidField, type Plan, type Theme } from "@ivp/model";
import { cell, code, generatedNotice, table } from "./markdown.ts";

const GENERATOR = "scripts/lib/kernbeleid.ts";

/**
 * The Kernbeleid Veiligheid taxonomy as tables, one per safety field, with
 * the Dutch and English names, straight from `KERNBELEID_VEILIGHEID`.
 *
 * @example
 * renderKernbeleid().includes("| `3.1` | Jeugdoverlast | Youth nuisance |") //=> true
 */
export function renderKernbeleid(
  fields: readonly KernbeleidField[] = KERNBELEID_VEILIGHEID,
): string {
  const sections = fields.map(
    (field) =>
      `### ${field.code}. ${cell(field.name.nl)} {#veld-${field.code}}\n\n*${cell(field.name.en)}*\n\n${table(
        ["Code", "Thema (nl)", "Theme (en)"],
        field.themes.map((t) => [code(t.code), cell(t.name.nl), cell(t.name.en)]),
      )}\n`,
  );
  return `${generatedNotice(GENERATOR)}\n\n${sections.join("\n")}`;
}

/**
 * Where a plan's priorities and themes sit on the taxonomy, as its
 * `kernbeleid:` fields say.
 */
export function renderPlanKernbeleid(plan: Plan): string {
  const rows: [string, Theme][] = [
    ...plan.priorities.map((t): [string, Theme] => ["priority", t]),
    ...plan.themes.map((t): [string, Theme] => ["theme", t]),
  ];
  return `${generatedNotice(GENERATOR)}\n\n${table(
    ["Kind", "Number", "Title", "Kernbeleid Veiligheid"],
    rows.map(([kind, t]) => [
      kind,
      t.number ?? "",
      cell(t.title),
      t.kernbeleid.map(code).join(", "),
    ]),
  )}\n`;
}
