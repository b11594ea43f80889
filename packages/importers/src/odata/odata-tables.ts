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
