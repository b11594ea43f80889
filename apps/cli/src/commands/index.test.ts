import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  allCommands,
  COMMAND_NAMES,
  COMMANDS,
  type CommandName,
  findCommand,
  RUNNERS,
  type RunnerTable,
} from "./index.ts";

describe("the command index", () => {
  it("has a folder with definition.ts and run.ts for every command, and no other folder", () => {
    const folders = readdirSync(import.meta.dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    expect(COMMANDS.map((c) => c.name)).toEqual([...COMMAND_NAMES]);
    expect(allCommands()).toEqual(COMMANDS);
    for (const name of folders) {
      expect(readdirSync(`${import.meta.dirname}/${name}`)).toEqual(
        expect.arrayContaining(["definition.ts", "run.ts"]),
      );
    }
  });

  it("finds each command's definition by its name, and nothing by another", () => {
    for (const command of COMMANDS) expect(findCommand(command.name)).toBe(command);
    for (const name of ["statu", "Status", "toString", "constructor", "__proto__", ""])
      expect(findCommand(name)).toBeUndefined();
  });

  it("has a runner for every command, and a command for every runner", async () => {
    expect(Object.keys(RUNNERS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const command of COMMANDS) expect(await RUNNERS[command.name]()).toBeTypeOf("function");
  });

  // The type checker (pnpm typecheck) enforces both at compile time: each
  // `@ts-expect-error` below fails the typecheck if its line compiles.
  it("does not compile a command without a runner, or a runner without a command", () => {
    const { status: _, ...withoutStatus } = RUNNERS;
    // @ts-expect-error: the command status has no runner
    const missing: RunnerTable = withoutStatus;
    // @ts-expect-error: a new command "audit" in COMMANDS, and no runner for it
    const unknown: RunnerTable<CommandName | "audit"> = RUNNERS;
    const extra: RunnerTable = {
      ...RUNNERS,
      // @ts-expect-error: a runner for "audit", which is no command
      audit: RUNNERS.status,
    };
    expect([missing, unknown, extra].every((table) => typeof table === "object")).toBe(true);
  });
});
