import {
  findKernbeleidTheme,
  KERNBELEID_VEILIGHEID,
  type Language,
  type Plan,
  type Theme,
} from "@ivp/model";
import type { KernbeleidCoverage } from "../evaluated-plan.ts";

/**
 * Which fields and themes of VNG Kernbeleid Veiligheid a plan addresses,
 * from the `kernbeleid` codes of its priorities and themes: every field and
 * theme of the taxonomy in its own order, each with the ids of the
 * priorities and themes that carry its code, and the codes the taxonomy does
 * not know.
 *
 * @param plan - the plan
 * @param options - `lang`: language of the field and theme names (default Dutch)
 * @returns the coverage
 * @example
 * kernbeleidCoverage(plan).fields[2].themes[0] //=> { code: "3.1", name: "Jeugdoverlast", coveredBy: ["jeugdoverlast"] }
 */
export function kernbeleidCoverage(
  plan: Plan,
  options: { readonly lang?: Language } = {},
): KernbeleidCoverage {
  const lang = options.lang ?? "nl";
  const all = [...plan.priorities, ...plan.themes];
  const fields = KERNBELEID_VEILIGHEID.map((field) => ({
    code: field.code,
    name: field.name[lang],
    themes: field.themes.map((theme) => ({
      code: theme.code,
      name: theme.name[lang],
      coveredBy: all.filter((t) => t.kernbeleid.includes(theme.code)).map((t) => t.id),
    })),
  }));
  const unknown = new Map<string, string[]>();
  for (const theme of all) {
    for (const code of theme.kernbeleid) {
      if (findKernbeleidTheme(code)) continue;
      const usedBy = unknown.get(code) ?? [];
      if (!usedBy.includes(theme.id)) usedBy.push(theme.id);
      unknown.set(code, usedBy);
    }
  }
  const unknownCodes = [...unknown.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, usedBy]) => ({ code, usedBy }));
  return { fields, unknownCodes };
}

/**
 * The coverages {@link planKernbeleidCoverage} made, by the plan's
 * priorities, then its themes (the arrays themselves), then the language.
 */
const COVERAGES = new WeakMap<
  readonly Theme[],
  WeakMap<readonly Theme[], Partial<Record<Language, KernbeleidCoverage>>>
>();

/**
 * {@link kernbeleidCoverage} for `evaluatePlan`: one object per plan's
 * priorities and themes (the same arrays) and language, made the first time
 * and given again after that. A plan is never changed once made, and the
 * coverage depends on nothing else.
 *
 * Why: `ivp bulk` fills one template in for every municipality, and every
 * plan it makes shares the template's priorities and themes
 * (`fillTemplate`), so every report of a run has the same coverage; worked
 * out, and its section of the HTML report written (`kernbeleid` in
 * html/sections/kernbeleid.ts, kept by this object), once a run instead of
 * once a report. The object is read only (see {@link KernbeleidCoverage}).
 */
export function planKernbeleidCoverage(plan: Plan, lang: Language): KernbeleidCoverage {
  let byThemes = COVERAGES.get(plan.priorities);
  if (byThemes === undefined) {
    byThemes = new WeakMap();
    COVERAGES.set(plan.priorities, byThemes);
  }
  let byLang = byThemes.get(plan.themes);
  if (byLang === undefined) {
    byLang = {};
    byThemes.set(plan.themes, byLang);
  }
  let coverage = byLang[lang];
  if (coverage === undefined) {
    coverage = kernbeleidCoverage(plan, { lang });
    byLang[lang] = coverage;
  }
  return coverage;
}
