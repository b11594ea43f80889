/**
 * Where the files a user opens go in the plan: `plan.yaml` at the root, a
 * plan's data file at the path plan.yaml lists for it (matched by name when
 * the browser gives no folder), and a StatLine CSV export imported into the
 * plan's data as `ivp import` would. Works on text; reads no files itself.
 */
import { OBSERVATION_COLUMNS, PLAN_FILE_NAME } from "@ivp/plan-file";
import { parse } from "yaml";
import { importStatline } from "./statline-import.ts";

/** A file as the browser gave it: its path (a folder picker's relative path, else the name) and text. */
export interface InputFile {
  readonly path: string;
  readonly text: string;
}

/** The plan's files after placing, the file to show, and what happened, in words. */
export interface Placed {
  /** The same map as given when nothing could be placed. */
  readonly files: Map<string, string>;
  readonly open: string;
  readonly messages: string[];
}

/** Whether a CSV is one of a plan's data files (its header starts `series,area,period,value`). */
function isDataFile(text: string): boolean {
  const header = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").replaceAll('"', "");
  const first = header.split(",").map((c) => c.trim());
  return OBSERVATION_COLUMNS.slice(0, 4).every((c, i) => first[i] === c);
}

/** The data files plan.yaml lists, if it can be read at all (the full check comes after). */
function listedDataFiles(planText: string | undefined): string[] {
  if (planText === undefined) return [];
  try {
    const data = (parse(planText) as { data?: unknown } | null)?.data;
    return Array.isArray(data) ? data.filter((d): d is string => typeof d === "string") : [];
  } catch {
    return [];
  }
}

const baseName = (path: string) => path.split("/").pop() ?? path;

/**
 * Places opened files into a plan. A set with a `plan.yaml` replaces the
 * plan; files without one are added to the current plan.
 *
 * @param input - the opened files
 * @param current - the plan's files now
 */
export async function placeFiles(
  input: readonly InputFile[],
  current: ReadonlyMap<string, string>,
): Promise<Placed> {
  const messages: string[] = [];
  // A folder picker gives "blaricum/plan.yaml": paths are made relative to plan.yaml's folder.
  const planInput = input.find((f) => baseName(f.path) === PLAN_FILE_NAME);
  const root = planInput ? planInput.path.slice(0, -PLAN_FILE_NAME.length) : "";
  const relative = (path: string) =>
    root && path.startsWith(root) ? path.slice(root.length) : path;
  const files = planInput ? new Map<string, string>() : new Map(current);
  if (planInput) files.set(PLAN_FILE_NAME, planInput.text);
  const listed = listedDataFiles(files.get(PLAN_FILE_NAME));
  let open = PLAN_FILE_NAME;
  const exports: InputFile[] = [];
  for (const file of input) {
    if (file === planInput) continue;
    const path = relative(file.path);
    if (!/\.csv$/i.test(path)) {
      if (/\.ya?ml$/i.test(path) && !path.includes("/"))
        messages.push(`${path} is not plan.yaml; rename it to open it.`);
      continue;
    }
    if (!isDataFile(file.text)) {
      exports.push(file);
      continue;
    }
    const target = path.includes("/")
      ? path
      : (listed.find((l) => baseName(l) === path) ?? `data/${path}`);
    files.set(target, file.text);
    if (!listed.includes(target))
      messages.push(`${target} is not listed under data: in plan.yaml.`);
  }
  if (!files.has(PLAN_FILE_NAME)) {
    messages.push("Open a plan.yaml first (or an example), then its data files.");
    return { files: current as Map<string, string>, open, messages };
  }
  for (const file of exports) {
    const imported = await importStatline(files, file);
    messages.push(imported.message);
    if (imported.success) {
      for (const [path, text] of imported.files) files.set(path, text);
      open = imported.dataFile;
    }
  }
  if (planInput)
    messages.unshift(
      `Opened ${[PLAN_FILE_NAME, ...[...files.keys()].filter((f) => f !== PLAN_FILE_NAME)].join(", ")}.`,
    );
  return { files, open, messages };
}
