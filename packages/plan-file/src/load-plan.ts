import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import type { Issue, IssueCode, Language } from "@ivp/model";
import { type LoadPlanResult, loadPlanFromBytes } from "./load-plan-files.ts";
import { planFileSay } from "./messages/say.ts";
import { PLAN_FILE_NAME } from "./plan-file-name.ts";
import { dataFileReader } from "./read-data-file-node.ts";
import { NotARegularFileError, readRegularFile } from "./regular-file.ts";

export type { LoadedPlan, LoadPlanResult } from "./load-plan-files.ts";
export { PLAN_FILE_NAME };

/**
 * Reads a plan: a directory with `plan.yaml` (or the path of a plan file
 * itself) and the CSV data files it lists. Problems come back as issues with
 * file, line and column; nothing is thrown for bad input.
 *
 * @param target - a plan directory or a plan.yaml file
 * @param options - `displayBase`: file names in messages are relative to it (default: the working directory); `lang`: the language of the issues' messages (default English)
 * @example
 * const result = await loadPlan("examples/laren-2019-2022");
 * if (result.success) result.plan.municipality.code //=> "GM0417"
 */
export async function loadPlan(
  target: string,
  options: { displayBase?: string; lang?: Language } = {},
): Promise<LoadPlanResult> {
  const { lang = "en" } = options;
  const say = planFileSay(lang);
  const base = options.displayBase ?? process.cwd();
  const display = (path: string) => relative(base, path) || basename(path);
  const absolute = resolve(target);
  let planPath = absolute;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) planPath = join(absolute, PLAN_FILE_NAME);
  } catch {
    return fileIssue(display(absolute), say("files", "no-such-path"), say("files", "give-plan"));
  }
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(planPath, display(planPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fileIssue(
      display(planPath),
      error instanceof NotARegularFileError
        ? say("files", "plan-not-regular", { kind: say("file-kinds", error.kind) })
        : code === "ENOENT"
          ? say("files", "no-such-file")
          : code
            ? say("files", "cannot-read-plan-code", { code })
            : say("files", "cannot-read-plan"),
      say("files", "plan-directory", { file: PLAN_FILE_NAME }),
      error instanceof NotARegularFileError ? "not-a-regular-file" : "file-not-found",
    );
  }
  const dir = dirname(planPath);
  return loadPlanFromBytes(bytes, {
    planFile: display(planPath),
    dir,
    readDataFile: dataFileReader(dir, display),
    lang,
  });
}

function fileIssue(
  file: string,
  message: string,
  hint: string,
  code: IssueCode = "file-not-found",
): LoadPlanResult {
  const issue: Issue = { code, severity: "error", location: { file }, message, hint };
  return { success: false, issues: [issue] };
}
