import { formatPlanPath } from "../../observation/plan-path.ts";
import { findPlaceholders } from "../../text/placeholders.ts";
import { localize, pick, quoted } from "../_lib/text.ts";
import type { LintRule } from "../lint-types.ts";

/** Placeholder texts are cut to this many characters in a message. */
const SHOWN = 60;

export const placeholder: LintRule = {
  id: "placeholder",
  severity: "warning",
  description: localize((lang) =>
    pick(
      lang,
      "Een tekst die met TODO begint is een plaatshouder van ivp init of ivp bulk: de gemeente moet hem nog schrijven. Het rapport van zo'n plan zegt bovenaan dat het nog plaatshouders bevat. ivp validate --placeholders-as-errors maakt er fouten van, bijvoorbeeld voordat een plan naar de raad gaat.",
      "A text that starts with TODO is a placeholder written by ivp init or ivp bulk: the municipality still has to write it. The report of such a plan says at the top that it still contains placeholders. ivp validate --placeholders-as-errors makes them errors, for instance before a plan goes to the council.",
    ),
  ),
  docs: {
    failing: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: "TODO: de aanpak, bijvoorbeeld: voorlichting over rookmelders in elke wijk."
`,
    fixed: `themes:
  - id: brandveilig-leven
    title: Brandveilig leven
    approach: De brandweer geeft in elke wijk voorlichting over rookmelders.
`,
  },
  check({ plan }) {
    return findPlaceholders(plan).map(({ path, text }) => {
      const shown = quoted(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);
      return {
        message: localize((lang) =>
          pick(
            lang,
            `${formatPlanPath(path)} is nog een plaatshouder: ${shown}.`,
            `${formatPlanPath(path)} is still a placeholder: ${shown}.`,
          ),
        ),
        locations: [path],
        suggestion: localize((lang) =>
          pick(
            lang,
            "Vervang de tekst door die van de gemeente.",
            "Replace the text with the municipality's own.",
          ),
        ),
      };
    });
  },
};
