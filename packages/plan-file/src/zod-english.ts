import { config, globalConfig } from "zod/v4/core";
import en from "zod/v4/locales/en.js";

/**
 * Sets zod's English messages (what zod's classic API does by default) unless
 * the application set a locale of its own.
 *
 * `@ivp/model` writes its schemas with `zod/mini`, which leaves the words of
 * its issues to a locale, and sets none: a browser bundle of the model alone
 * is 0.76 kB (brotli) smaller without zod's English messages
 * (packages/model/.size-limit.json), and the model never shows a zod message
 * itself. This package does (a schema issue that `describeZodIssues` has no
 * words of its own for keeps zod's), so it sets English before it validates a
 * plan; so does `@ivp/importers` before it checks a plan it made.
 *
 * @example
 * useZodEnglishMessages();
 * planSchema.safeParse({ ...plan, title: 42 }).error?.issues[0]?.message
 * //=> "Invalid input: expected string, received number" (without it: "Invalid input")
 */
export function useZodEnglishMessages(): void {
  if (!globalConfig.localeError) config(en());
}
