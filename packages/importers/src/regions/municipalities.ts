import { closestMatch, monthName } from "@ivp/model";
import table from "../data/municipalities.json" with { type: "json" };
import { ImportError } from "../import-error.ts";

/**
 * The municipality register: every Dutch municipality of CBS's classification
 * on 1 January 2024 (342) with its code, common name and StatLine name, plus
 * the municipalities merged away since 2014 with the date their code ended and
 * the codes their area went to. The data is `data/municipalities.json`; the
 * functions here look it up and never guess a code.
 */

/** A municipality of the current classification. */
export interface MunicipalityEntry {
  /** The CBS municipality code, `GM` and four digits: `GM0417`. */
  readonly code: string;
  /** The common name: `Laren`, `'s-Gravenhage`, `Bergen (NH.)` where the name alone is ambiguous. */
  readonly name: string;
  /** The name in StatLine, with its disambiguation where there is one: `Laren (NH.)`. */
  readonly statlineName: string;
  /** Everyday names that are not CBS's: `Den Haag`, `Nuenen`. */
  readonly aliases?: readonly string[];
}

/** A municipality that no longer exists: merged into or split between others. */
export interface FormerMunicipality {
  readonly code: string;
  readonly name: string;
  /** The first day the code no longer existed (ISO date): `2019-01-01`. */
  readonly until: string;
  /** The codes its area went to; a successor may itself be former (follow {@link currentSuccessors}). */
  readonly successors: readonly string[];
  /** What happened, when it was more than a merger into one successor. */
  readonly note?: string;
}

/** The 342 municipalities of 1 January 2024, by code. */
export const MUNICIPALITIES: readonly MunicipalityEntry[] = table.municipalities;

/** Municipalities merged away or renumbered since 1 January 2014. */
export const FORMER_MUNICIPALITIES: readonly FormerMunicipality[] = table.former;

/** The date of the classification {@link MUNICIPALITIES} follows. */
export const REGISTER_DATE: string = table.validOn;

const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const FORMER_BY_CODE = new Map(FORMER_MUNICIPALITIES.map((m) => [m.code, m]));

/**
 * A name reduced for comparison: without accents, case, punctuation and
 * repeated spaces, so `Súdwest-Fryslân`, `sudwest fryslan` and `Laren (NH.)`,
 * `laren nh` compare equal.
 *
 * @example
 * normalizeMunicipalityName("Súdwest-Fryslân") //=> "sudwest fryslan"
 * normalizeMunicipalityName(" Laren (NH.) ") //=> "laren nh"
 */
export function normalizeMunicipalityName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/**
 * The everyday name of a municipality: its StatLine name without the
 * disambiguation StatLine adds, such as ` (NH.)` or ` (gemeente)`.
 *
 * @example
 * plainMunicipalityName("Laren (NH.)") //=> "Laren"
 * plainMunicipalityName("'s-Gravenhage (gemeente)") //=> "'s-Gravenhage"
 */
export function plainMunicipalityName(statlineName: string): string {
  return statlineName.replace(/\s*\((?:[A-Z][A-Za-z]{0,2}\.|gemeente)\)$/, "");
}

/** Every name a current municipality answers to, normalized, with the municipalities it may mean. */
const BY_NAME = new Map<string, MunicipalityEntry[]>();
for (const m of MUNICIPALITIES) {
  const names = new Set(
    [m.statlineName, m.name, plainMunicipalityName(m.statlineName), ...(m.aliases ?? [])].map(
      normalizeMunicipalityName,
    ),
  );
  for (const name of names) BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), m]);
}
const FORMER_BY_NAME = new Map(
  FORMER_MUNICIPALITIES.map((m) => [normalizeMunicipalityName(m.name), m]),
);

/**
 * The current municipality with a CBS code (case-insensitive).
 *
 * @example
 * findMunicipalityByCode("GM0417")?.statlineName //=> "Laren (NH.)"
 * findMunicipalityByCode("GM0457") //=> undefined (Weesp, merged into Amsterdam)
 */
