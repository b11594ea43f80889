// Injected by tsup.config.ts into the CommonJS bundles, as `import.meta` of
// the sources that read import.meta.url (commands/bulk/run.ts: the worker's
// file next to the bundle). A getter: esbuild injects this module into every
// bundle (each module of a bundle initialises it), and working out the URL of
// the bundle's file (pathToFileURL, which Node compiles on first use) cost
// `ivp status` some 1.8 million instructions (Node 20, callgrind) for a URL
// only `ivp bulk` reads.
export const __ivpImportMeta = {
  get url() {
    return require("node:url").pathToFileURL(__filename).href;
  },
};
