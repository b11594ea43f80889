import { closestMatch, type Language, monthName } from "@ivp/model";
import table from "../data/municipalities.json" with { type: "json" };
import { ImportError } from "../import-error.ts";
import { IMPORT_CATALOGUES, importError, importText, joinList } from "../messages/say.ts";

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
    .replace(/[\u2019`\u00b4]/g, "'")
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

/** Every name a current municipality answers to, normalized, with the municipalities it may mean; made when first asked ({@link byName}). */
let BY_NAME: Map<string, MunicipalityEntry[]> | undefined;

/**
 * The current municipalities by every name they answer to (see
 * {@link BY_NAME}), made the first time a name is looked up rather than when
 * the module loads: some 1,400 names through `normalizeMunicipalityName`,
 * whose first call also compiles its regular expressions of Unicode
 * properties, some 30 ms of every start of `ivp bulk` (a CPU profile of its
 * main thread; 5-7 ms in each worker thread) that never looks a name up
 * unless `--municipalities` lists one.
 */
function byName(): Map<string, MunicipalityEntry[]> {
  if (BY_NAME === undefined) {
    BY_NAME = new Map();
    for (const m of MUNICIPALITIES) {
      const names = new Set(
        [m.statlineName, m.name, plainMunicipalityName(m.statlineName), ...(m.aliases ?? [])].map(
          normalizeMunicipalityName,
        ),
      );
      for (const name of names) BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), m]);
    }
  }
  return BY_NAME;
}

/** The former municipalities by their normalized name, made when first asked (as {@link byName}). */
let FORMER_BY_NAME: Map<string, FormerMunicipality> | undefined;

function formerByName(): Map<string, FormerMunicipality> {
  FORMER_BY_NAME ??= new Map(
    FORMER_MUNICIPALITIES.map((m) => [normalizeMunicipalityName(m.name), m]),
  );
  return FORMER_BY_NAME;
}

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
  return formerByName().get(normalizeMunicipalityName(name));
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
  return [...(byName().get(normalizeMunicipalityName(name)) ?? [])];
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

/** `2019-01-01` as `1 January 2019` (`1 januari 2019`). */
function longDate(iso: string, lang: Language): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${monthName(month, { lang, style: "long" })} ${year}`;
}

/**
 * What became of a former municipality, as a sentence: `Weesp (GM0457) is part
 * of Amsterdam (GM0363) since 24 March 2022`.
 *
 * @param former - a municipality of {@link FORMER_MUNICIPALITIES}
 * @param lang - the language of the sentence (default English)
 * @example
 * describeFormerMunicipality(findFormerMunicipality("GM0393")!)
 * //=> "Haarlemmerliede en Spaarnwoude (GM0393) is part of Haarlemmermeer (GM0394) since 1 January 2019"
 * describeFormerMunicipality(findFormerMunicipality("GM0393")!, "nl")
 * //=> "Haarlemmerliede en Spaarnwoude (GM0393) hoort sinds 1 januari 2019 bij Haarlemmermeer (GM0394)"
 */
export function describeFormerMunicipality(
  former: FormerMunicipality,
  lang: Language = "en",
): string {
  const successors = currentSuccessors(former.code);
  const names = successors.map(describe);
  const list =
    names.length <= 1
      ? (names[0] ?? importText(lang, "municipality/another-municipality"))
      : joinList(names, lang);
  return importText(
    lang,
    successors.length > 1 ? "municipality/split-between" : "municipality/merged-into",
    { name: former.name, code: former.code, successors: list, date: longDate(former.until, lang) },
  );
}

/**
 * The refusal of a municipality that no longer exists, in `lang`: what
 * became of it (with the register's note, when there is one) and for which
 * municipality to make the plan instead.
 */
export function formerMunicipalityWords(
  former: FormerMunicipality,
  lang: Language,
): { readonly message: string; readonly hint: string } {
  const sentence = describeFormerMunicipality(former, lang);
  const notes: Readonly<Record<string, string>> = IMPORT_CATALOGUES[lang].messages["former-notes"];
  const note = Object.hasOwn(notes, former.code) ? notes[former.code] : undefined;
  const successors = currentSuccessors(former.code);
  const only = successors.length === 1 ? successors[0] : undefined;
  return {
    message: note ? importText(lang, "municipality/with-note", { sentence, note }) : sentence,
    hint: only
      ? importText(lang, "municipality/former-hint", { name: only.name, code: only.code })
      : importText(lang, "municipality/former-hint-several", {
          codes: successors.map((s) => s.code).join(", "),
        }),
  };
}

/** The message id of the refusal of a former municipality, whose data is its `code`. */
export const FORMER_MUNICIPALITY = "municipality/former";

function formerError(former: FormerMunicipality): ImportError {
  const { message, hint } = formerMunicipalityWords(former, "en");
  return new ImportError("unknown-municipality", message, {
    hint,
    messageId: FORMER_MUNICIPALITY,
    data: { code: former.code },
  });
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
    throw importError(
      "unknown-municipality",
      "municipality/not-a-code",
      { code: String(options.code) },
      { hintId: "municipality/not-a-code-hint" },
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
      const data = { municipality: entry.statlineName, code: entry.code, given };
      throw importError(
        "unknown-municipality",
        other
          ? "municipality/code-mismatch-other"
          : former
            ? "municipality/code-mismatch-former"
            : "municipality/code-mismatch",
        {
          ...data,
          ...(other && { other: other.statlineName }),
          ...(former && { former: former.name }),
        },
        { hintId: "municipality/code-mismatch-hint" },
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
    throw importError(
      "unknown-municipality",
      "municipality/unknown-code",
      { code, date: REGISTER_DATE },
      { hintId: "municipality/unknown-code-hint" },
    );
  }
  const entries = findMunicipalitiesByName(text);
  if (entries.length > 1) {
    const fitting = given ? entries.filter((e) => e.code === given) : [];
    if (fitting.length === 1) return result(fitting[0] as MunicipalityEntry);
    throw importError(
      "ambiguous-mapping",
      "municipality/ambiguous",
      {
        name: text,
        count: entries.length,
        municipalities: entries.map(describe).join(", "),
        example: String(entries[0]?.statlineName),
        exampleCode: String(entries[0]?.code),
      },
      { hintId: "municipality/ambiguous-hint" },
    );
  }
  const entry = entries[0];
  if (entry) return checkGiven(entry);
  const former = findFormerMunicipalityByName(text);
  if (former) throw formerError(former);
  if (given) {
    const owner = findMunicipalityByCode(given);
    if (owner) {
      throw importError(
        "unknown-municipality",
        "municipality/code-of-other",
        { given, owner: owner.statlineName, name: text, date: REGISTER_DATE },
        { hintId: "municipality/code-of-other-hint" },
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
  throw importError(
    "unknown-municipality",
    "municipality/unknown-name",
    { name: text, date: REGISTER_DATE, ...(suggestion && { suggestion }) },
    { hintId: suggestion ? "municipality/did-you-mean" : "municipality/unknown-name-hint" },
  );
}
