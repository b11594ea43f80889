import { isAbsolute, relative, resolve } from "node:path";
import { planFileSay } from "./messages/say.ts";
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
  return async (relativePath, lang) => {
    const say = planFileSay(lang);
    const dataPath = resolve(dir, relativePath);
    const shown = display(dataPath);
    const inside = relative(dir, dataPath);
    if (inside.startsWith("..") || isAbsolute(inside)) {
      // The schema refuses `..` and absolute paths; this catches what slips
      // past a text check (a Windows drive path read on Linux, say).
      return {
        success: false,
        code: "data-outside-plan",
        message: say("files", "data-outside", { path: relativePath }),
        expected: say("files", "data-outside-expected"),
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
          message: say("files", "data-not-regular", {
            path: shown,
            kind: say("file-kinds", error.kind),
          }),
          hint: say("files", "data-not-regular-hint"),
        };
      }
      return {
        success: false,
        code: "file-not-found",
        message:
          code === "ENOENT"
            ? say("files", "data-missing", { path: shown })
            : code
              ? say("files", "cannot-read-data-code", { path: shown, code })
              : say("files", "cannot-read-data", { path: shown }),
      };
    }
  };
}
