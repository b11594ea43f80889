import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { checkOutputPath, NotARegularFileError } from "@ivp/plan-file/node";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { fileKindText, say } from "./messages/say.ts";

/** Options of {@link writeOutput}. */
export interface WriteOutputOptions {
  /** Write here instead of standard output. */
  readonly out?: string | undefined;
  /** Files that must never be overwritten (the plan and its data files). */
  readonly inputs?: readonly string[];
}

/**
 * Writes a command's output: to standard output, or atomically to a file (a
 * temporary file in the same directory, then a rename), so a reader never sees
 * a half-written file and a failure leaves no file behind. Refuses to
 * overwrite an input file, and writes only to a new path or over a regular
 * file: a directory, a named pipe, a socket or a device at `--out` is refused
 * before a byte is written (a rename would replace a device with a file).
 */
export async function writeOutput(
  text: string | Uint8Array,
  options: WriteOutputOptions = {},
): Promise<void> {
  if (options.out === undefined) {
    await new Promise<void>((done, fail) => {
      process.stdout.write(text, (error) => (error ? fail(error) : done()));
    });
    return;
  }
  const target = resolve(options.out);
  if ((options.inputs ?? []).some((input) => resolve(input) === target)) {
    throw new CliError(say("output", "input-file", { file: options.out }), EXIT.usage);
  }
  try {
    await checkOutputPath(target, options.out);
  } catch (error) {
    if (error instanceof NotARegularFileError) {
      throw new CliError(
        say("output", "not-regular", { file: options.out, kind: fileKindText(error.kind) }),
        EXIT.usage,
        { cause: error },
      );
    }
    throw error;
  }
  await writeFileAtomic(target, text);
}

/** Writes a file via a temporary file and a rename. */
async function writeFileAtomic(path: string, text: string | Uint8Array): Promise<void> {
  // Imported here, not at the top: node:crypto costs every command's start-up
  // some 23 million instructions, and most commands write to standard output.
  const { randomBytes } = await import("node:crypto");
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      say("output", "cannot-write", { path, code: code ? ` (${code})` : "" }),
      EXIT.invalidInput,
      { code: "cannot-write", cause: error },
    );
  }
}
