import { isAbsolute, relative, resolve } from "node:path";
import type { DataFileReader } from "./read-data-files.ts";
import { NotARegularFileError, readRegularFile } from "./regular-file.ts";

/**
 * Reads a plan's data files from disk: a path relative to the plan directory
 * `dir`, refused when it lies outside it, read only when it is a regular file.
 *
 * @param dir - the plan directory
 * @param display - a path as shown in messages
 */
export function dataFileReader(dir: string, display: (path: string) => string): DataFileReader {
  return async (relativePath) => {
    const dataPath = resolve(dir, relativePath);
    const shown = display(dataPath);
    const inside = relative(dir, dataPath);
    if (inside.startsWith("..") || isAbsolute(inside)) {
      // The schema refuses `..` and absolute paths; this catches what slips
      // past a text check (a Windows drive path read on Linux, say).
      return {
        success: false,
        code: "data-outside-plan",
        message: `the data file ${relativePath} lies outside the plan directory`,
        expected: "a .csv path inside the plan directory, such as data/politie.csv",
      };
    }
    try {
      return {
        success: true,
        bytes: await readRegularFile(dataPath, shown),
        path: dataPath,
        shown,
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (error instanceof NotARegularFileError) {
        return {
          success: false,
          code: "not-a-regular-file",
          message: `the data file ${shown} is a ${error.kind}, not a regular file`,
          hint: "a data file is a CSV file; replace what is at this path with one",
        };
      }
      return {
        success: false,
        code: "file-not-found",
        message:
          code === "ENOENT"
            ? `the data file ${shown} does not exist`
            : `cannot read the data file ${shown}${code ? ` (${code})` : ""}`,
      };
    }
  };
}
