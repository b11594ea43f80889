import { planSchema } from "@ivp/model";
import { MINIMAL_PLAN } from "@ivp/testkit/plans";
import { describe, expect, it } from "vitest";
import { config, globalConfig } from "zod/v4/core";
import { parsePlanYaml } from "./parse-plan-yaml.ts";
import { useZodEnglishMessages } from "./zod-english.ts";

/** zod's message for a title that is a number. */
const titleMessage = () =>
  planSchema.safeParse({ ...MINIMAL_PLAN, title: 42 }).error?.issues[0]?.message;

describe("useZodEnglishMessages", () => {
  // One test: zod's configuration is global to this file's module graph.
  it("sets zod's English words once, where the model set none, and keeps an application's locale", () => {
    // @ivp/model sets no locale: zod/mini's bare words.
    expect(globalConfig.localeError).toBeUndefined();
    expect(titleMessage()).toBe("Invalid input");

    // parsePlanYaml sets English before it validates.
    parsePlanYaml("schemaVersion: 1\n", "plan.yaml");
    const english = globalConfig.localeError;
    expect(english).toBeDefined();
    expect(titleMessage()).toBe("Invalid input: expected string, received number");

    // Again: the same locale, not a new one.
    useZodEnglishMessages();
    expect(globalConfig.localeError).toBe(english);

    // An application's own locale is kept.
    const own = () => "eigen woorden";
    config({ localeError: own });
    useZodEnglishMessages();
    expect(globalConfig.localeError).toBe(own);
    expect(titleMessage()).toBe("eigen woorden");
  });
});
