import { IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.ts";
import { planErrorToCli } from "./plan-error-to-cli.ts";

describe("planErrorToCli", () => {
  it("prints a refused plan as formatIssue's error line at the plan file, exit code 1", async () => {
    const cause = new IvpError(
      "incomparable-periods",
      "2017 and 2018-H1 do not cover the same months",
    );
    const error = await planErrorToCli(cause, "plan.yaml");
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({
      message: "plan.yaml  2017 and 2018-H1 do not cover the same months",
      exitCode: 1,
      code: "incomparable-periods",
      cause,
    });
  });

  it("keeps the error's own location and hint", async () => {
    const cause = new IvpError("invalid-number", "not a count", {
      location: { file: "data.csv", line: 4, column: 7 },
      hint: "write a whole number",
    });
    expect(await planErrorToCli(cause, "plan.yaml")).toMatchObject({
      message: "data.csv:4:7  not a count (write a whole number)",
    });
  });

  it("returns a usage error, a bug and anything else as they are", async () => {
    const usage = new CliError("--as-of: no period", 2);
    const bug = new IvpError("internal", "an invariant failed");
    const other = new TypeError("not ours");
    expect(await planErrorToCli(usage, "plan.yaml")).toBe(usage);
    expect(await planErrorToCli(bug, "plan.yaml")).toBe(bug);
    expect(await planErrorToCli(other, "plan.yaml")).toBe(other);
  });
});
