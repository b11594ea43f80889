// dist/commands/report.js: the dispatcher (src/main.ts) and `ivp report` in one
// bundle, which dist/ivp.js loads for `ivp report` instead of dist/main.js (see
// WITH_DISPATCHER in tsup.config.ts); dist/main.js finds the command's runner
// in it as in any command's bundle.
export { main } from "../../main.ts";
export { runReport } from "./run.ts";
