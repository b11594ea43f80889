import type { Stats } from "node:fs";
import { constants } from "node:fs";
import { type FileHandle, open, stat } from "node:fs/promises";
import { IvpError } from "@ivp/model";

/**
 * What a path is. ivp reads and writes only regular files: reading a named
 * pipe blocks until someone writes to it (forever, for `ivp validate`), a
 * device yields endless bytes or none, and writing "atomically" over a device
 * or a socket would replace it with a regular file.
 */
export type FileKind =
  | "regular file"
  | "directory"
  | "named pipe (FIFO)"
  | "socket"
  | "character device"
  | "block device"
  | "special file";

/**
 * The kind of a file from its `stat`.
 *
 * @example
 * fileKind(await stat("/tmp")) //=> "directory"
 */
export function fileKind(info: Stats): FileKind {
  if (info.isFile()) return "regular file";
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "named pipe (FIFO)";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  return "special file";
}

/**
 * A path that exists but is not a regular file, where ivp needs one. Its
 * message names the path and what it is.
 *
 * @example
 * new NotARegularFileError("data/politie.csv", "named pipe (FIFO)").message
 * //=> "data/politie.csv is a named pipe (FIFO), not a regular file"
 */
export class NotARegularFileError extends IvpError {
  override readonly name = "NotARegularFileError";
  override readonly code = "not-a-regular-file";
  readonly path: string;
  readonly kind: FileKind;

  constructor(path: string, kind: FileKind) {
    super("not-a-regular-file", `${path} is a ${kind}, not a regular file`, {
      location: { file: path },
    });
    this.path = path;
    this.kind = kind;
  }
}

/**
 * Opens a file for reading, refusing anything that is not a regular file
 * before a byte is read: the path is checked with `stat` (opening some
 * devices has effects of its own), then opened without blocking (a named
 * pipe put in its place meanwhile would block `open`) and checked again on
 * the open handle, which is what is read.
 *
 * @param path - the file
 * @param shown - the path as messages show it
 * @throws NotARegularFileError for a directory, a named pipe, a socket or a device; the `fs` error (`ENOENT`, `EACCES`) when it cannot be opened
 * @example
 * const handle = await openRegularFile("plan.yaml", "plan.yaml");
 * try { await handle.readFile("utf8") } finally { await handle.close() }
 */
export async function openRegularFile(path: string, shown: string = path): Promise<FileHandle> {
  const before = await stat(path);
  if (!before.isFile()) throw new NotARegularFileError(shown, fileKind(before));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const after = await handle.stat();
    if (!after.isFile()) throw new NotARegularFileError(shown, fileKind(after));
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads a whole regular file (see {@link openRegularFile}).
 *
 * @example
 * await readRegularFile("data/politie.csv") //=> <Buffer 73 65 72 69 65 73 ...>
 */
export async function readRegularFile(path: string, shown: string = path): Promise<Buffer> {
  const handle = await openRegularFile(path, shown);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * Checks that ivp may write a file at `path`: nothing is there yet, or a
 * regular file (which a rename then replaces). A directory, a named pipe, a
 * socket or a device is refused, before anything is written.
 *
 * @throws NotARegularFileError when something other than a regular file is at the path
 * @example
 * await checkOutputPath("report.html") // resolves: a new path or a regular file
 */
export async function checkOutputPath(path: string, shown: string = path): Promise<void> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw error;
  }
  if (!info.isFile()) throw new NotARegularFileError(shown, fileKind(info));
}
