/**
 * What the CLI needs of `@ivp/plan-file` to word a problem: imported (with
 * `import()`) only when a command has one, so that a command that succeeds
 * never sets up the package's message catalogues (some 4 million
 * instructions of `ivp status`). Importing the package itself with
 * `import()` would put all of it, the plan reader with zod and the YAML
 * parsers, into every command's bundle.
 */
export { formatIssue, issueOf, periodErrorText, wordError } from "@ivp/plan-file";
