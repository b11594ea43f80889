import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Issue, IvpError, type Language } from "@ivp/model";
import type { LoadedPlan } from "@ivp/plan-file";
import type { ReadPlan } from "@ivp/plan-file/node";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { listLimited } from "./list-limit.ts";
import { messageLanguage } from "./message-language.ts";
import { say } from "./messages/say.ts";
import { type PositionMap, readCachedPlan, writeCachedPlan } from "./plan-cache.ts";
import { readRegularFileSync } from "./read-regular-file-sync.ts";

/** The slow path (zod, YAML), imported only on a cache miss. */
export const planLoader = () => import("./plan-loader.ts");

/**
 * Loads a plan for a command that needs a valid one and the positions of its
 * fields; an invalid plan becomes a {@link CliError} listing every problem
 * with file, line and column, in `lang` (see message-language.ts).
 */
export async function loadPlanOrFail(
  target: string,
  lang: Language = messageLanguage(),
): Promise<LoadedPlan> {
  const result = await (await planLoader()).loadPlan(target, { lang });
  if (result.success) return result;
  throw await invalidPlan(target, result.issues, lang);
}

/** The bytes of plan.yaml before a plan is read, for the cache; undefined when unreadable. */
function planBytesOf(target: string): Uint8Array | undefined {
  try {
    const path = resolve(target);
    return readRegularFileSync(statSync(path).isDirectory() ? join(path, "plan.yaml") : path);
  } catch {
    return undefined;
  }
}

/**
 * Reads a plan for a command that never points at a field of it (`status`,
 * `table`, `report`, `compare`, `bulk`): from the cache of validated plans
 * when plan.yaml and its data files are unchanged, else without the YAML
 * Document API unless the plan has a problem, which then fails as in
 * {@link loadPlanOrFail}. A valid plan read the slow way is cached.
 */
export async function readPlanOrFail(
  target: string,
  lang: Language = messageLanguage(),
): Promise<ReadPlan> {
  const hit = readCachedPlan(target);
  if (hit) return hit.read;
  const started = Date.now();
  const bytes = planBytesOf(target);
  const result = await (await planLoader()).readPlan(target, { lang });
  if (!result.success) throw await invalidPlan(target, result.issues, lang);
  const { success: _, ...read } = result;
  if (bytes) writeCachedPlan(target, { read }, bytes, started);
  return read;
}

/** A plan for `ivp validate`: from the cache, or read the slow way (and then cached). */
export type ValidatePlanResult =
  | {
      readonly success: true;
      readonly read: ReadPlan;
      /**
       * Where the fields of plan.yaml were written: from the cache, else
       * parsed now (with the yaml package) and added to the cache.
       */
      readonly positions: () => Promise<PositionMap>;
    }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Reads a plan for `ivp validate`: like {@link readPlanOrFail}, but an invalid
 * plan comes back with its issues (at file, line and column) instead of
 * failing, and the positions of its fields are there when asked for.
 */
export async function readPlanForValidate(
  target: string,
  lang: Language = messageLanguage(),
): Promise<ValidatePlanResult> {
  const parse = async (bytes: Uint8Array) =>
    (await planLoader()).yamlPositions(new TextDecoder().decode(bytes));
  const hit = readCachedPlan(target);
  if (hit) {
    return {
      success: true,
      read: hit.read,
      positions: async () => {
        const known = hit.positions();
        if (known) return known;
        const positions = await parse(hit.planBytes);
        hit.addPositions(positions);
        return positions;
      },
    };
  }
  const started = Date.now();
  const bytes = planBytesOf(target);
  const result = await (await planLoader()).loadPlan(target, { lang });
  if (!result.success) return result;
  const read: ReadPlan = {
    plan: result.plan,
    file: result.file,
    dir: result.dir,
    dataFiles: result.dataFiles,
    observations: result.observations,
  };
  if (bytes) writeCachedPlan(target, { read }, bytes, started);
  return {
    success: true,
    read,
    positions: async () => {
      if (!bytes) throw new IvpError("internal", say("internal", "plan-read-again", { target }));
      const positions = await parse(bytes);
      writeCachedPlan(target, { read, positions }, bytes, started);
      return positions;
    },
  };
}

async function invalidPlan(
  target: string,
  issues: readonly Issue[],
  lang: Language,
): Promise<CliError> {
  // Imported only for a plan with problems (see plan-file-text.ts).
  const { formatIssue } = await import("./plan-file-text.ts");
  const listed = listLimited(
    issues,
    (issue) => formatIssue(issue, { lang }),
    (count) => say("plan", "more-problems", { count }),
  );
  return new CliError(
    `${listed.join("\n")}\n${say("plan", "invalid", { count: issues.length, plan: target })}`,
    EXIT.invalidInput,
    { code: "invalid-plan" },
  );
}

/** The plan file and data files of a loaded plan: outputs must never overwrite them. */
export function inputFiles(plan: Pick<ReadPlan, "dir" | "dataFiles">): string[] {
  return [`${plan.dir}/plan.yaml`, ...plan.dataFiles];
}
