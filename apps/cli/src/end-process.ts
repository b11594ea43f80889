/**
 * Ends the process of a command (every one but `ivp bulk`, which has its own,
 * bulk/end-process.ts) once the command is done and nothing else is pending.
 *
 * A process that ends by itself (the event loop runs empty) first runs what
 * V8 and Node left for idle time, such as a scavenge of the young generation
 * that `ivp status` leaves due, and then tears down its environment and its
 * heap, page by page. `process.exit` skips both; the `exit` event (the code
 * caches are written there, src/code-cache.ts) is emitted either way. Wall
 * time on this 2-core machine, Node 20, `ivp status` on Laren with its
 * caches warm, 40 alternating pairs under `chrt -f 10`: 52.1 -> 48.2 ms
 * (medians; the pairs' median ratio 0.96), against `node -e 0`'s 29 ms; in
 * instructions (callgrind) the two are the same.
 *
 * Only when the command left nothing that a process ending by itself would
 * still wait for: no request (a write to a pipe not yet done, a file being
 * closed), no handle (a standard stream of its own, a server, a worker), no
 * timer or immediate (`process.getActiveResourcesInfo()`), and no `beforeExit`
 * listener, which could start more. Otherwise the process ends by itself, as
 * it did before: `process.exitCode` is set either way.
 *
 * `ivp bulk`'s rule (bulk/end-process.ts) came first and asks less: only that
 * standard output and error hold no unwritten bytes. A pending write is also
 * an active request here, so this rule is the stricter of the two; bulk has
 * not been measured with it (its end may still hold handles this rule waits
 * for), which is why the two stay apart.
 */
export function endProcess(code: number): void {
  process.exitCode = code;
  if (process.listenerCount("beforeExit") === 0 && process.getActiveResourcesInfo().length === 0)
    process.exit(code);
}
