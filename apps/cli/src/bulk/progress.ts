import { decimal, say } from "../messages/say.ts";

/** Where a progress display writes: standard error, or a stand-in in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined;
  readonly columns?: number;
  write(text: string): unknown;
}

/** What a bulk run has done so far. */
export interface BulkProgress {
  /** Bytes read. */
  readonly bytes: number;
  /** The size of the data file, when the bar can show a share of it. */
  readonly totalBytes?: number | undefined;
  /** Reports written. */
  readonly reports: number;
  /** Reports to write in all, once known (after reading an ungrouped file). */
  readonly totalReports?: number | undefined;
}

/** Options of {@link ProgressBar.create}. */
export interface ProgressBarOptions {
  readonly stream: ProgressStream;
  /** `--quiet`: never show the bar. */
  readonly quiet: boolean;
  /** The clock in milliseconds; default `performance.now`. */
  readonly now?: () => number;
  /** Least time between two redraws, in milliseconds. Default 100. */
  readonly interval?: number;
}

const WIDTH = 24;

/**
 * The one-line progress display of `ivp bulk` on standard error: a bar (share
 * of the file read, or of the reports written once reading is done), bytes
 * read, reports written, time taken. Redrawn in place at most ten
 * times a second. Shown only on a terminal: when standard error is a file or
 * a pipe, or with `--quiet`, it writes nothing at all.
 */
export class ProgressBar {
  readonly enabled: boolean;
  readonly #stream: ProgressStream;
  readonly #now: () => number;
  readonly #interval: number;
  readonly #started: number;
  #last = Number.NEGATIVE_INFINITY;
  #drawn = false;

  private constructor(options: ProgressBarOptions) {
    this.#stream = options.stream;
    this.enabled = !options.quiet && options.stream.isTTY === true;
    this.#now = options.now ?? (() => performance.now());
    this.#interval = options.interval ?? 100;
    this.#started = this.#now();
  }

  /** A progress display on `stream`, enabled only when it is a terminal and not `quiet`. */
  static create(options: ProgressBarOptions): ProgressBar {
    return new ProgressBar(options);
  }

  /** Redraws the line, unless it was drawn less than the interval ago (or `force`). */
  update(progress: BulkProgress, force = false): void {
    if (!this.enabled) return;
    const now = this.#now();
    if (!force && now - this.#last < this.#interval) return;
    this.#last = now;
    this.#stream.write(`\r\x1b[2K${this.line(progress, now)}`);
    this.#drawn = true;
  }

  /** The text of the line (without the control characters that redraw it). */
  line(progress: BulkProgress, now = this.#now()): string {
    const share =
      progress.totalReports !== undefined && progress.totalReports > 0
        ? progress.reports / progress.totalReports
        : progress.totalBytes !== undefined && progress.totalBytes > 0
          ? Math.min(1, progress.bytes / progress.totalBytes)
          : undefined;
    const bar =
      share === undefined
        ? ""
        : `[${"#".repeat(Math.round(share * WIDTH)).padEnd(WIDTH, "-")}] ${String(Math.floor(share * 100)).padStart(3)}%  `;
    const reports =
      progress.totalReports !== undefined
        ? say("bulk", "progress-reports-of", {
            count: progress.reports,
            total: progress.totalReports,
          })
        : say("bulk", "progress-reports", { count: progress.reports });
    const text = say("bulk", "progress-line", {
      bar,
      megabytes: decimal(progress.bytes / 1e6, 1),
      reports,
      seconds: decimal((now - this.#started) / 1000, 1),
    });
    const columns = this.#stream.columns ?? 80;
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  }

  /** Removes the line, so what follows starts on a clean line. */
  clear(): void {
    if (!this.enabled || !this.#drawn) return;
    this.#stream.write("\r\x1b[2K");
    this.#drawn = false;
  }
}
