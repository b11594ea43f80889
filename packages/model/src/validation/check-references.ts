import type { PlanPath } from "../observation/observation.ts";
import { formatPlanPath } from "../observation/plan-path.ts";
import type { Plan } from "../schema/types.ts";
import { findKernbeleidTheme } from "../taxonomy/kernbeleid-veiligheid.ts";
import { closestMatch } from "../text/closest-match.ts";
import type { PlanIssue } from "./plan-issue.ts";

type Kind = "area" | "series" | "indicator" | "source" | "partner" | "table" | "theme";

const KIND_NAME: Record<Kind, string> = {
  area: "areas",
  series: "series",
  indicator: "indicators",
  source: "sources",
  partner: "partners",
  table: "tables",
  theme: "priorities or themes",
};

/**
 * An id or code as compared for uniqueness: NFKC-normalised, in lower case.
 *
 * @example
 * foldId("GM0376") === foldId("gm0376") //=> true
 */
function foldId(id: string): string {
  return id.normalize("NFKC").toLowerCase();
}

/**
 * Finds ids defined twice and references to ids that are not defined
 * (an unknown series, area, source, partner, indicator, table or theme, or a
 * Kernbeleid Veiligheid code that does not exist), each with the path of the
 * offending field and, where a defined id is close, a suggestion.
 *
 * @example
 * checkReferences(plan) //=> [] for a consistent plan
 */
