import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { IvpError } from "@ivp/model";

/**
 * Reads a whole file synchronously, only when it is a regular file: the
 * path's `stat` first, then an open that never blocks (a named pipe put in
 * its place meanwhile) and the open file's own `stat`. Anything else (a
 * named pipe, a device, a socket, a directory) throws an `IvpError` with the code
 * `not-a-regular-file`, before a byte is read; a named pipe would otherwise block
 * the command forever. The synchronous twin of `@ivp/plan-file`'s
 * `readRegularFile`, for the plan cache, which reads files before the plan
 * readers check them.
 *
 * @example
 * readRegularFileSync("plan.yaml") //=> <Buffer 23 20 ...>
 */
export function readRegularFileSync(path: string): Buffer {
  return withRegularFileSync(path, (fd) => readFileSync(fd));
}

/**
 * Runs `read` on a file opened as {@link readRegularFileSync} opens it (only
 * a regular file; the same errors), with its descriptor and its size as its
 * own `stat` gives it, and closes it after.
 *
 * `ownFile`: a file ivp wrote itself, in its own cache directory, opened
 * without the path's `stat` first (one call into the file system fewer); a
 * named pipe or a device put in its place is still refused by the open
 * file's `stat`, before a byte is read, but opened (without blocking).
 */
export function withRegularFileSync<T>(
  path: string,
  read: (fd: number, size: number) => T,
  options: { readonly ownFile?: boolean } = {},
): T {
  if (!options.ownFile && !statSync(path).isFile()) throw notRegular(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegular(path);
    return read(fd, stat.size);
  } finally {
    closeSync(fd);
  }
}

function notRegular(path: string): IvpError {
  return new IvpError("not-a-regular-file", `${path} is not a regular file`, {
    location: { file: path },
  });
}
