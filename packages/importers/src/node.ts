/**
 * `@ivp/importers/node`: what reads and writes files, for Node: importing an
 * open-data file into a plan directory (`importIntoPlan`, with its lock),
 * scaffolding a plan directory (`initPlan`), reading a source file or an
 * OData URL, writing files atomically, and writing synthetic data sets.
 * Everything that does no I/O is in `@ivp/importers`.
 *
 * @packageDocumentation
 */

export type { ClassifiedPage } from "./bulk/classify-odata-page.ts";
export {
  type ImportIntoPlanOptions,
  type ImportResult,
  importIntoPlan,
} from "./node/import-into-plan.ts";
export {
  INIT_DATA_FILE,
  type InitPlanOptions,
  type InitPlanResult,
  initPlan,
} from "./node/init-plan.ts";
export {
  acquirePlanLock,
  LOCK_FILE_NAME,
  type LockHolder,
  type PlanLock,
  type PlanLockOptions,
  STALE_AFTER_MS,
  withPlanLock,
} from "./node/plan-lock.ts";
export {
  classifyODataPage,
  classifySourceFile,
  loadPageFromFileOrWeb,
  type ReadSourceFileOptions,
  readODataPage,
  readSourceFile,
  readSourceFileChunks,
  sourceFormatOf,
} from "./node/read-source-file.ts";
export { type FileWrite, writeFilesAtomically } from "./node/write-files.ts";
export {
  type SyntheticDatasetFiles,
  type WriteSyntheticDatasetOptions,
  writeSyntheticDataset,
} from "./node/write-synthetic-dataset.ts";
