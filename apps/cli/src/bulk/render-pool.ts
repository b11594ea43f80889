import type { Worker } from "node:worker_threads";
import { type IssueCode, IvpError } from "@ivp/model";
import type { OverviewEntry } from "@ivp/report";
import { type BundleCode, readBundleCode, writeBundleCode } from "../code-cache.ts";
import { say } from "../messages/say.ts";
import { type EarlyWorker, startWorker, takeEarlyWorkers } from "./early-workers.ts";
import type { PageJob, PageResult } from "./read-page.ts";
import {
  isRecipe,
  type OverviewJob,
  type RenderJob,
  renderAndWrite,
  writeOverview,
} from "./render-municipality.ts";

/** An error as a worker sends it. */
interface WorkerError {
  readonly name: string;
  readonly message: string;
  readonly code?: IssueCode;
  readonly stack?: string;
}

function revive(error: WorkerError): IvpError {
  if (error.name === "IvpError" && error.code !== undefined)
    return new IvpError(error.code, error.message);
  // Anything else the worker threw is a bug: an internal error, with the worker's stack.
  const revived = new IvpError("internal", error.message);
  if (error.stack) revived.stack = error.stack;
  return revived;
}

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** What a worker is sent: a report to render, an OData page to read (read-page.ts), or a page of the overview to write. */
export type WorkerJob =
  | { readonly kind: "render"; readonly job: RenderJob }
  | { readonly kind: "read-page"; readonly job: PageJob }
  | {
      readonly kind: "overview";
      readonly job: OverviewJob;
      /** Whether to send back the thread's compiled code with it (for the cache of it). */
      readonly codeCache: boolean;
    };

/**
 * The worker's files (dist/): `entry`, the script a worker starts with
 * (worker-entry.ts), which compiles and runs `bundle` (render-worker.ts)
 * with the code cache the main thread hands it in its first message.
 */
export interface WorkerFiles {
  readonly entry: URL;
  /** An absolute path. */
  readonly bundle: string;
}

/**
 * Renders `ivp bulk`'s reports on worker threads, one job per worker at a
 * time, so that every core works while the main thread reads the file. With
 * one job (or without a built worker script, as in tests from the sources)
 * it renders in the calling thread, exactly as before. Workers are started
 * only when a job finds none free, up to `jobs`.
 *
 * {@link submit} resolves once a worker has taken the job (so a caller that
 * awaits it never queues more than `jobs` reports: memory stays flat) with
 * `report`, the promise of the report's line in the overview, settled once
 * the report is written to its file (wrapped: a promise of a promise would
 * flatten). The output does not depend on the
 * number of workers: each report is rendered from its own job, and the
 * overview sorts its lines (tested with 1 and 3 workers).
 */
export class RenderPool {
  readonly #script: WorkerFiles | undefined;
  /** The worker's bundle and its cached code, read when the first worker starts. */
  #code: BundleCode | undefined;
  readonly #size: number;
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #waiting: ((worker: Worker) => void)[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #busy = new Map<Worker, number>();
  /** The keys of the templates each worker was sent (see {@link submit}). */
  readonly #templates = new Map<Worker, Set<string>>();
  /** The early workers the pool stops without using them (see {@link start}). */
  readonly #stopping: Promise<number>[] = [];
  #next = 0;
  #failure: Error | undefined;

  /**
   * @param jobs - the most reports rendered at once (1: in this thread)
   * @param script - the worker's files (dist/bulk-worker.js, dist/bulk-render.js); none: in this thread
   */
  constructor(jobs: number, script: WorkerFiles | undefined) {
    this.#size = Math.max(1, Math.floor(jobs));
    this.#script = this.#size > 1 ? script : undefined;
  }

  /** Whether jobs run on worker threads (else in the calling thread). */
  get threaded(): boolean {
    return this.#script !== undefined;
  }

  /** The most jobs run at once. */
  get size(): number {
    return this.#size;
  }

  /**
   * Starts every worker now rather than when the first jobs find none free:
   * a worker takes some tens of milliseconds to start and load its script,
   * which it then does while the calling thread prepares the run (the
   * template, the first rows or pages). Takes the workers dist/ivp.js
   * started before the command was loaded (early-workers.ts) first, and
   * stops those it has no use for (one job: this thread renders). Nothing
   * else without worker threads.
   */
  start(): void {
    const early = takeEarlyWorkers();
    const script = this.#script;
    for (const found of early) {
      if (script !== undefined && !found.dead && this.#workers.length < this.#size)
        this.#idle.push(this.#adopt(script, found.worker));
      else this.#discard(found);
    }
    if (script === undefined) return;
    while (this.#workers.length < this.#size) this.#idle.push(this.#start(script));
  }

  /**
   * Hands a job to a free worker (waiting for one); resolves with the
   * promise of its report. A job whose plan is a recipe carries its
   * template: a worker is sent each template once, with the first job of
   * it that it gets, and keeps it; the jobs after that carry its key only.
   */
  async submit(job: RenderJob): Promise<{ readonly report: Promise<OverviewEntry> }> {
    if (this.#failure) throw this.#failure;
    if (this.#script === undefined) return { report: Promise.resolve(renderAndWrite(job)) };
    const { result } = await this.#post(this.#script, (worker) => ({
      kind: "render",
      job: this.#withTemplateOnce(worker, job),
    }));
    return { report: result as Promise<OverviewEntry> };
  }

  /** The job as `worker` is sent it: without its template when the worker has it already. */
  #withTemplateOnce(worker: Worker, job: RenderJob): RenderJob {
    const { plan } = job;
    if (!isRecipe(plan) || plan.template.plan === undefined) return job;
    let sent = this.#templates.get(worker);
    if (!sent) {
      sent = new Set();
      this.#templates.set(worker, sent);
    }
    if (!sent.has(plan.template.key)) {
      sent.add(plan.template.key);
      return job;
    }
    return { ...job, plan: { ...plan, template: { key: plan.template.key } } };
  }

