/**
 * Standard output of the CLI.
 *
 * Node creates `process.stdout` when it is first used, and with it loads its
 * stream modules: some 9 million instructions of the ~190 million of an
 * `ivp status` (Node 20, callgrind), more than reading the plan from its
 * cache. So dist/ivp.js, the CLI as users run it, calls
 * {@link writeStandardOutputDirectly} at its start, and the commands' text
 * goes to file descriptor 1 with `fs.writeSync`, as Node's own stream writes
 * to a file, a pipe or a terminal on POSIX (synchronously). When that is not
 * possible (a non-blocking pipe that is full, any other error but a closed
 * pipe), the rest goes through `process.stdout` as before. A closed pipe
 * (`ivp table ... | head`) is not an error: the process ends with 0, as it
 * always did.
 *
 * `main()` called within another program (the in-process tests) writes to
 * `process.stdout`, where that program can capture it. On Windows, always
 * `process.stdout` (its console stream converts the text for the console).
 *
 * The choice is kept on `globalThis` because every command is a bundle of its
 * own (as the CLI's messages, see messages/say.ts).
 */
import { writeSync } from "node:fs";

const DIRECT = Symbol.for("ivp.cli.stdout-direct");

/** Whether dist/ivp.js asked for the direct way. */
function direct(): boolean {
  return (globalThis as { [DIRECT]?: boolean })[DIRECT] === true;
}

/**
 * From now on, {@link writeStandardOutput} writes to file descriptor 1
 * itself, in every bundle of this process (not on Windows), and a closed pipe
 * ends the process quietly however standard output is written: when
 * `process.stdout` is created (by this module's fallback, or by a command that
 * writes to it), it gets the listener that ivp.ts used to add at every start.
 * For dist/ivp.js only.
 */
export function writeStandardOutputDirectly(): void {
  const own = Object.getOwnPropertyDescriptor(process, "stdout");
  const create = own?.get;
  if (process.platform === "win32" || !own?.configurable || create === undefined) {
    process.stdout.on("error", exitOnClosedPipe);
    return;
  }
  let created: NodeJS.WriteStream | undefined;
  Object.defineProperty(process, "stdout", {
    ...own,
    get(): NodeJS.WriteStream {
      if (created === undefined) {
        created = create.call(process) as NodeJS.WriteStream;
        created.on("error", exitOnClosedPipe);
      }
      return created;
    },
  });
  (globalThis as { [DIRECT]?: boolean })[DIRECT] = true;
}

/** A closed pipe is not an error: the process ends with 0. Any other error is thrown. */
function exitOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
}

/** Writes through `process.stdout`; resolves once the text is handed over. */
function writeToStream(data: string | Uint8Array): Promise<void> {
  return new Promise<void>((done, fail) => {
    process.stdout.write(data, (error) => (error ? fail(error) : done()));
  });
}

/**
 * Writes `text` to standard output (see the module's header); resolves when it
 * is written or handed to `process.stdout`.
 *
 * A text goes to `writeSync` as it is (Node writes a string without a buffer
 * of its own): only when the descriptor took part of it is the rest turned
 * into bytes. `Buffer.from` of a string costs a status some 0.3 million
 * instructions (Node 20, callgrind) of compiling Node's functions for it,
 * which nothing else of a status runs.
 */
export async function writeStandardOutput(text: string | Uint8Array): Promise<void> {
  if (!direct()) return writeToStream(text);
  if (text.length === 0) return;
  let data: Uint8Array;
  let offset = 0;
  if (typeof text === "string") {
    try {
      offset = writeSync(1, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
      return writeToStream(text);
    }
    // Its UTF-8 length: all of it, as a rule.
    if (offset === Buffer.byteLength(text)) return;
    data = Buffer.from(text, "utf8");
  } else {
    data = text;
  }
  while (offset < data.length) {
    try {
      offset += writeSync(1, data, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
      return writeToStream(data.subarray(offset));
    }
  }
}
