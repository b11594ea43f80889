// Where ivp keeps its caches (the validated plans of plan-cache.ts, Node's
// compile cache): a module of its own, imported by dist/ivp.js at every start,
// so that it brings in neither node:crypto nor node:os (together some 25
// million instructions of Node's start-up, a quarter of `node -e 0`).
import { isAbsolute, join, resolve } from "node:path";

/**
 * The home directory as `os.homedir()` gives it. On POSIX that is `$HOME`
 * when set (libuv reads it before the password database), read here without
 * loading node:os; otherwise, and on Windows, node:os answers.
 */
function homeDirectory(): string {
  if (process.platform !== "win32" && process.env.HOME !== undefined) return process.env.HOME;
  return process.getBuiltinModule("node:os").homedir();
}

/**
 * The cache directory, or undefined when caching is off: `IVP_NO_CACHE` (any
 * value but `0` or empty; also set by `--no-cache`) turns it off;
 * `IVP_CACHE_DIR` names the directory; else `$XDG_CACHE_HOME/ivp`, else
 * `~/.cache/ivp` (on Windows `%LOCALAPPDATA%\ivp\cache`).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.IVP_NO_CACHE && env.IVP_NO_CACHE !== "0") return undefined;
  if (env.IVP_CACHE_DIR) return resolve(env.IVP_CACHE_DIR);
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "ivp");
  if (process.platform === "win32" && env.LOCALAPPDATA)
    return join(env.LOCALAPPDATA, "ivp", "cache");
  let home: string;
  try {
    home = homeDirectory();
  } catch {
    return undefined;
  }
  return home ? join(home, ".cache", "ivp") : undefined;
}
