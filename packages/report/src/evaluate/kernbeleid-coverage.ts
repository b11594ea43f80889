import { findKernbeleidTheme, KERNBELEID_VEILIGHEID, type Language, type Plan } from "@ivp/model";
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
