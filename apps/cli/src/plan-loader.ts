// Reading a plan the slow way: zod, the YAML parsers and every message about
// a bad plan. Built into a file of its own (dist/plan-loader.js, see
// tsup.config.ts) that a command imports only when the plan is not in the
// cache of validated plans (plan-cache.ts).
export { yamlPositions } from "@ivp/plan-file";
export { loadPlan, readPlan } from "@ivp/plan-file/node";
