import type { Options } from "tsup";

/**
 * The one build configuration every package reuses: ESM only, Node 20 target,
 * declarations, no bundled dependencies, deterministic output.
 */
export function baseTsupConfig(overrides: Options = {}): Options {
  return {
    format: ["esm"],
    target: "node20",
    platform: "neutral",
    dts: true,
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    outDir: "dist",
    ...overrides,
  };
}
