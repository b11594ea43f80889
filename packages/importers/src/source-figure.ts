import type { SourceLocation } from "@ivp/model";
import type { Classification } from "./crime-types/crime-types.ts";
import type { RegionKind } from "./regions/classify-region.ts";

/** The formats ivp imports. */
export type SourceFormat = "statline-csv" | "odata-json";

/** What a source file is: its format, table and classification of crime types. */
export interface DatasetInfo {
  readonly format: SourceFormat;
  /** The table id (`47013NED`), when the file says it. */
  readonly table?: string;
  /** The table's title, when the file gives it. */
  readonly title?: string;
  /** The classification of its crime types, when known from the table. */
  readonly classification?: Classification;
}

/**
 * One figure of an open-data file, before it is mapped onto a plan: which
 * region, crime type, topic and period it is about, its value (`null` when the
 * file marks it missing, never 0) and where it was written.
 */
export interface SourceFigure {
  readonly dataset: DatasetInfo;
  readonly region: {
    /** CBS code (`GM0417`), trimmed; absent in StatLine CSV unless ivp's table knows the name. */
    readonly code?: string;
    /** Name as StatLine writes it (`Laren (NH.)`); absent in OData rows. */
    readonly name?: string;
    readonly kind: RegionKind;
  };
  readonly crime: {
    readonly classification?: Classification;
    /** Police key (`1.1.1`) or CBS code (`T001161`), trimmed; absent when only a title is known. */
    readonly code?: string;
    /** The title as written in the file, when it gives one. */
    readonly title?: string;
  };
  /** The topic (StatLine "Onderwerp" or OData column without its `_n` suffix). */
  readonly topic: string;
  /** Whether the topic is the number of registered crimes (the figure plans count). */
  readonly registeredCrimes: boolean;
  /** Canonical period code: `2023`, `2023-Q1`, `2023-10`. */
  readonly period: string;
  /** Whether the source marks the figure as provisional. */
  readonly provisional: boolean;
  readonly value: number | null;
  readonly location: SourceLocation;
}

/**
 * Whether a topic name is the number of registered crimes: StatLine's
 * "Geregistreerde misdrijven", OData's `GeregistreerdeMisdrijven_1` (police)
 * or `TotaalGeregistreerdeMisdrijven_1` (CBS). The numbered suffix differs per
 * table and version, so the name is compared without it.
 *
 * @example
 * isRegisteredCrimesTopic("GeregistreerdeMisdrijven_1") //=> true
 * isRegisteredCrimesTopic("Geregistreerde misdrijven") //=> true
 * isRegisteredCrimesTopic("GeregistreerdeMisdrijvenPer1000Inw_3") //=> false
 */
export function isRegisteredCrimesTopic(topic: string): boolean {
  const name = topic
    .trim()
    .replace(/_\d+$/, "")
    .replace(/[\s_]+/g, "")
    .toLowerCase();
  return name === "geregistreerdemisdrijven" || name === "totaalgeregistreerdemisdrijven";
}

/**
 * Whether a topic is the number of inhabitants on 1 January, as CBS
 * publishes it per municipality (StatLine "Bevolking op 1 januari", OData
 * `BevolkingOp1Januari_1`, table 03759ned): the population series of a plan
 * (`inwoners`) that rates per 1,000, 10,000 and 100,000 inhabitants use.
 *
 * @example
 * isPopulationTopic("Bevolking op 1 januari") //=> true
 * isPopulationTopic("BevolkingOp1Januari_1") //=> true
 * isPopulationTopic("Gemiddelde bevolking") //=> false
 */
export function isPopulationTopic(topic: string): boolean {
  const name = topic
    .trim()
    .replace(/_\d+$/, "")
    .replace(/[\s_]+/g, "")
    .toLowerCase();
  return name === "bevolkingop1januari";
}
