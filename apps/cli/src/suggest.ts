import { closestMatch } from "@ivp/model";

/**
 * The closest of `candidates` to a mistyped word, or `undefined`. The
 * dispatcher imports this module only when there is a mistake to explain:
 * `@ivp/model` is not part of the CLI's start-up.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  return closestMatch(word, candidates);
}
