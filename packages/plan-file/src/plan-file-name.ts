/** The file name of a plan inside its directory. */
export const PLAN_FILE_NAME = "plan.yaml";
