/**
 * Exit codes shared by all commands. A module of its own (not in
 * commands/shared-options.ts) so that a command's bundle takes these five
 * numbers without any help text.
 */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 70,
  /** Temporary failure (sysexits' EX_TEMPFAIL): another import holds the plan; try again. */
  busy: 75,
} as const;
