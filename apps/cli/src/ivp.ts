import module from "node:module";
import { join } from "node:path";
import { cacheDirectory } from "./cache-directory.ts";
import { main } from "./main.ts";
import { writeStandardOutputDirectly } from "./standard-output.ts";

// The commands' bundles are compiled with V8's code cache of them
// (code-cache.ts, on every Node version). On Node >= 22.1, Node's own compile
// cache (in <cache directory>/compile, or NODE_COMPILE_CACHE) also keeps the
// small files this entry requires as they are (the messages of the CLI's
// language). Off with IVP_NO_CACHE (as the cache of validated plans) or Node's
// own NODE_DISABLE_COMPILE_CACHE.
const enableCompileCache = (module as { enableCompileCache?: (dir?: string) => unknown })
  .enableCompileCache;
const cacheDir = cacheDirectory();
if (enableCompileCache && cacheDir !== undefined && !process.argv.includes("--no-cache")) {
  try {
    enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(cacheDir, "compile"));
  } catch {
    // no compile cache: slower, not wrong
  }
}

// The commands' output goes to file descriptor 1 without creating
// process.stdout and its streams; a closed pipe (`ivp table ... | head`) is
// not an error (standard-output.ts).
writeStandardOutputDirectly();

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
