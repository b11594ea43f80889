/**
 * The function around a bundle's text that makes it a CommonJS module, as
 * Node's `require` wraps a file: src/code-cache.ts compiles
 * `BUNDLE_START + text + BUNDLE_END` as a `vm.Script`. The bundles that only
 * code-cache.ts loads (dist/main.js, dist/commands/*.js, dist/plan-loader.js,
 * dist/plan-file-text.js, dist/bulk-render.js) carry it in their file
 * (tsup.config.ts), so that V8 compiles the text it read as it is: wrapped at
 * run time, the source is a second string, which V8 flattens into a copy of
 * the whole bundle (149 kB for `ivp status`, its pages touched anew at every
 * start). Such a file cannot be loaded with `require` (it would only evaluate
 * the function), which is why code-cache.ts compiles it itself also when
 * caching is off.
 */
export const BUNDLE_START = "(function (exports, require, module, __filename, __dirname) {";

/** See {@link BUNDLE_START}. */
export const BUNDLE_END = "\n})";
