import { checkReferences } from "../../validation/check-references.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const duplicateId: LintRule = {
  id: "duplicate-id",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Een id mag binnen zijn lijst (series, indicators, sources, …; prioriteiten en thema's samen) maar één keer voorkomen, anders is onduidelijk waar een verwijzing naar wijst; hetzelfde geldt voor de code van een gebied. Hoofdletters tellen niet mee (GM0376 en gm0376 zijn hetzelfde), en tekens die er hetzelfde uitzien na Unicode-normalisatie (NFKC) ook niet. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd.",
      "An id may occur only once in its list (series, indicators, sources, …; priorities and themes together), or a reference to it is ambiguous; so may an area's code. Case does not count (GM0376 and gm0376 are the same), nor do characters that are the same after Unicode normalisation (NFKC). Plan files read by ivp are already checked for this when they are loaded.",
    ),
  ),
  docs: {
    failing: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraken, label: "Woninginbraken: pogingen" }
`,
    fixed: `series:
  - { id: woninginbraken, label: Woninginbraken }
  - { id: woninginbraak-pogingen, label: "Woninginbraken: pogingen" }
`,
  },
  check({ plan }) {
    return checkReferences(plan)
      .filter((issue) => issue.code === "duplicate-id")
      .map((issue): RuleFinding => {
        const id = quoted(issue.params?.id ?? "");
        const list = issue.params?.list ?? "";
        const code = issue.params?.what === "code";
        const earlier = issue.params?.earlier;
        return {
          message: localize((lang) =>
            pick(
              lang,
              `${code ? "De code" : "Het id"} ${id} komt twee keer voor in ${list}${earlier ? ` (eerder als ${quoted(earlier)}; hoofdletters tellen niet)` : ""}.`,
              `The ${code ? "code" : "id"} ${id} is used twice in ${list}${earlier ? ` (before as ${quoted(earlier)}; case does not count)` : ""}.`,
            ),
          ),
          locations: [issue.path],
          suggestion: localize((lang) =>
            code
              ? pick(lang, "Geef elk gebied een eigen code.", "Give each area its own code.")
              : pick(lang, "Geef elk onderdeel een eigen id.", "Give each entry its own id."),
          ),
        };
      });
  },
};