export function findMunicipalityByCode(code: string): MunicipalityEntry | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/**
 * The former municipality with a CBS code.
 *
 * @example
 * findFormerMunicipality("GM0393")?.successors //=> ["GM0394"]
 */
export function findFormerMunicipality(code: string): FormerMunicipality | undefined {
  return FORMER_BY_CODE.get(code.trim().toUpperCase());
}

/**
 * The former municipality with a name (accent- and case-insensitive).
 *
 * @example
 * findFormerMunicipalityByName("weesp")?.code //=> "GM0457"
 */
export function findFormerMunicipalityByName(name: string): FormerMunicipality | undefined {
  return FORMER_BY_NAME.get(normalizeMunicipalityName(name));
}

/**
 * The current municipalities the area of a former code went to, following
 * chains (Skarsterlân -> De Friese Meren -> De Fryske Marren).
 *
 * @example
 * currentSuccessors("GM0051").map((m) => m.name) //=> ["De Fryske Marren"]
 */
export function currentSuccessors(code: string): MunicipalityEntry[] {
  const current = findMunicipalityByCode(code);
  if (current) return [current];
  const former = findFormerMunicipality(code);
  if (!former) return [];
  const found = former.successors.flatMap((s) => currentSuccessors(s));
  return [...new Set(found)];
}

/**
 * The current municipalities a name may mean: by StatLine name, common name
 * or alias, ignoring accents, case and punctuation. One for a unique name,
 * several for a name such as "Bergen" ("Bergen (L.)", "Bergen (NH.)"), none
 * for an unknown name.
 *
 * @example
 * findMunicipalitiesByName("laren").map((m) => m.statlineName) //=> ["Laren (NH.)"]
 * findMunicipalitiesByName("Den Haag")[0]?.code //=> "GM0518"
 * findMunicipalitiesByName("Bergen").length //=> 2
 */
export function findMunicipalitiesByName(name: string): MunicipalityEntry[] {
  return [...(BY_NAME.get(normalizeMunicipalityName(name)) ?? [])];
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
  /**
   * The CBS code. It must agree with the name; a code the register does not
   * have is taken only with a name the register does not have either (a
   * municipality newer than the register).
   */
  readonly code?: string;
}

const CODE = /^GM\d{4}$/i;

function describe(entry: MunicipalityEntry): string {
  return `${entry.statlineName} (${entry.code})`;
}

