/**
 * What the CLI needs of `@ivp/plan-file` to word a problem: imported (with
 * `import()`) only when a command has one, so that a command that succeeds
 * never sets up the package's message catalogues (some 4 million
 * instructions of `ivp status`). Importing the package itself with
 * `import()` would put all of it, the plan reader with zod and the YAML
 * parsers, into every command's bundle.
 *
 * In the bundles that carry the dispatcher (`ivp status`, `table`,
 * `validate`, `report`, `compare`) this module is not even part of the
 * bundle: it is dist/plan-file-text.js, loaded with its code cache when first
 * imported (`planFileTextAtRunTime` in tsup.config.ts): the two catalogues
 * were some 48 kB of the 197 kB that every `ivp status` read and checked.
 */
export {
  fileKindText,
  formatIssue,
  issueOf,
  periodErrorText,
  wordError,
} from "@ivp/plan-file";
