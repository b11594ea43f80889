/**
 * How much a function must run (V8 counts the bytecode it executes) before
 * V8 optimises it: 1 MiB, some 16 times V8's default on Node 20 (66 KB).
 *
 * Why: with V8's default nearly every function of a report is optimised in
 * every worker thread, on V8's background threads; on the 1x national
 * StatLine set (342 reports, 2 workers) that compilation was about a quarter
 * of the process's CPU time (1.1-1.3 s of 4.4-4.6 s; measured per thread,
 * and by turning concurrent compilation off, which moved it onto the
 * workers). With 16 times the budget only the functions that really are hot
 * are optimised, a little later: V8's background threads use 0.3 s, the
 * workers hardly more than before, the whole run some 18 % less CPU (4.60 s
 * to 3.76 s, 3 alternating runs at a load average of 16-26). 4 times gave
 * 3.9 s; 64 and 256 times more again (4.0 s, 4.4 s): too little of the code
 * is then optimised at all.
 */
const INTERRUPT_BUDGET = 1024 * 1024;

/**
 * Tells V8 not to inline functions into the code it optimises, and to
 * optimise only what runs much ({@link INTERRUPT_BUDGET}), for the rest of an
 * `ivp bulk` process (its worker threads are started after this, and V8's
 * flags are the process's).
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
 * Node warns that changing V8's flags after start-up may do nothing; these
 * are read by every new optimising compilation and every function's budget
 * as it is set, which is what is wanted. Set
 * only by `ivp bulk`, whose process does nothing else.
 *
 * dist/ivp.js sets them before it loads the dispatcher (dist/main.js) for
 * `ivp bulk`: V8 accepts cached code only under the flags it was created
 * with (a hash of every flag not at its default), and the code caches of
 * dist/main.js and dist/commands/bulk.js are created at exit, after the
 * flags changed. Set in `runBulk`, as they were, the caches were made under
 * the tuned flags and loaded under the defaults: refused by every run, and
 * both written anew at every exit (some 0.76 MB).
 *
 * node:v8 only when called (process.getBuiltinModule): dist/ivp.js holds
 * this function, and no other command loads node:v8.
 */
export function tuneV8ForBulk(): void {
  const { setFlagsFromString } = process.getBuiltinModule("node:v8");
  setFlagsFromString("--no-turbo-inlining");
  // V8 12 (Node 22) replaced the interrupt budget by invocation counts: there
  // the flag does not exist, and setting it prints an error on stderr.
  if (Number.parseInt(process.versions.v8, 10) < 12)
    setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
