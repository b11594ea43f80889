/**
 * `@ivp/plan-file/node`: what reads plans from the file system, for Node.
 * `loadPlan` reads a plan directory with the position of every field;
 * `readPlan` reads a valid plan faster; the regular-file checks keep ivp from
 * reading a named pipe or writing over a device. Everything that does no I/O
 * is in `@ivp/plan-file`.
 *
 * @packageDocumentation
 */

export { loadPlan } from "./load-plan.ts";
export { type ReadPlan, type ReadPlanResult, readPlan } from "./read-plan.ts";
export {
  checkOutputPath,
  type FileKind,
  fileKind,
  NotARegularFileError,
  openRegularFile,
  readRegularFile,
} from "./regular-file.ts";
