import { checkReferences } from "../../validation/check-references.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";

export const duplicateId: LintRule = {
  id: "duplicate-id",
  severity: "error",
  description: localize((lang) =>
    pick(
      lang,
      "Een id mag binnen zijn lijst (series, indicators, sources, …; prioriteiten en thema's samen) maar één keer voorkomen, anders is onduidelijk waar een verwijzing naar wijst. Plan-bestanden die met ivp worden ingelezen, worden hier al bij het laden op gecontroleerd.",
      "An id may occur only once in its list (series, indicators, sources, …; priorities and themes together), or a reference to it is ambiguous. Plan files read by ivp are already checked for this when they are loaded.",
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
        return {
          message: localize((lang) =>
            pick(
              lang,
              `Het id ${id} komt twee keer voor in ${list}.`,
              `The id ${id} is used twice in ${list}.`,
            ),
          ),
          locations: [issue.path],
          suggestion: localize((lang) =>
            pick(lang, "Geef elk onderdeel een eigen id.", "Give each entry its own id."),
          ),
        };
      });
  },
};
