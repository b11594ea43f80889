import table from "../data/crime-types.json" with { type: "json" };

/**
 * The classification a crime-type code belongs to: the police's (`1.1.1`,
 * tables 47013NED, 47018NED, 47022NED) or CBS's own (`CRI1000`, 83648NED).
 * They count differently, so a code of one never stands for the other.
 */
export type Classification = "police" | "cbs";

/** A crime type ivp knows: its code, the titles open data gives it, and how a plan names it. */
export interface CrimeType {
  readonly classification: Classification;
  readonly code: string;
  /** Titles in StatLine and the OData code lists (without a leading code). */
  readonly titles: readonly string[];
  /** The series id `ivp init` gives it. */
  readonly series: string;
  /** The label `ivp init` gives it. */
  readonly label: string;
}

/** The crime types shipped with ivp (`data/crime-types.json`). */
export const CRIME_TYPES: readonly CrimeType[] = table.crimeTypes as readonly CrimeType[];

const POLICE_KEY = /^(\d+\.\d+\.\d+)(?:\s+(.*))?$/;

/**
 * A title compared the way StatLine's titles vary: case, spacing and a
 * trailing period do not matter.
 *
 * @example
 * normaliseTitle("  Totaal  misdrijven. ") //=> "totaal misdrijven"
 */
export function normaliseTitle(title: string): string {
  return title.trim().replace(/\s+/g, " ").replace(/\.$/, "").toLowerCase();
}

/**
 * The code of a crime type from the title StatLine gives it: a leading police
 * key (`1.1.1 Diefstal/inbraak woning` is `1.1.1`), else a title in ivp's
 * table for the classification. `undefined` when neither says.
 *
 * @param title - the crime type as written in the file
 * @param classification - the classification of the table, when known
 * @example
 * crimeCodeFromTitle("1.2.3 Diefstal van brom-, snor-, fietsen") //=> { classification: "police", code: "1.2.3" }
 * crimeCodeFromTitle("Totaal misdrijven", "police") //=> { classification: "police", code: "0.0.0" }
 * crimeCodeFromTitle("Misdrijven, totaal", "cbs") //=> { classification: "cbs", code: "T001161" }
 */
export function crimeCodeFromTitle(
  title: string,
  classification?: Classification,
): { readonly classification: Classification; readonly code: string } | undefined {
  const key = POLICE_KEY.exec(title.trim());
  if (key?.[1] && classification !== "cbs") return { classification: "police", code: key[1] };
  const wanted = normaliseTitle(title);
  const matches = CRIME_TYPES.filter(
    (t) =>
      (classification === undefined || t.classification === classification) &&
      t.titles.some((candidate) => normaliseTitle(candidate) === wanted),
  );
  // A title that fits both classifications ("Misdrijven, totaal") says nothing
  // without knowing which table it comes from.
  if (matches.length !== 1) return undefined;
  const [match] = matches as [CrimeType];
  return { classification: match.classification, code: match.code };
}

/**
 * The crime type of a code, when ivp knows it.
 *
 * @example
 * findCrimeType("police", "1.1.1")?.series //=> "woninginbraken"
 */
export function findCrimeType(classification: Classification, code: string): CrimeType | undefined {
  return CRIME_TYPES.find((t) => t.classification === classification && t.code === code);
}
