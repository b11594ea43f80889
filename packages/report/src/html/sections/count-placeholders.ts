/**
 * A text that starts with `TODO`: the same mark as `findPlaceholders` in
 * `@ivp/model` (text/placeholders.ts) looks for.
 */
const PLACEHOLDER = /^\s*TODO\b/;

/**
 * How many texts in a plan are still placeholders: `findPlaceholders(plan).length`,
 * without building each one's path and text.
 *
 * Why not `findPlaceholders`: the report's header needs only the number, and
 * the model's walk copies a path array for every value of the plan and an
 * `[key, value]` pair per field; in `ivp bulk` that was some 4 % of a
 * report's HTML. Tested against `findPlaceholders` (count-placeholders.test.ts).
 */
export function countPlaceholders(value: unknown): number {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? 1 : 0;
  if (value === null || typeof value !== "object") return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) count += countPlaceholders(value[i]);
  } else {
    for (const item of Object.values(value)) count += countPlaceholders(item);
  }
  return count;
}