  /**
   * Hands a page of the overview to a free worker (waiting for one), which
   * renders and writes it; resolves with the promise of its being written.
   * Without worker threads it is written here, at once.
   *
   * The worker also sends back the code it compiled of its bundle when it
   * did not have it from the cache (the first run, a corrupt or refused
   * cache), which this thread then writes to the cache file: after the last
   * report, from the thread that rendered reports and this page, so that
   * the code of both is in it; and only from a run that got this far, the
   * reports all rendered.
   */
  async writeOverview(job: OverviewJob): Promise<{ readonly written: Promise<unknown> }> {
    if (this.#failure) throw this.#failure;
    if (this.#script === undefined) return { written: Promise.resolve(writeOverview(job)) };
    const code = this.#code;
    const codeCache = code?.cacheFile !== undefined;
    const { result } = await this.#post(this.#script, { kind: "overview", job, codeCache });
    return {
      written: result.then((data) => {
        if (code && codeCache) writeBundleCode(code, (data as Uint8Array | null) ?? undefined);
      }),
    };
  }

  /**
   * Hands an OData page to a free worker (waiting for one), which reads it
   * (read-page.ts); resolves with the promise of what it read. Only with
   * worker threads ({@link threaded}).
   */
  async readPage(job: PageJob): Promise<{ readonly page: Promise<PageResult> }> {
    if (this.#failure) throw this.#failure;
    if (this.#script === undefined)
      throw new IvpError("internal", say("internal", "no-worker-threads"));
    const { result } = await this.#post(this.#script, { kind: "read-page", job });
    return { page: result as Promise<PageResult> };
  }

  /**
   * Sends a job to a free worker; resolves with its result's promise
   * (wrapped: it would flatten). `message`: the job, or what makes it for
   * the worker found.
   */
  async #post(
    script: WorkerFiles,
    message: WorkerJob | ((worker: Worker) => WorkerJob),
  ): Promise<{ readonly result: Promise<unknown> }> {
    const worker = await this.#acquire(script);
    if (this.#failure) throw this.#failure;
    const id = this.#next++;
    const result = new Promise<unknown>((resolve, reject) =>
      this.#pending.set(id, { resolve, reject }),
    );
    this.#busy.set(worker, id);
    worker.postMessage({ id, ...(typeof message === "function" ? message(worker) : message) });
    return { result };
  }

  /** Stops the workers (and waits until every one has stopped). */
  async close(): Promise<void> {
    await Promise.all([...this.#workers.map((w) => w.terminate()), ...this.#stopping.splice(0)]);
    this.#workers.length = 0;
    this.#idle.length = 0;
    this.#templates.clear();
  }

  #acquire(script: WorkerFiles): Promise<Worker> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#workers.length < this.#size) return Promise.resolve(this.#start(script));
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(worker: Worker): void {
    this.#busy.delete(worker);
    const waiter = this.#waiting.shift();
    if (waiter) waiter(worker);
    else this.#idle.push(worker);
  }

  #start(script: WorkerFiles): Worker {
    return this.#adopt(script, startWorker(script.entry));
  }

  /**
   * Makes a started worker one of the pool's: listens to it and sends it its
   * bundle and the bundle's cached code, read once, for every worker (cloned
   * into each: the source some 0.3 MB, the cached code some 0.5 MB).
   */
  #adopt(script: WorkerFiles, worker: Worker): Worker {
    this.#code ??= readBundleCode(script.bundle);
    const { file, source, cachedData } = this.#code;
    this.#workers.push(worker);
    worker.on("message", (message: { id: number; result?: unknown; error?: WorkerError }) => {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      this.#release(worker);
      if (!pending) return;
      if (message.error) pending.reject(revive(message.error));
      else pending.resolve(message.result);
    });
    // A worker that dies (out of memory, a crash) fails its job and the run.
    worker.on("error", (error) => this.#fail(worker, error));
    worker.on("exit", (code) => {
      if (this.#busy.has(worker))
        this.#fail(worker, new IvpError("internal", say("internal", "worker-stopped", { code })));
    });
    worker.postMessage({ file, source, cachedData, cacheFile: undefined } satisfies BundleCode);
    return worker;
  }

  /** Stops an early worker the pool does not use (one too many, or one that failed before it was taken). */
  #discard({ worker }: EarlyWorker): void {
    // Whatever it still reports, it is not this run's concern.
    worker.on("error", () => undefined);
    this.#stopping.push(worker.terminate());
  }

  #fail(worker: Worker, error: Error): void {
    this.#failure ??= error;
    const id = this.#busy.get(worker);
    this.#busy.delete(worker);
    if (id !== undefined) {
      this.#pending.get(id)?.reject(error);
      this.#pending.delete(id);
    }
    // Whoever waits for a worker learns of the failure instead of waiting forever.
    for (const waiter of this.#waiting.splice(0)) waiter(worker);
  }
}
