/**
 * Every verdict an indicator can have, best first (see `ProgressStatus`):
 * the values of a manual status (`statusOverride.status`) and the order of
 * legends and counts, as a plain list in a module without zod, so that code
 * which only needs the list (a report's summary) does not load the schemas.
 */
export const PROGRESS_STATUSES = [
  "achieved",
  "ahead",
  "indistinguishable",
  "behind",
  "worse",
  "not-achieved",
  "not-assessable",
] as const;
