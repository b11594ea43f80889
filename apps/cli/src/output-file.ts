// Writing a command's output to a file (`--out`): imported by output.ts only
// then, so that a command writing to standard output loads neither
// node:fs/promises nor @ivp/plan-file/node's checks (some 5 million
// instructions of every start).
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { checkOutputPath, NotARegularFileError } from "@ivp/plan-file/node";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { messageLanguage } from "./message-language.ts";
import { say } from "./messages/say.ts";

/**
 * Writes `text` to the file `options.out`, as {@link writeOutput} describes.
 */
export async function writeOutputFile(
  text: string | Uint8Array,
  // writeOutput's options with `out` given (its type is not imported: output.ts imports this module).
  options: { readonly out: string; readonly inputs?: readonly string[] | undefined },
): Promise<void> {
  const target = resolve(options.out);
  if ((options.inputs ?? []).some((input) => resolve(input) === target)) {
    throw new CliError(say("output", "input-file", { file: options.out }), EXIT.usage);
  }
  try {
    await checkOutputPath(target, options.out);
  } catch (error) {
    if (error instanceof NotARegularFileError) {
      // Imported only for a mistake (see plan-file-text.ts).
      const { fileKindText } = await import("./plan-file-text.ts");
      throw new CliError(
        say("output", "not-regular", {
          file: options.out,
          kind: fileKindText(error.kind, messageLanguage()),
        }),
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
  // Imported here: node:crypto costs some 23 million instructions to load.
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
