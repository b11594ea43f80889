import { setFlagsFromString } from "node:v8";

/**
 * Tells V8 not to inline functions into the code it optimises, for the rest
 * of an `ivp bulk` process (its worker threads are started after this, and
 * V8's flags are the process's).
 *
 * Why: `ivp bulk` renders a few hundred reports per worker, each through
 * hundreds of distinct functions (evaluation, statistics, HTML). V8 optimises
 * the hot ones on background threads, once per thread, and inlining makes that
 * compilation the largest single cost of a run: on the 1x national StatLine
 * set (342 reports, 2 workers) V8's background threads used some 2.0 s of the
 * process's 4.6-5.0 s CPU. Without inlining they use 1.1-1.4 s, the workers
 * as much as before, and the whole run some 12 % less CPU (4.2 s; measured per
 * thread from /proc, in alternating runs). The reports are the same bytes:
 * inlining changes how fast code runs, never what it computes.
 *
 * Node warns that changing V8's flags after start-up may do nothing; this one
 * is read by every new optimising compilation, which is what is wanted. Set
 * only by `ivp bulk`, whose process does nothing else.
 */
export function tuneV8ForBulk(): void {
  setFlagsFromString("--no-turbo-inlining");
}
