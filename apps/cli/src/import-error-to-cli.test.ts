import {
  addDataFileToPlan,
  createBulkTemplate,
  ImportError,
  instantiatePlan,
} from "@ivp/importers";
import { IvpError, type Plan, parsePeriodOrThrow } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.ts";
import { failOnImportError } from "./import-error-to-cli.ts";

/** What `failOnImportError` makes of what `action` throws, in `lang`. */
async function failure(action: () => unknown, lang: "nl" | "en"): Promise<unknown> {
  return failOnImportError(async () => action(), lang).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("failOnImportError", () => {
  it("an importer's internal error (a bug in ivp) stays one, its message in the reader's language", async () => {
    const error = await failure(() => addDataFileToPlan("data: 3\n", "x.csv"), "nl");
    // A bug in ivp stays one: main reports it as an internal error, in Dutch.
    expect(error).not.toBeInstanceOf(CliError);
    expect(error).toBeInstanceOf(IvpError);
    expect(error).toMatchObject({
      code: "internal",
      message: "data: in het planbestand is geen lijst; maak er een lijst van CSV-bestanden van",
    });
    expect((error as IvpError).cause).toBeInstanceOf(ImportError);
    expect(await failure(() => addDataFileToPlan("data: 3\n", "x.csv"), "en")).toMatchObject({
      code: "internal",
      message: "data: in the plan file is not a list; make it a list of CSV files",
    });
  });

  it("a model error an importer passes on: its words in the reader's language, exit code 1", async () => {
    const nl = await failure(() => parsePeriodOrThrow("2017-H3"), "nl");
    expect(nl).toBeInstanceOf(CliError);
    expect(nl).toMatchObject({ code: "invalid-period", exitCode: 1 });
    expect((nl as CliError).message).toMatch(/^"2017-H3" is geen periode: /);
    const en = (await failure(() => parsePeriodOrThrow("2017-H3"), "en")) as CliError;
    expect(en.message).toBe((en.cause as IvpError).message);
  });

  it("a user's template that makes no valid plan (ivp bulk): in the reader's language, exit code 1", async () => {
    const template = createBulkTemplate({ period: { start: 2020, end: 2023 } });
    const broken = {
      ...template,
      indicators: [{ ...template.indicators[0], source: "nergens" }],
    } as Plan;
    const laren = { code: "GM0417", codeIsSynthetic: false, name: "Laren", statlineName: "Laren" };
    const make = () => instantiatePlan(broken, { municipality: laren, yearFigure: () => 1 });
    const nl = (await failure(make, "nl")) as CliError;
    expect(nl).toBeInstanceOf(CliError);
    expect(nl).toMatchObject({ code: "invalid-plan", exitCode: 1 });
    const problem = (nl.cause as IvpError).data?.problem;
    expect(nl.message).toBe(`het sjabloon maakt geen geldig plan voor Laren (GM0417): ${problem}`);
    const en = (await failure(make, "en")) as CliError;
    expect(en.message).toBe(
      `the template does not make a valid plan for Laren (GM0417): ${problem}`,
    );
  });
});
