import { FORMER_MUNICIPALITIES, MUNICIPALITIES } from "./municipalities.ts";
import { isSyntheticMunicipalityName } from "./synthetic-codes.ts";

/**
 * What kind of area a row of open data is about. Only municipalities,
 * districts and neighbourhoods are parts; the others are roll-ups (totals of
 * many municipalities) and must never be added to their parts.
 */
export type RegionKind =
  | "municipality"
  | "district"
  | "neighbourhood"
  | "police-region"
  | "province"
  | "landsdeel"
  | "corop"
  | "country"
  | "other";

const BY_PREFIX: Record<string, RegionKind> = {
  GM: "municipality",
  WK: "district",
  BU: "neighbourhood",
  RE: "police-region",
  PV: "province",
  LD: "landsdeel",
  CR: "corop",
  NL: "country",
};

const BY_SUFFIX: Record<string, RegionKind> = {
  RE: "police-region",
  PV: "province",
  LD: "landsdeel",
  CR: "corop",
};

const MUNICIPALITY_NAMES = new Set([
  ...MUNICIPALITIES.map((m) => m.statlineName),
  ...FORMER_MUNICIPALITIES.map((m) => m.name),
]);

/**
 * The kind of a region by its CBS code (`GM0417`, `WK041700`, `PV27`, `NL01`).
 *
 * @example
 * classifyRegionCode("GM0417") //=> "municipality"
 * classifyRegionCode("NL01") //=> "country"
 */
export function classifyRegionCode(code: string): RegionKind {
  return BY_PREFIX[code.slice(0, 2).toUpperCase()] ?? "other";
}

/**
 * The kind of a region by its StatLine name: `Nederland`, police regions
 * `... (RE)`, provinces `... (PV)`, landsdelen `... (LD)`, COROP regions
 * `... (CR)`, the municipalities of ivp's register (current and former) and
 * the invented ones of the synthetic data set (`Synthetisch 001`). Anything else
 * ("Buitenland", "Gemeenten; niet in te delen", a name ivp does not know) is
 * `other`.
 *
 * @example
 * classifyRegionName("Midden-Nederland (RE)") //=> "police-region"
 * classifyRegionName("Laren (NH.)") //=> "municipality"
 * classifyRegionName("Buitenland") //=> "other"
 */
export function classifyRegionName(name: string): RegionKind {
  if (name === "Nederland") return "country";
  const suffix = /\((RE|PV|LD|CR)\)$/.exec(name);
  if (suffix?.[1]) return BY_SUFFIX[suffix[1]] ?? "other";
  return MUNICIPALITY_NAMES.has(name) || isSyntheticMunicipalityName(name)
    ? "municipality"
    : "other";
}

/** Whether rows of this kind are totals over other rows (never to be summed with them). */
export function isRollUp(kind: RegionKind): boolean {
  return (
    kind !== "municipality" && kind !== "district" && kind !== "neighbourhood" && kind !== "other"
  );
}