/** `2019-01-01` as `1 January 2019`. */
function longDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${monthName(month, { lang: "en", style: "long" })} ${year}`;
}

/**
 * What became of a former municipality, as a sentence: `Weesp (GM0457) is part
 * of Amsterdam (GM0363) since 24 March 2022`.
 *
 * @example
 * describeFormerMunicipality(findFormerMunicipality("GM0393")!)
 * //=> "Haarlemmerliede en Spaarnwoude (GM0393) is part of Haarlemmermeer (GM0394) since 1 January 2019"
 */
export function describeFormerMunicipality(former: FormerMunicipality): string {
  const successors = currentSuccessors(former.code);
  const names = successors.map(describe);
  const list =
    names.length <= 1
      ? (names[0] ?? "another municipality")
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const verb = successors.length > 1 ? "was split between" : "is part of";
  const tense = successors.length > 1 ? "on" : "since";
  return `${former.name} (${former.code}) ${verb} ${list} ${tense} ${longDate(former.until)}`;
}

function formerError(former: FormerMunicipality): ImportError {
  const successors = currentSuccessors(former.code);
  const only = successors.length === 1 ? successors[0] : undefined;
  return new ImportError(
    "unknown-municipality",
    `${describeFormerMunicipality(former)}${former.note ? ` (${former.note})` : ""}`,
    {
      hint: only
        ? `make the plan for ${only.name}: --municipality ${only.code}; figures StatLine publishes today are for ${only.name}`
        : `make the plan for one of ${successors.map((s) => s.code).join(", ")}`,
    },
  );
}

/**
 * Finds a municipality in the register by name, alias or CBS code. Refuses,
 * with a message that says what to supply, rather than guess: an unknown code
 * or name (with a did-you-mean), a name that fits several municipalities (the
 * candidates are listed), a municipality merged away (its successor is
 * named), a `code` that contradicts the name.
 *
 * @param input - a name ("Blaricum", "Laren (NH.)", "Den Haag") or a code ("GM0376")
 * @param options - `code`: the CBS code, checked against the name
 * @returns the municipality; throws an {@link ImportError} (`unknown-municipality`, `ambiguous-mapping`)
 * @example
 * resolveMunicipality("GM0417") //=> { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }
 * resolveMunicipality("Den Haag") //=> { name: "'s-Gravenhage", code: "GM0518", statlineName: "'s-Gravenhage (gemeente)" }
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
      { hint: "a code is GM and four digits, e.g. GM0376" },
    );
  }
  const result = (entry: MunicipalityEntry): ResolvedMunicipality => {
    const name = entry.name;
    return {
      name,
      code: entry.code,
      ...(name !== entry.statlineName && { statlineName: entry.statlineName }),
    };
  };
  const checkGiven = (entry: MunicipalityEntry): ResolvedMunicipality => {
    if (given !== undefined && given !== entry.code) {
      const other = findMunicipalityByCode(given);
      const former = findFormerMunicipality(given);
      const what = other
        ? ` (${given} is ${other.statlineName})`
        : former
          ? ` (${given} was ${former.name})`
          : "";
      throw new ImportError(
        "unknown-municipality",
        `${entry.statlineName} has the CBS code ${entry.code}, not ${given}${what}`,
        { hint: `leave out --code, or give the name that belongs to ${given}` },
      );
    }
    return result(entry);
  };

  if (CODE.test(text)) {
    const code = text.toUpperCase();
    const entry = findMunicipalityByCode(code);
    if (entry) return checkGiven(entry);
    const former = findFormerMunicipality(code);
    if (former) throw formerError(former);
    throw new ImportError(
      "unknown-municipality",
      `no municipality has the code ${code} in CBS's classification of ${REGISTER_DATE}`,
      {
        hint: `check the code; for a municipality newer than ivp's register give its name with the code: --municipality "<name>" --code ${code}`,
      },
    );
  }
  const entries = findMunicipalitiesByName(text);
  if (entries.length > 1) {
    const fitting = given ? entries.filter((e) => e.code === given) : [];
    if (fitting.length === 1) return result(fitting[0] as MunicipalityEntry);
    throw new ImportError(
      "ambiguous-mapping",
      `"${text}" fits ${entries.length} municipalities: ${entries.map(describe).join(", ")}`,
      {
        hint: `give the name as StatLine writes it (e.g. "${entries[0]?.statlineName}") or the code (e.g. ${entries[0]?.code})`,
      },
    );
  }
  const entry = entries[0];
  if (entry) return checkGiven(entry);
  const former = findFormerMunicipalityByName(text);
  if (former) throw formerError(former);
  if (given) {
    const owner = findMunicipalityByCode(given);
    if (owner) {
      throw new ImportError(
        "unknown-municipality",
        `${given} is the CBS code of ${owner.statlineName}, not of "${text}"`,
        {
          hint: `check the name and the code; ivp's register has every municipality of ${REGISTER_DATE}`,
        },
      );
    }
    const formerOwner = findFormerMunicipality(given);
    if (formerOwner) throw formerError(formerOwner);
    // A municipality newer than the register: the user vouches for name and code.
    return { name: text, code: given };
  }
  const suggestion = closestMatch(
    text,
    MUNICIPALITIES.flatMap((m) => [m.statlineName, ...(m.aliases ?? [])]),
  );
  throw new ImportError(
    "unknown-municipality",
    `ivp does not know a municipality named "${text}"`,
    {
      hint: suggestion
        ? `did you mean "${suggestion}"?`
        : `check the spelling against CBS's list of municipalities of ${REGISTER_DATE}, or give the code: --municipality GMxxxx`,
    },
  );
}
