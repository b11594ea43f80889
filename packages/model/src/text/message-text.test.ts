import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { fillMessage, MESSAGE_PLACEHOLDER } from "./message-text.ts";

const figures = { one: "{count} figure in {area}", other: "{count} figures in {area}" } as const;

describe("fillMessage", () => {
  it("fills every placeholder, each time it occurs, and leaves the rest of the text as it is", () => {
    expect(fillMessage("en", "{a} and {b}, then {a} again", { a: "x", b: 2 }, "t")).toBe(
      "x and 2, then x again",
    );
    expect(fillMessage("en", "no placeholders {}", {}, "t")).toBe("no placeholders {}");
  });

  it("chooses the plural form by the count in the language's plural rules", () => {
    expect(fillMessage("en", figures, { count: 1, area: "Laren" }, "t")).toBe("1 figure in Laren");
    expect(fillMessage("en", figures, { count: 0, area: "Laren" }, "t")).toBe("0 figures in Laren");
    expect(
      fillMessage("nl", { one: "{count} cijfer", other: "{count} cijfers" }, { count: 1.5 }, "t"),
    ).toBe("1.5 cijfers");
  });

  it("writes each value with the writer it is given", () => {
    expect(fillMessage("nl", "{x} of {y}", { x: 0.5, y: 2 }, "t", (v) => `<${v}>`)).toBe(
      "<0.5> of <2>",
    );
  });

  it("refuses a plural without a number as its count and a placeholder without a value (bugs)", () => {
    expect(() => fillMessage("en", figures, { area: "Laren" }, "import/figures")).toThrow(
      "import/figures needs a number as its count",
    );
    expect(() => fillMessage("en", figures, { count: "2", area: "x" }, "f")).toThrow(
      "f needs a number as its count",
    );
    expect(() => fillMessage("en", "in {area}", {}, "usage/see-help")).toThrow(
      "usage/see-help needs a value for {area}",
    );
    let thrown: unknown;
    try {
      fillMessage("en", "{a}", {}, "t");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IvpError);
    expect((thrown as IvpError).code).toBe("internal");
  });

  it("names a placeholder by word characters between braces", () => {
    expect([..."{a} {b_2} {not one} {}".matchAll(MESSAGE_PLACEHOLDER)].map((m) => m[1])).toEqual([
      "a",
      "b_2",
    ]);
  });
});
