// Writes a recording of `pnpm bench` into bench/results without overwriting
// an earlier one: the first free name of <name>, <name>-2, <name>-3... for
// both the .json and the .md (a second run on the same day and machine used
// to replace the first's files).
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Writes `json` and `markdown` as <dir>/<name>[-n].json and .md; returns the name used. */
export function recordResults(dir, name, json, markdown) {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? name : `${name}-${n}`;
    const written = [];
    try {
      for (const [extension, text] of [
        ["json", json],
        ["md", markdown],
      ]) {
        const path = join(dir, `${candidate}.${extension}`);
        const fd = openSync(path, "wx"); // fails when the file exists
        written.push(path);
        try {
          writeSync(fd, text);
        } finally {
          closeSync(fd);
        }
      }
      return candidate;
    } catch (error) {
      // Take back what this name's attempt wrote, then try the next name.
      for (const path of written) rmSync(path, { force: true });
      if (error?.code !== "EEXIST") throw error;
    }
  }
}
