/**
 * `@ivp/plan-file`: reads ivp plans from disk (a directory with `plan.yaml`
 * and CSV data files) and reports every problem with file, line and column.
 * The parsers are pure and also run in a browser; only `loadPlan`, `readPlan`
 * and the regular-file checks touch the file system.
 *
 * @packageDocumentation
 */

export {
  type DecodeUtf8Result,
  decodeUtf8,
  firstInvalidUtf8,
  type TextDecodingProblem,
} from "./decode-text.ts";
export { type LoadedPlan, type LoadPlanResult, loadPlan, PLAN_FILE_NAME } from "./load-plan.ts";
export { formatIssue, formatPath, type LocatedIssue, type Severity } from "./located-issue.ts";
export { type CsvRecord, type CsvSyntaxError, parseCsv } from "./parse-csv.ts";
export {
  OBSERVATION_COLUMNS,
  type ParseObservationsCsvOptions,
  parseObservationsCsv,
} from "./parse-observations-csv.ts";
export {
  type ParsedPlanYaml,
  type ParsePlanYamlOptions,
  type ParsePlanYamlResult,
  parsePlanYaml,
  sortIssues,
} from "./parse-plan-yaml.ts";
export { type ReadPlan, type ReadPlanResult, readPlan } from "./read-plan.ts";
export {
  checkOutputPath,
  type FileKind,
  fileKind,
  NotARegularFileError,
  openRegularFile,
  readRegularFile,
} from "./regular-file.ts";
export { type Position, yamlPositions } from "./yaml-locator.ts";
