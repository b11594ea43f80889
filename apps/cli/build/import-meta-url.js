// Injected by tsup.config.ts into the CommonJS bundles where the sources read
// import.meta.url (commands/bulk/run.ts: the worker's file next to the bundle).
export const __ivpImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
