import type { Classification } from "../crime-types/crime-types.ts";

/** What ivp knows about an OData table of registered crime. */
export interface ODataTable {
  readonly id: string;
  readonly classification: Classification;
  readonly description: string;
}

/** The tables of registered crime ivp reads (see the domain notes, section 7). */
export const ODATA_TABLES: readonly ODataTable[] = [
  {
    id: "47013NED",
    classification: "police",
    description: "Politie: registered crimes per municipality, per month",
  },
  {
    id: "47018NED",
    classification: "police",
    description: "Politie: registered crimes per district and neighbourhood, per year",
  },
  {
    id: "47022NED",
    classification: "police",
    description:
      "Politie: registered crimes per district and neighbourhood (with municipality rows), per month",
  },
  {
    id: "83648NED",
    classification: "cbs",
    description: "CBS: registered crime per region, per year, in CBS's own classification",
  },
];

/**
 * A CBS table of inhabitants ivp reads: its breakdowns other than region and
 * period, each with the key of its total. Only rows of those totals are read
 * (the number of inhabitants of the whole municipality); rows for a sex, an
 * age group or a marital state are skipped.
 */
export interface PopulationTable {
  readonly id: string;
  readonly description: string;
  /** Breakdown column to the key of its total. */
  readonly totals: Readonly<Record<string, string>>;
}

/** The tables of inhabitants ivp reads: CBS 03759ned, the population on 1 January. */
export const POPULATION_TABLES: readonly PopulationTable[] = [
  {
    id: "03759NED",
    description: "CBS: inhabitants on 1 January and average, by sex, age and region",
    // Totaal mannen en vrouwen; Totaal (alle leeftijden); Totaal burgerlijke staat.
    totals: { Geslacht: "T001038", Leeftijd: "10000", BurgerlijkeStaat: "T001019" },
  },
];

/**
 * The table id in an OData page's `odata.metadata` link.
 *
 * @example
 * tableIdFromMetadata("https://dataderden.cbs.nl/ODataApi/OData/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet") //=> "47013NED"
 */
export function tableIdFromMetadata(metadata: string): string | undefined {
  return /\/(\d{5}[A-Z]{3})\/\$metadata/i.exec(metadata)?.[1]?.toUpperCase();
}

/** The classification a crime-type code belongs to, from its form. */
export function classificationOfCode(code: string): Classification | undefined {
  if (/^\d+\.\d+\.\d+$/.test(code)) return "police";
  if (/^(?:CRI\d+|T\d{6})$/.test(code)) return "cbs";
  return undefined;
}
