/**
 * `@ivp/plan-file`: reads ivp plans (`plan.yaml` and CSV data files) and
 * reports every problem with file, line and column. This entry does no I/O
 * and imports nothing of Node, so it runs in a browser: it parses text and
 * reads a plan from files held in memory ({@link loadPlanFromFiles}). What
 * reads the file system (`loadPlan`, `readPlan`, the regular-file checks) is
 * in `@ivp/plan-file/node`.
 *
 * @packageDocumentation
 */

export { type CheckPlanObjectResult, checkPlanObject } from "./check-plan-object.ts";
export {
  type DecodeUtf8Result,
  decodeUtf8,
  firstInvalidUtf8,
  type TextDecodingProblem,
} from "./decode-text.ts";
export {
  type FormatFindingOptions,
  type FormatIssueOptions,
  formatFinding,
  formatIssue,
  formatLocation,
  formatPath,
  issueOf,
} from "./format-issue.ts";
export { type FindingJson, findingToJson, type IssueJson, issueToJson } from "./issue-json.ts";
export {
  type FileContent,
  type LoadedPlan,
  type LoadPlanResult,
  loadPlanFromBytes,
  loadPlanFromFiles,
  type PlanBytesSource,
} from "./load-plan-files.ts";
export {
  type FindingPlace,
  type LocatedFinding,
  type Locator,
  locateFindings,
} from "./locate-findings.ts";
export {
  type CatalogueLike,
  type MessageCatalogue,
  renderMessage,
} from "./messages/catalogue.ts";
export { fileKindText } from "./messages/say.ts";
export { figureTextWords, periodErrorText, wordError } from "./messages/word-error.ts";
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
export { PLAN_FILE_NAME } from "./plan-file-name.ts";
export type { DataFileRead, DataFileReader } from "./read-data-files.ts";
export { type Position, yamlPositions } from "./yaml-locator.ts";
export { useZodEnglishMessages } from "./zod-english.ts";
