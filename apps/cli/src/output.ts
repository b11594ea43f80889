import { writeStandardOutput } from "./standard-output.ts";

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
    await writeStandardOutput(text);
    return;
  }
  // The file-writing half is loaded only for --out (see output-file.ts).
  const { writeOutputFile } = await import("./output-file.ts");
  await writeOutputFile(text, { ...options, out: options.out });
}
