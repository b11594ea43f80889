/**
 * Builds the site with VitePress and fails when the build logs a warning:
 * a warning today is a broken page tomorrow. Run after scripts/generate.ts.
 */
import { fileURLToPath } from "node:url";
import { build } from "vitepress";

const DOCS = fileURLToPath(new URL("../", import.meta.url));
const warnings: string[] = [];
const WARNING = /\bwarn(ing)?\b|\(!\)|\bdeprecated\b/i;

// VitePress and Vite log warnings through console.warn, Rollup through the
// logger ("(!) ..."); catch both without hiding them.
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(" "));
  originalWarn(...args);
};
const originalLog = console.log.bind(console);
console.log = (...args: unknown[]) => {
  const text = args.map(String).join(" ");
  if (WARNING.test(text)) warnings.push(text);
  originalLog(...args);
};

try {
  await build(DOCS);
} catch (error) {
  console.warn = originalWarn;
  console.log = originalLog;
  process.stderr.write(`\ndocs build failed: ${(error as Error).message}\n`);
  process.exit(1);
}

console.warn = originalWarn;
console.log = originalLog;
if (warnings.length > 0) {
  process.stderr.write(
    `\ndocs build: ${warnings.length} warning(s); the build fails on warnings:\n${warnings
      .map((w) => `  ${w.split("\n")[0]}`)
      .join("\n")}\n`,
  );
  process.exit(1);
}
