import { importError } from "../messages/say.ts";
import {
  findFormerMunicipalityByName,
  findMunicipalitiesByName,
  type MunicipalityEntry,
} from "./municipalities.ts";

/**
 * Invented municipalities, for the synthetic national data set (benchmarks,
 * demos, tests): `Synthetisch 001` ... with the codes `GM9001` ... . CBS has
 * only ever issued municipality codes below GM2000 and numbers new
 * municipalities upward from there, so GM9000-GM9999 cannot be mistaken for a
 * real code, and the names are no real place. ivp never gives a real
 * municipality a code of this range: every municipality of the register has
 * its CBS code, and a name ivp does not know gets no code at all.
 */
export const SYNTHETIC_CODE_RANGE = { first: "GM9001", last: "GM9999" } as const;

const SYNTHETIC_CODE = /^GM9\d{3}$/;
const SYNTHETIC_NAME = /^Synthetisch (\d{3})$/;

/** How many invented municipalities there can be. */
export const MAX_SYNTHETIC_MUNICIPALITIES = 999;

/**
 * Whether a code lies in the range of invented municipalities.
 *
 * @example
 * isSyntheticMunicipalityCode("GM9004") //=> true
 * isSyntheticMunicipalityCode("GM0417") //=> false
 */
export function isSyntheticMunicipalityCode(code: string): boolean {
  return SYNTHETIC_CODE.test(code) && code !== "GM9000";
}

/**
 * The invented municipality number `n` (1-999).
 *
 * @example
 * syntheticMunicipality(7) //=> { code: "GM9007", name: "Synthetisch 007", statlineName: "Synthetisch 007" }
 */
export function syntheticMunicipality(n: number): MunicipalityEntry {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_MUNICIPALITIES) {
    throw importError("invalid-number", "synthetic/municipality-number", { n });
  }
  const digits = String(n).padStart(3, "0");
  const name = `Synthetisch ${digits}`;
  return { code: `GM9${digits}`, name, statlineName: name };
}

/**
 * Whether a name is that of an invented municipality (`Synthetisch 001`).
 *
 * @example
 * isSyntheticMunicipalityName("Synthetisch 012") //=> true
 */
export function isSyntheticMunicipalityName(name: string): boolean {
  const match = SYNTHETIC_NAME.exec(name);
  return match !== null && match[1] !== "000";
}

/**
 * The code of a municipality by its StatLine name: its CBS code from the
 * register (a former municipality's own old code for figures of before its
 * merger), the code of an invented municipality, or `undefined` for a name
 * that is neither (ivp does not invent a code for it).
 *
 * @param statlineName - the name as StatLine writes it
 * @example
 * codeOrSyntheticCode("Laren (NH.)") //=> { code: "GM0417", synthetic: false }
 * codeOrSyntheticCode("Synthetisch 001") //=> { code: "GM9001", synthetic: true }
 * codeOrSyntheticCode("Atlantis") //=> undefined
 */
export function codeOrSyntheticCode(
  statlineName: string,
): { readonly code: string; readonly synthetic: boolean } | undefined {
  const match = SYNTHETIC_NAME.exec(statlineName);
  if (match && match[1] !== "000") return { code: `GM9${match[1]}`, synthetic: true };
  const found = findMunicipalitiesByName(statlineName);
  const exact = found.filter((m) => m.statlineName === statlineName);
  const entry = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  if (entry) return { code: entry.code, synthetic: false };
  const former = findFormerMunicipalityByName(statlineName);
  return former ? { code: former.code, synthetic: false } : undefined;
}

/**
 * The invented municipality a synthetic code stands for.
 *
 * @example
 * municipalityOfSyntheticCode("GM9001")?.statlineName //=> "Synthetisch 001"
 * municipalityOfSyntheticCode("GM0417") //=> undefined
 */
export function municipalityOfSyntheticCode(code: string): MunicipalityEntry | undefined {
  if (!isSyntheticMunicipalityCode(code)) return undefined;
  return syntheticMunicipality(Number(code.slice(3)));
}
