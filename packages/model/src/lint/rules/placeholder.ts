import { formatPlanPath } from "../../observation/plan-path.ts";
import { findPlaceholders } from "../../text/placeholders.ts";
import type { LintRule, RuleFinding } from "../lint-types.ts";
import { quoted } from "../messages/message-value.ts";
import { ruleMessages } from "../messages/rule-messages.ts";

/** Placeholder texts are cut to this many characters in a message. */
const SHOWN = 60;

const say = ruleMessages("placeholder");

export const placeholder: LintRule = {
  id: "placeholder",
  severity: "warning",
  check({ plan }) {
    return findPlaceholders(plan).map(
      ({ path, text }): RuleFinding => ({
        ...say.message("still-placeholder", {
          field: formatPlanPath(path),
          text: quoted(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text),
        }),
        locations: [path],
        ...say.suggestion("replace-text"),
      }),
    );
  },
};
