import type { ErrorData, SourceLocation } from "@ivp/model";
import { type Plan, type PlanPath, seriesUnit, type Unit } from "@ivp/model";
import { type Classification, normaliseTitle } from "../crime-types/crime-types.ts";
import { type ImportMessageId, importError } from "../messages/say.ts";
import { findMunicipalityByCode } from "../regions/municipalities.ts";

/** An area of the plan that figures can be imported for. */
export interface TargetArea {
  /** The id observations get: the municipality's code or an area id of the plan. */
  readonly id: string;
  /** Its CBS code, when the plan or ivp's table gives it. */
  readonly code?: string;
  /** Names the area has in StatLine files (exact). */
  readonly names: readonly string[];
  /** The name to show in messages. */
  readonly label: string;
  /** Whether it is the plan's own municipality. */
  readonly isMunicipality: boolean;
}

/** Which plan series receives the figures of each crime type. */
export interface TargetSeries {
  /** `police:1.1.1` or `cbs:T001161` to the series id. */
  readonly byCode: ReadonlyMap<string, string>;
  /**
   * A normalised label to the ids of the series without codes that have it,
   * for StatLine titles without a code (more than one id is ambiguous).
   */
  readonly byTitle: ReadonlyMap<string, readonly string[]>;
  /** Plan order of the series ids, to sort what is written. */
  readonly order: ReadonlyMap<string, number>;
  /** The unit of each series the plan states one for (its own, or its indicator's). */
  readonly units?: ReadonlyMap<string, Unit>;
}

/** What a plan accepts from an import: its areas and its series with their crime-type codes. */
export interface ImportTarget {
  readonly areas: readonly TargetArea[];
  readonly series: TargetSeries;
}

/** Options of {@link buildImportTarget}. */
export interface BuildImportTargetOptions {
  /** Where a path of the plan was written, for messages about ambiguous mappings. */
  readonly locate?: (path: PlanPath) => SourceLocation;
}

/**
 * Reads from a plan what an import may fill in: the municipality (by its code,
 * its StatLine name, or the name ivp's table has for its code) and the plan's
 * areas (by code or exact name), and for each crime-type code the one series
 * that has it in `codes` (`codes: { police: "1.1.1" }`). Two series with the
 * same code, or two areas with the same code or name, make the mapping
 * ambiguous: that is an `ImportError` pointing at the plan.
 *
 * @example
 * buildImportTarget(laren).series.byCode.get("police:1.1.1") //=> "woninginbraken"
 */
export function buildImportTarget(
  plan: Plan,
  options: BuildImportTargetOptions = {},
): ImportTarget {
  const ambiguous = (
    messageId: ImportMessageId,
    data: ErrorData,
    path: PlanPath,
    hintId: ImportMessageId,
  ): never => {
    throw importError("ambiguous-mapping", messageId, data, {
      ...(options.locate && { location: options.locate(path) }),
      hintId,
    });
  };

  const municipality = plan.municipality;
  const known = findMunicipalityByCode(municipality.code);
  const names = municipality.statlineName
    ? [municipality.statlineName]
    : [...new Set([municipality.name, ...(known ? [known.statlineName] : [])])];
  const areas: TargetArea[] = [
    {
      id: municipality.code,
      code: municipality.code,
      names,
      label: `${municipality.name} (${municipality.code})`,
      isMunicipality: true,
    },
  ];
  plan.areas.forEach((area, i) => {
    if (area.id === municipality.code) return; // the municipality itself, listed as an area
    const code = area.code ?? (/^GM\d{4}$/.test(area.id) ? area.id : undefined);
    const clash = areas.find(
      (other) => (code !== undefined && other.code === code) || other.names.includes(area.name),
    );
    if (clash) {
      ambiguous(
        code !== undefined && clash.code === code
          ? "mapping/area-same-code"
          : "mapping/area-same-name",
        { area: area.id, code: code ?? "", name: area.name, other: clash.label },
        ["areas", i],
        "mapping/area-same-hint",
      );
    }
    areas.push({
      id: area.id,
      ...(code !== undefined && { code }),
      names: [area.name],
      label: `${area.name} (${area.id})`,
      isMunicipality: false,
    });
  });

  const byCode = new Map<string, string>();
  const byTitle = new Map<string, string[]>();
  plan.series.forEach((series, i) => {
    for (const classification of ["police", "cbs"] as const satisfies readonly Classification[]) {
      const code = series.codes?.[classification]?.trim();
      if (!code) continue;
      const key = `${classification}:${code}`;
      const other = byCode.get(key);
      if (other !== undefined) {
        ambiguous(
          "mapping/series-same-code",
          { other, series: series.id, classification, code },
          ["series", i, "codes", classification],
          "mapping/series-same-code-hint",
        );
      }
      byCode.set(key, series.id);
    }
    if (!series.codes?.police && !series.codes?.cbs) {
      const title = normaliseTitle(series.label);
      byTitle.set(title, [...(byTitle.get(title) ?? []), series.id]);
    }
  });
  return {
    areas,
    series: {
      byCode,
      byTitle,
      order: new Map(plan.series.map((s, i) => [s.id, i])),
      units: new Map(
        plan.series.flatMap((s) => {
          const unit = seriesUnit(plan, s.id);
          return unit ? [[s.id, unit] as const] : [];
        }),
      ),
    },
  };
}
