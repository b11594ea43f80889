import { describe, expect, it } from "vitest";
import { globalConfig } from "zod/v4/core";
import * as model from "../index.ts";

describe("zod's locale", () => {
  it("is left to the application: the model sets none (its browser bundle stays without zod's English)", () => {
    expect(Object.keys(model)).toContain("planSchema");
    expect(globalConfig.localeError).toBeUndefined();
    // zod's own issue in its bare words; the model's own rules keep theirs.
    const issues = model.planSchema.safeParse({ schemaVersion: 1, id: "Laren_X", title: 42 }).error
      ?.issues;
    expect(issues?.find((issue) => issue.path[0] === "title")?.message).toBe("Invalid input");
    expect(issues?.find((issue) => issue.path[0] === "id")?.message).toMatch(
      /^an id uses lower-case letters/,
    );
  });
});
