import { closestMatch } from "@ivp/model";
import table from "../data/municipalities.json" with { type: "json" };
import { ImportError } from "../import-error.ts";

/** A municipality as CBS StatLine names it, with its CBS code when ivp knows it for certain. */
export interface MunicipalityEntry {
  /** The name in StatLine, with its disambiguation where there is one: `Laren (NH.)`. */
  readonly statlineName: string;
  /** The CBS municipality code (`GM0417`), or `null` when ivp does not know it for certain. */
  readonly code: string | null;
}

/** Every municipality ivp knows by name, from the shipped table `data/municipalities.json`. */
export const MUNICIPALITIES: readonly MunicipalityEntry[] = table.municipalities;

/**
 * The everyday name of a municipality: its StatLine name without the
 * disambiguation StatLine adds, such as ` (NH.)` or ` (gemeente)`.
 *
 * @example
 * plainMunicipalityName("Laren (NH.)") //=> "Laren"
 * plainMunicipalityName("'s-Gravenhage (gemeente)") //=> "'s-Gravenhage"
 */
export function plainMunicipalityName(statlineName: string): string {
  return statlineName.replace(/\s*\((?:[A-Z]{1,2}\.|gemeente)\)$/, "");
}

/**
 * The entry of a municipality by CBS code.
 *
 * @example
 * findMunicipalityByCode("GM0417")?.statlineName //=> "Laren (NH.)"
 */
export function findMunicipalityByCode(code: string): MunicipalityEntry | undefined {
  const wanted = code.trim().toUpperCase();
  return MUNICIPALITIES.find((m) => m.code === wanted);
}

/**
 * The entries whose StatLine name or everyday name is `name` (ignoring case):
 * one for a unique name, several for a name such as "Bergen" that StatLine
 * disambiguates ("Bergen (L.)", "Bergen (NH.)"), none for an unknown name.
 *
 * @example
 * findMunicipalitiesByName("laren").map((m) => m.statlineName) //=> ["Laren (NH.)"]
 * findMunicipalitiesByName("Bergen").length //=> 2
 */
export function findMunicipalitiesByName(name: string): MunicipalityEntry[] {
  const wanted = name.trim().toLowerCase();
  const exact = MUNICIPALITIES.filter((m) => m.statlineName.toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  return MUNICIPALITIES.filter(
    (m) => plainMunicipalityName(m.statlineName).toLowerCase() === wanted,
  );
}

/** A municipality resolved for a plan: name, code and the StatLine name when it differs. */
export interface ResolvedMunicipality {
  readonly name: string;
  readonly code: string;
  /** The StatLine name, when it is not the plain name (`Laren (NH.)`). */
  readonly statlineName?: string;
}

/** Options of {@link resolveMunicipality}. */
export interface ResolveMunicipalityOptions {
  /** The CBS code, for a municipality whose code ivp's table does not have. */
  readonly code?: string;
}

const CODE = /^GM\d{4}$/i;

/**
 * Finds a municipality by name or CBS code in ivp's table. Refuses, with a
 * message that says what to supply, rather than guess: a code ivp does not
 * know, a name without a verified code (give `code`), a name that fits
 * several municipalities, a code that contradicts the table.
 *
 * @param input - a name ("Blaricum", "Laren (NH.)") or a code ("GM0376")
 * @param options - `code`: the CBS code when ivp's table lacks it
 * @returns the municipality; throws an {@link ImportError} (`unknown-municipality`, `ambiguous-mapping`)
 * @example
 * resolveMunicipality("GM0417") //=> { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }
 * resolveMunicipality("Blaricum") //=> { name: "Blaricum", code: "GM0376" }
 */
export function resolveMunicipality(
  input: string,
  options: ResolveMunicipalityOptions = {},
): ResolvedMunicipality {
  const text = input.trim();
  const given = options.code?.trim().toUpperCase();
  if (given !== undefined && !CODE.test(given)) {
    throw new ImportError(
      "unknown-municipality",
      `"${options.code}" is not a CBS municipality code`,
      {
        hint: "a code is GM and four digits, e.g. GM0376",
      },
    );
  }
  const result = (entry: MunicipalityEntry, code: string): ResolvedMunicipality => {
    const name = plainMunicipalityName(entry.statlineName);
    return { name, code, ...(name !== entry.statlineName && { statlineName: entry.statlineName }) };
  };
  if (CODE.test(text)) {
    const code = text.toUpperCase();
    const entry = findMunicipalityByCode(code);
    if (!entry) {
      throw new ImportError(
        "unknown-municipality",
        `ivp does not know which municipality has the code ${code}`,
        {
          hint: `give its name as StatLine writes it, with the code: --municipality "<name>" --code ${code}`,
        },
      );
    }
    return result(entry, code);
  }
  const entries = findMunicipalitiesByName(text);
  if (entries.length > 1) {
    throw new ImportError(
      "ambiguous-mapping",
      `"${text}" fits ${entries.length} municipalities: ${entries.map((e) => e.statlineName).join(", ")}`,
      { hint: "give the name as StatLine writes it, e.g. the one with the province in brackets" },
    );
  }
  const entry = entries[0];
  if (!entry) {
    if (given) return { name: text, code: given };
    const suggestion = closestMatch(
      text,
      MUNICIPALITIES.map((m) => m.statlineName),
    );
    throw new ImportError(
      "unknown-municipality",
      `ivp does not know a municipality named "${text}"`,
      {
        hint: suggestion
          ? `did you mean "${suggestion}"? For a municipality that is not in ivp's table, give its CBS code too: --code GMxxxx`
          : "check the spelling against StatLine, or give the CBS code too: --code GMxxxx",
      },
    );
  }
  if (entry.code && given && entry.code !== given) {
    throw new ImportError(
      "unknown-municipality",
      `${entry.statlineName} has the CBS code ${entry.code}, not ${given}`,
      { hint: `leave out --code, or check the code` },
    );
  }
  const code = entry.code ?? given;
  if (!code) {
    throw new ImportError(
      "unknown-municipality",
      `ivp has no verified CBS code for ${entry.statlineName}`,
      {
        hint: `give it: --code GMxxxx (the four digits of the municipality in CBS's "Gemeentelijke indeling"); ivp does not guess codes`,
      },
    );
  }
  return result(entry, code);
}
