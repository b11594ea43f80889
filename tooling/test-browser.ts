// For the browser tests (report and docs): Debian's Chromium driven by
// playwright-core, which never downloads a browser. Each test file imports
// playwright-core itself (it is a devDependency of its own package) and passes
// `chromiumLaunchOptions()` to `chromium.launch`.
import { existsSync } from "node:fs";

/** Where Chromium is: IVP_CHROMIUM, or Debian's `/usr/bin/chromium` (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.IVP_CHROMIUM ?? "/usr/bin/chromium";

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a
 * warning, unless IVP_REQUIRE_BROWSER=1 (as in CI): then this throws, which fails
 * the test file that asked.
 */
export function browserAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${what}: no Chromium at ${CHROMIUM} (install Debian's chromium with 'apt-get install -y chromium', or set IVP_CHROMIUM)`;
  if (process.env.IVP_REQUIRE_BROWSER === "1")
    throw new Error(`${message}; IVP_REQUIRE_BROWSER=1 makes that a failure`);
  console.warn(`${message}; skipping. Set IVP_REQUIRE_BROWSER=1 to make this a failure.`);
  return false;
}

/** Options for playwright's `chromium.launch`: headless, sandbox off (CI runs as root), nothing fetched in the background. */
export function chromiumLaunchOptions() {
  return {
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
