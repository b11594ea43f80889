import { checkReferences, type Language, type Plan, planSchema } from "@ivp/model";
import { describedField, describeZodIssues } from "./describe-zod-issue.ts";
import { formatPath } from "./format-issue.ts";
import { planFileSay } from "./messages/say.ts";
import { wordPlanIssue } from "./messages/word-plan-issue.ts";
import { useZodEnglishMessages } from "./zod-english.ts";

/** The result of {@link checkPlanObject}. */
export type CheckPlanObjectResult =
  | { readonly success: true; readonly plan: Plan }
  | {
      readonly success: false;
      /** Where the problem is, as `indicators[0].source`; empty for the plan as a whole. */
      readonly field: string;
      /** What is wrong, in the language asked for, worded as `parsePlanYaml` words it. */
      readonly message: string;
    };

/**
 * Checks a plan made in memory (not read from a file, so without lines and
 * columns) against the plan schema and its references, and words its first
 * problem as {@link parsePlanYaml} words a plan file's: in the reader's
 * language, with the field it is in. `@ivp/importers` checks the plans that
 * `ivp bulk` makes from a template with it.
 *
 * @param plan - the plan object
 * @param lang - the language of the message (default English)
 * @example
 * const result = checkPlanObject({ ...plan, title: 42 }, "nl");
 * result.success ? result.plan : `${result.field}: ${result.message}`
 * //=> "title: tekst verwacht, maar hier staat het getal 42"
 */
export function checkPlanObject(plan: unknown, lang: Language = "en"): CheckPlanObjectResult {
  // describeZodIssues words most issues itself and keeps zod's words for the rest.
  useZodEnglishMessages();
  const checked = planSchema.safeParse(plan);
  if (!checked.success) {
    const issues = checked.error.issues;
    const [first] = describeZodIssues(planSchema, plan, issues, lang);
    return {
      success: false,
      field: first ? describedField(first) : "",
      message: first?.message ?? (issues[0]?.message as string),
    };
  }
  const [problem] = checkReferences(checked.data);
  if (problem === undefined) return { success: true, plan: checked.data };
  return {
    success: false,
    field: formatPath(problem.path),
    message: wordPlanIssue(problem, planFileSay(lang)).message,
  };
}
