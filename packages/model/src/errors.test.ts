import { describe, expect, it } from "vitest";
import { IvpError } from "./errors.ts";

describe("IvpError", () => {
  it("carries a code, a location, a hint and the standard cause", () => {
    const cause = new Error("ENOENT: no such file");
    const error = new IvpError("malformed-file", "a quoted field is not closed", {
      location: { file: "a.csv", line: 9, column: 14 },
      hint: "close the quote",
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("IvpError");
    expect(error.code).toBe("malformed-file");
    expect(error.message).toBe("a quoted field is not closed");
    expect(error.location).toEqual({ file: "a.csv", line: 9, column: 14 });
    expect(error.hint).toBe("close the quote");
    expect(error.cause).toBe(cause);
  });

  it("has no location, hint or cause unless given: not even as undefined properties", () => {
    const error = new IvpError("invalid-period", '"2017-H3" is not a period');
    expect(Object.keys(error)).toEqual(["name", "code"]);
    expect("cause" in error).toBe(false);
    expect("location" in error).toBe(false);
    expect("hint" in error).toBe(false);
    expect("messageId" in error).toBe(false);
    expect("data" in error).toBe(false);
  });

  it("carries its message as data when given: an id and the values of its placeholders", () => {
    const error = new IvpError("unknown-table", 'the plan has no table "x" (tables: a)', {
      messageId: "unknown-table",
      data: { table: "x", tables: "a" },
    });
    expect(error.messageId).toBe("unknown-table");
    expect(error.data).toEqual({ table: "x", tables: "a" });
    expect(Object.keys(new IvpError("internal", "x", { data: { count: 1 } }))).toEqual([
      "name",
      "code",
      "data",
    ]);
    expect(Object.keys(new IvpError("internal", "x", { messageId: "y" }))).toEqual([
      "name",
      "code",
      "messageId",
    ]);
  });

  it("keeps its subclasses' names", () => {
    class NamedError extends IvpError {
      override readonly name = "NamedError";
    }
    const error = new NamedError("internal", "x");
    expect(error).toBeInstanceOf(IvpError);
    expect(error.name).toBe("NamedError");
  });
});