export function checkReferences(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const ids = {} as Record<Kind, Set<string>>;

  // Ids (and area codes) are compared as a reader sees them: after Unicode
  // normalisation (NFKC) and without regard to case, so GM0376 and gm0376 are one id.
  const folded = {} as Record<Kind, Map<string, string>>;
  function unique(
    seen: Map<string, string>,
    value: string,
    path: PlanPath,
    list: PlanPath,
    what: "id" | "code",
  ): void {
    const key = foldId(value);
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, value);
      return;
    }
    const also =
      earlier === value ? "" : ` (as "${earlier}" before; ${what}s differ in more than case)`;
    issues.push({
      code: "duplicate-id",
      severity: "error",
      path,
      message: `the ${what} "${value}" is used twice in ${formatPlanPath(list)}${also}`,
      hint: `give each entry its own ${what}`,
      params: {
        id: value,
        list: formatPlanPath(list),
        what,
        ...(earlier !== value && { earlier }),
      },
    });
  }

  function define(kind: Kind, entries: readonly { id: string }[], path: PlanPath): void {
    const seen = new Set<string>(ids[kind] ?? []);
    const seenFolded = folded[kind] ?? new Map<string, string>();
    entries.forEach((entry, i) => {
      unique(seenFolded, entry.id, [...path, i, "id"], path, "id");
      seen.add(entry.id);
    });
    ids[kind] = seen;
    folded[kind] = seenFolded;
  }

  define("area", plan.areas, ["areas"]);
  ids.area.add(plan.municipality.code);
  const codes = new Map<string, string>();
  plan.areas.forEach((area, i) => {
    if (area.code !== undefined) unique(codes, area.code, ["areas", i, "code"], ["areas"], "code");
  });
  define("series", plan.series, ["series"]);
  define("indicator", plan.indicators, ["indicators"]);
  define("source", plan.sources, ["sources"]);
  define("partner", plan.partners, ["partners"]);
  define("table", plan.tables, ["tables"]);
  define("theme", plan.priorities, ["priorities"]);
  define("theme", plan.themes, ["themes"]);
  // Indicators' own ids are series too (an indicator without `series` measures itself).
  const measurable = new Set([...ids.series, ...ids.indicator]);

  function ref(
    kind: Kind,
    id: string | undefined,
    path: PlanPath,
    known: Set<string> = ids[kind],
  ): void {
    if (id === undefined || known.has(id)) return;
    const suggestion = closestMatch(id, [...known]);
    issues.push({
      code: "unknown-reference",
      severity: "error",
      path,
      message: `unknown ${kind} "${id}"`,
      expected: `one of the ids in ${KIND_NAME[kind]}`,
      ...(suggestion && { hint: `did you mean "${suggestion}"?` }),
      params: { kind, id, ...(suggestion && { suggestion }) },
    });
  }

  plan.series.forEach((s, i) => {
    s.parts?.series.forEach((part, j) => {
      ref("series", part, ["series", i, "parts", "series", j]);
    });
    ref("series", s.rate?.count, ["series", i, "rate", "count"]);
    ref("series", s.rate?.population, ["series", i, "rate", "population"]);
  });
  plan.indicators.forEach((indicator, i) => {
    ref("source", indicator.source, ["indicators", i, "source"]);
    ref("series", indicator.series, ["indicators", i, "series"], measurable);
  });
  plan.indicatorTables.forEach((table, i) => {
    ref("theme", table.theme, ["indicatorTables", i, "theme"]);
    table.rows.forEach((row, j) => {
      ref("indicator", row.indicator, ["indicatorTables", i, "rows", j, "indicator"]);
    });
  });
  plan.tables.forEach((table, i) => {
    ref("area", table.area, ["tables", i, "area"]);
    ref("source", table.source, ["tables", i, "source"]);
    const columnIds = new Set(table.columns.map((c) => c.id));
    table.columns.forEach((column, j) => {
      if (column.kind === "reference")
        ref("area", column.area, ["tables", i, "columns", j, "area"]);
    });
    table.rows.forEach((row, j) => {
      ref("series", row.series, ["tables", i, "rows", j, "series"], measurable);
      for (const field of ["printed", "supplied"] as const) {
        for (const columnId of Object.keys(row[field] ?? {})) {
          const column = table.columns.find((c) => c.id === columnId);
          const wanted = field === "printed" ? "change" : "reference";
          if (!columnIds.has(columnId) || column?.kind !== wanted) {
            const options =
              table.columns
                .filter((c) => c.kind === wanted)
                .map((c) => c.id)
                .join(", ") || "(none)";
            issues.push({
              code: "unknown-reference",
              severity: "error",
              path: ["tables", i, "rows", j, field, columnId],
              message: `"${columnId}" is not a ${wanted} column of table ${table.id}`,
              expected: `one of: ${options}`,
              params: { kind: "column", id: columnId, wanted, table: table.id, options },
            });
          }
        }
      }
    });
  });
  plan.observations.forEach((block, i) => {
    ref("area", block.area, ["observations", i, "area"]);
    ref("source", block.source, ["observations", i, "source"]);
    ref("table", block.table, ["observations", i, "table"]);
    ref("series", block.series, ["observations", i, "series"], measurable);
    for (const series of Object.keys(block.values ?? {})) {
      ref("series", series, ["observations", i, "values", series], measurable);
    }
  });
  plan.claims.forEach((claim, i) => {
    ref("series", claim.series, ["claims", i, "series"], measurable);
    ref("area", claim.area, ["claims", i, "area"]);
  });
  const themeGroups = [
    ["priorities", plan.priorities],
    ["themes", plan.themes],
  ] as const;
  for (const [group, themes] of themeGroups) {
    themes.forEach((theme, i) => {
      theme.kernbeleid.forEach((code, j) => {
        if (!findKernbeleidTheme(code)) {
          issues.push({
            code: "unknown-reference",
            severity: "error",
            path: [group, i, "kernbeleid", j],
            message: `Kernbeleid Veiligheid has no theme ${code}`,
            expected: "a code from 1.1 to 5.5 as listed in Bijlage 2",
            params: { kind: "kernbeleid", id: code },
          });
        }
      });
      theme.partners.forEach((partner, j) => {
        ref("partner", partner, [group, i, "partners", j]);
      });
      theme.indicators.forEach((indicator, j) => {
        ref("indicator", indicator, [group, i, "indicators", j]);
      });
      theme.actions.forEach((action, j) => {
        action.partners.forEach((partner, k) => {
          ref("partner", partner, [group, i, "actions", j, "partners", k]);
        });
      });
    });
  }
  return issues;
}
