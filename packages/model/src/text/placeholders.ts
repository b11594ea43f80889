import type { PlanPath } from "../observation/observation.ts";

/** A text that starts with `TODO`, the mark `ivp init` and `ivp bulk` put on what the municipality still has to write. */
const PLACEHOLDER = /^\s*TODO\b/;

/** A placeholder text in a plan: where it is and what it says. */
export interface Placeholder {
  readonly path: PlanPath;
  readonly text: string;
}

/**
 * Every text in a plan that is still a placeholder: a string that starts with
 * `TODO` (as `ivp init` writes the mission and the goals), in the order of the
 * plan file.
 *
 * @param plan - a plan, or any part of one
 * @returns the placeholders with their paths; `[]` for a finished plan
 * @example
 * findPlaceholders({ mission: "TODO: missie", title: "IVP" })
 * //=> [{ path: ["mission"], text: "TODO: missie" }]
 */
export function findPlaceholders(plan: unknown): Placeholder[] {
  const found: Placeholder[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === "string") {
      if (PLACEHOLDER.test(value)) found.push({ path: [...path], text: value.trim() });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...path, i]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(plan, []);
  return found;
}

/**
 * How many texts in a plan are still placeholders: `findPlaceholders(plan).length`,
 * without building each one's path and text (what a report's header needs;
 * in `ivp bulk` the paths cost some 4 % of a report's HTML).
 *
 * @param plan - a plan, or any part of one
 * @returns the number of placeholder texts; 0 for a finished plan
 * @example
 * countPlaceholders({ mission: "TODO: missie", themes: [{ goal: "TODO" }] }) //=> 2
 */
export function countPlaceholders(plan: unknown): number {
  if (typeof plan === "string") return PLACEHOLDER.test(plan) ? 1 : 0;
  if (plan === null || typeof plan !== "object") return 0;
  let count = 0;
  if (Array.isArray(plan)) {
    for (let i = 0; i < plan.length; i++) count += countPlaceholders(plan[i]);
  } else {
    for (const item of Object.values(plan)) count += countPlaceholders(item);
  }
  return count;
}
