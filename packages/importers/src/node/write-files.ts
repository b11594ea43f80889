import { randomBytes } from "node:crypto";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A file to write, and whether to keep a backup of what it replaces. */
export interface FileWrite {
  readonly path: string;
  readonly text: string;
  /** Copy the existing file to `<path>.bak` first. */
  readonly backup: boolean;
}

/**
 * Writes several files as one step as far as a file system allows: every new
 * text goes to a temporary file next to its target first; only when all of
 * them are written are backups made (`<file>.bak`) and the temporary files
 * renamed over their targets. A failure before the renames leaves every file
 * as it was.
 *
 * @param writes - the files to write
 * @returns the backups made
 * @example
 * await writeFilesAtomically([{ path: "data/politie.csv", text, backup: true }]) //=> ["data/politie.csv.bak"]
 */
export async function writeFilesAtomically(writes: readonly FileWrite[]): Promise<string[]> {
  const temporaries: { temporary: string; write: FileWrite }[] = [];
  try {
    for (const write of writes) {
      await mkdir(dirname(write.path), { recursive: true });
      const temporary = join(
        dirname(write.path),
        `.${basename(write.path)}.${randomBytes(6).toString("hex")}.tmp`,
      );
      await writeFile(temporary, write.text, { flag: "wx" });
      temporaries.push({ temporary, write });
    }
  } catch (error) {
    await Promise.all(temporaries.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  const backups: string[] = [];
  for (const { temporary, write } of temporaries) {
    if (write.backup) {
      const backup = `${write.path}.bak`;
      await copyFile(write.path, backup);
      backups.push(backup);
    }
    await rename(temporary, write.path);
  }
  return backups;
}
