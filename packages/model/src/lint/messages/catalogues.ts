/**
 * The lint catalogue of every language ivp writes. Adding a language: a
 * catalogue file next to `nl.ts` (typed `CatalogueLike<typeof nl>`, so it must
 * have every id) and one line here; `Language` in ../../language.ts names it.
 */
import type { Language } from "../../language.ts";
import type { LintCatalogue } from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

/** Every language's lint texts. */
export const LINT_CATALOGUES: Readonly<Record<Language, LintCatalogue>> = {
  nl,
  en,
};
