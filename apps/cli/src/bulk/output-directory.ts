import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { IvpError } from "@ivp/model";
import { fileKindText } from "@ivp/plan-file";
import { checkOutputPath, fileKind, NotARegularFileError } from "@ivp/plan-file/node";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { messageLanguage } from "../message-language.ts";
import { say } from "../messages/say.ts";

/** Options of {@link OutputDirectory.open}. */
export interface OpenOutputDirectoryOptions {
  /** Write into a directory that has files already (replacing files of the same name). */
  readonly force: boolean;
  /** Files that must never be overwritten (the data file, the template). */
  readonly inputs: readonly string[];
}

async function entriesOf(path: string, shown = path): Promise<string[] | undefined> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) {
      const kind = fileKindText(info.isFile() ? "file" : fileKind(info), messageLanguage());
      throw new CliError(say("bulk", "out-not-directory", { path: shown, kind }), EXIT.usage);
    }
    return await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The output directory of a bulk run. Every file is first written to a
 * hidden staging directory next to it (`.<name>.ivp-bulk-<random>`); only
 * when the whole run has succeeded does {@link commit} move the files in: the
 * staging directory is renamed to the output directory when that does not
 * exist or is empty (all files appear at once), else (with `--force`) each
 * file is renamed over its namesake (each file is replaced atomically). A run
 * that fails, or is interrupted, leaves no output.
 */
export class OutputDirectory {
  readonly path: string;
  readonly #staging: string;
  readonly #inputs: ReadonlySet<string>;
  readonly #cleanup = () => {
    rmSync(this.#staging, { recursive: true, force: true });
    process.exit(130);
  };
  readonly #written = new Set<string>();
  readonly #directories = new Set<string>();

  private constructor(path: string, staging: string, inputs: ReadonlySet<string>) {
    this.path = path;
    this.#staging = staging;
    this.#inputs = inputs;
  }

  /**
   * Checks the output directory and creates the staging directory. Refuses a
   * directory with files in it unless `force`, and a path that is a file.
   */
  static async open(out: string, options: OpenOutputDirectoryOptions): Promise<OutputDirectory> {
    const path = resolve(out);
    const entries = await entriesOf(path, out);
    if (entries && entries.length > 0 && !options.force) {
      throw new CliError(say("bulk", "out-not-empty", { out, count: entries.length }), EXIT.usage);
    }
    const inputs = new Set(options.inputs.map((p) => resolve(p)));
    await mkdir(dirname(path), { recursive: true });
    const staging = join(
      dirname(path),
      `.${basename(path)}.ivp-bulk-${randomBytes(6).toString("hex")}`,
    );
    // Ready to clean up before the staging directory exists: an interrupt at any moment leaves nothing.
    const directory = new OutputDirectory(path, staging, inputs);
    process.once("SIGINT", directory.#cleanup);
    process.once("SIGTERM", directory.#cleanup);
    await mkdir(staging);
    return directory;
  }

  /** How many files have been written. */
  get files(): number {
    return this.#written.size;
  }

  /**
   * Writes a file (path relative to the output directory, `/` separated) into
   * the staging directory; writing the same path again replaces it. Nobody
   * reads the staging directory, so a plain write suffices there: a file
   * becomes visible only by {@link commit}'s rename, whole.
   */
  async write(path: string, text: string): Promise<void> {
    await writeFile(await this.stage(path), text);
  }

  /**
   * Checks a path (relative to the output directory, `/` separated) as
   * {@link write} does and returns the file in the staging directory to write
   * it to (its directory made): for a writer in another thread.
   */
  async stage(path: string): Promise<string> {
    const target = resolve(this.path, path);
    if (!target.startsWith(this.path + sep))
      throw new IvpError("internal", say("internal", "output-outside-out", { path }));
    if (this.#inputs.has(target)) {
      throw new CliError(
        say("output", "input-file", { file: relative(process.cwd(), target) }),
        EXIT.usage,
      );
    }
    const staged = join(this.#staging, relative(this.path, target));
    const parent = dirname(staged);
    if (!this.#directories.has(parent)) {
      await mkdir(parent, { recursive: true });
      this.#directories.add(parent);
    }
    this.#written.add(staged);
    return staged;
  }

  /** Moves the staged files into the output directory; returns their number. */
  async commit(): Promise<number> {
    this.#release();
    const entries = await entriesOf(this.path);
    if (entries === undefined || entries.length === 0) {
      if (entries !== undefined) await rmdir(this.path);
      await rename(this.#staging, this.path);
      return this.files;
    }
    const moves: { from: string; to: string }[] = [];
    for (const entry of await readdir(this.#staging, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      moves.push({ from, to: join(this.path, relative(this.#staging, from)) });
    }
    // Replace only regular files: checked for all before the first is moved.
    for (const { to } of moves) {
      const shown = relative(process.cwd(), to) || to;
      try {
        await checkOutputPath(to, shown);
      } catch (error) {
        await this.discard();
        if (!(error instanceof NotARegularFileError)) throw error;
        throw new CliError(
          say("bulk", "not-regular", {
            file: shown,
            kind: fileKindText(error.kind, messageLanguage()),
          }),
          EXIT.usage,
          { cause: error },
        );
      }
    }
    for (const { from, to } of moves) {
      await mkdir(dirname(to), { recursive: true });
      await rename(from, to);
    }
    await rm(this.#staging, { recursive: true, force: true });
    return this.files;
  }

  /** Removes the staging directory and everything in it. */
  async discard(): Promise<void> {
    this.#release();
    await rm(this.#staging, { recursive: true, force: true });
  }

  #release(): void {
    process.off("SIGINT", this.#cleanup);
    process.off("SIGTERM", this.#cleanup);
  }
}
