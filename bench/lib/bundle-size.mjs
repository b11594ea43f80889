import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Runs size-limit in packages/model (its budgets are in .size-limit.json) and
 * returns each check: the size of a browser bundle of @ivp/model (or of some
 * of its exports), minified and brotli-compressed, against its limit.
 */
export function measureBundleSize(root) {
  const cwd = join(root, "packages/model");
  const result = spawnSync("pnpm", ["exec", "size-limit", "--json"], { cwd, encoding: "utf8" });
  const checks = JSON.parse(result.stdout.slice(result.stdout.indexOf("[")));
  const budgets = JSON.parse(readFileSync(join(cwd, ".size-limit.json"), "utf8"));
  return checks.map((check, i) => ({
    name: check.name,
    import: budgets[i]?.import ?? "*",
    bytes: check.size,
    limitBytes: check.sizeLimit,
    passed: check.passed,
  }));
}
