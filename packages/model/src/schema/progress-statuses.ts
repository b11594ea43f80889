/**
 * Every status an indicator can have, best first: the values of a manual
 * status (`statusOverride.status`), as a plain list in a module without zod,
 * so that code which only needs the list (a report's summary) does not load
 * the schemas.
 */
export const PROGRESS_STATUSES = [
  "target-achieved",
  "substantial-progress",
  "moderate-progress",
  "limited-progress",
  "deterioration",
  "not-assessable",
] as const;
