import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { afterAll, describe, expect, it } from "vitest";
import { IVP, runIvp } from "./run-ivp.ts";

// How the built CLI ends (src/end-process.ts): with process.exit once its
// command is done and nothing is pending, else by itself; its output whole
// either way.

const dir = mkdtempSync(join(tmpdir(), "ivp-end-"));
const cache = join(dir, "cache");
// Loaded before dist/ivp.js (--require): says on stderr how the process ends.
const SPY = join(dir, "spy.cjs");
writeFileSync(
  SPY,
  [
    "const exit = process.exit;",
    'process.exit = (code) => { process._rawDebug("process.exit(" + code + ")"); return exit(code); };',
    'process.on("exit", (code) => process._rawDebug("exit " + code));',
  ].join("\n"),
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: readonly string[], env: Record<string, string> = {}) {
  return runIvp(args, {
    env: { IVP_CACHE_DIR: cache, IVP_NO_CACHE: "", NODE_OPTIONS: `--require ${SPY}`, ...env },
  });
}

describe("the end of a command", () => {
  it("is process.exit with the command's code once nothing is pending, its output whole", () => {
    const plain = runIvp(["status", "examples/laren-2019-2022"], {
      env: { IVP_CACHE_DIR: cache, IVP_NO_CACHE: "" },
    });
    expect(plain.status).toBe(0);
    for (let i = 0; i < 2; i++) {
      const result = run(["status", "examples/laren-2019-2022"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(plain.stdout);
      expect(result.stderr).toBe("process.exit(0)\nexit 0\n");
    }
    // An error, written to standard error (a pipe here, its stream a handle
    // of its own: the process ends by itself), keeps its code.
    const usage = run(["status", "examples/laren-2019-2022", "--as-of", "someday"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^ivp: --as-of: [\s\S]*\nexit 2\n$/);
    expect(run(["--version"]).stderr).toBe("process.exit(0)\nexit 0\n");
  });

  it("is the process ending by itself while something is pending", () => {
    // A beforeExit listener (as a --require'd tool may add) could start more work.
    const listener = join(dir, "before-exit.cjs");
    writeFileSync(listener, 'process.once("beforeExit", () => process._rawDebug("beforeExit"));');
    const result = run(["status", "examples/laren-2019-2022"], {
      NODE_OPTIONS: `--require ${SPY} --require ${listener}`,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("beforeExit\nexit 0\n");
  });

  it("leaves nothing unwritten to a pipe that is read slowly", () => {
    const whole = runIvp(["report", "examples/laren-2019-2022", "--format", "html"], {
      env: { IVP_CACHE_DIR: cache, IVP_NO_CACHE: "" },
    });
    expect(whole.status).toBe(0);
    const out = join(dir, "slow.html");
    const piped = spawnSync(
      "bash",
      [
        "-c",
        `node "${IVP}" report examples/laren-2019-2022 --format html | (sleep 0.3; cat > "${out}"); echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, IVP_CACHE_DIR: cache } },
    );
    expect(piped.stdout).toBe("0\n");
    expect(readFileSync(out, "utf8")).toBe(whole.stdout);
  });
});
