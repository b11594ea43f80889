import { randomBytes } from "node:crypto";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { checkOutputPath, NotARegularFileError, readRegularFile } from "@ivp/plan-file/node";
import { changedMeanwhile } from "../data-file/import-figures.ts";
import { importError } from "../messages/say.ts";

/** A file to write, and whether to keep a backup of what it replaces. */
export interface FileWrite {
  readonly path: string;
  readonly text: string;
  /** Copy the existing file to `<path>.bak` first. */
  readonly backup: boolean;
  /**
   * The text the new one was computed from (`null`: the file did not exist).
   * When given, the file is read again just before it is replaced, and a
   * difference (another program wrote to it meanwhile) stops the whole write:
   * its figures would otherwise be lost.
   */
  readonly basis?: string | null;
  /** The path as messages show it; default `path`. */
  readonly display?: string;
}

async function currentText(write: FileWrite): Promise<string | null> {
  try {
    return (await readRegularFile(write.path, write.display)).toString("utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Writes several files as one step as far as a file system allows: every
 * target (and backup) must be a regular file or a new path, checked before a
 * byte is written; every new text goes to a temporary file next to its target
 * first; when all of them are written, each file with a `basis` is checked to
 * be unchanged; only then are backups made (`<file>.bak`) and the temporary
 * files renamed over their targets. A failure before the renames leaves every
 * file as it was.
 *
 * @param writes - the files to write
 * @returns the backups made
 * @throws ImportError (`not-a-regular-file`) for a target that is a directory, a named pipe, a socket or a device; (`plan-busy`) when a file changed since it was read
 * @example
 * await writeFilesAtomically([{ path: "data/politie.csv", text, backup: true }]) //=> ["data/politie.csv.bak"]
 */
export async function writeFilesAtomically(writes: readonly FileWrite[]): Promise<string[]> {
  for (const write of writes) {
    const shown = write.display ?? write.path;
    for (const [path, what] of [
      [write.path, shown],
      ...(write.backup ? [[`${write.path}.bak`, `${shown}.bak`]] : []),
    ] as const) {
      try {
        await checkOutputPath(path, what);
      } catch (error) {
        if (!(error instanceof NotARegularFileError)) throw error;
        throw importError(
          "not-a-regular-file",
          "mapping/target-not-regular",
          { kind: error.kind },
          {
            location: { file: what },
            hintId: "mapping/target-not-regular-hint",
            cause: error,
          },
        );
      }
    }
  }
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
    for (const write of writes) {
      if (write.basis !== undefined && (await currentText(write)) !== write.basis) {
        throw changedMeanwhile(write.display ?? write.path);
      }
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
