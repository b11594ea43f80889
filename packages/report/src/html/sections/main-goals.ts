import { indicatorTablesOf, type ReportView } from "../../view/report-view.ts";
import { section } from "../blocks.ts";
import type { Html } from "../html.ts";
import { indicatorTable } from "./indicator-table.ts";

/** Section "Hoofddoelstellingen": the indicator tables that belong to no theme. */
export function mainGoals(view: ReportView): Html | null {
  const tables = indicatorTablesOf(view, null);
  if (tables.length === 0) return null;
  return section(
    "hoofddoelstellingen",
    view.m.sections.mainGoals,
    tables.map((t) => indicatorTable(view, t)),
  );
}
