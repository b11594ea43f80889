import { MUNICIPALITIES, type MunicipalityEntry } from "./municipalities.ts";

/**
 * The codes ivp gives municipalities whose CBS code it has not verified, in
 * synthetic data and in bulk runs over StatLine files (which name
 * municipalities, not codes): `GM9` and the municipality's three-digit
 * position in ivp's table (`data/municipalities.json`, 342 names). CBS has
 * only ever issued municipality codes below GM2000 and numbers new
 * municipalities upward from there, so GM9000-GM9999 cannot be mistaken for a
 * real code. A synthetic code is valid only with the ivp version that made
 * it: a new name in the table moves the positions after it.
 */
export const SYNTHETIC_CODE_RANGE = { first: "GM9000", last: "GM9999" } as const;

const SYNTHETIC = /^GM9\d{3}$/;

/**
 * Whether a code lies in the range ivp reserves for synthetic codes.
 *
 * @example
 * isSyntheticMunicipalityCode("GM9004") //=> true
 * isSyntheticMunicipalityCode("GM0417") //=> false
 */
export function isSyntheticMunicipalityCode(code: string): boolean {
  return SYNTHETIC.test(code);
}

const INDEX = new Map(MUNICIPALITIES.map((m, i) => [m.statlineName, i]));

/**
 * The code of a municipality of ivp's table: its verified CBS code, else its
 * synthetic code in GM9000-GM9999. `undefined` for a name not in the table.
 *
 * @param statlineName - the name as StatLine writes it
 * @example
 * codeOrSyntheticCode("Laren (NH.)") //=> { code: "GM0417", synthetic: false }
 * codeOrSyntheticCode("Aa en Hunze") //=> { code: "GM9000", synthetic: true }
 */
export function codeOrSyntheticCode(
  statlineName: string,
): { readonly code: string; readonly synthetic: boolean } | undefined {
  const index = INDEX.get(statlineName);
  if (index === undefined) return undefined;
  const entry = MUNICIPALITIES[index] as MunicipalityEntry;
  if (entry.code) return { code: entry.code, synthetic: false };
  return { code: `GM9${String(index).padStart(3, "0")}`, synthetic: true };
}

/**
 * The municipality a synthetic code stands for.
 *
 * @example
 * municipalityOfSyntheticCode("GM9000")?.statlineName //=> "Aa en Hunze"
 * municipalityOfSyntheticCode("GM0417") //=> undefined
 */
export function municipalityOfSyntheticCode(code: string): MunicipalityEntry | undefined {
  if (!isSyntheticMunicipalityCode(code)) return undefined;
  const entry = MUNICIPALITIES[Number(code.slice(3))];
  return entry && entry.code === null ? entry : undefined;
}
