import type { SourceLocation } from "./issue/issue.ts";
import type { IssueCode } from "./issue/issue-code.ts";

/**
 * The codes an {@link IvpError} can carry.
 *
 * @deprecated Use {@link IssueCode}, which it is.
 */
export type IvpErrorCode = IssueCode;

/** Options of {@link IvpError}. */
export interface IvpErrorOptions {
  /** Where the problem is. */
  readonly location?: SourceLocation;
  /** How to fix it. */
  readonly hint?: string;
  /** The error that caused this one (an `fs` error, a YAML parser's error), kept as the standard `cause`. */
  readonly cause?: unknown;
  /**
   * The message as data: its id in a message catalogue (`unknown-table`) and
   * the values of its placeholders, so that where the reader's language is
   * known the text can be chosen in it (`@ivp/plan-file`'s `wordError`). The
   * `message` is the English text.
   */
  readonly messageId?: string;
  /** The values of the placeholders of the message `messageId` names (and of its hint). */
  readonly data?: ErrorData;
}

/** The values of a message's placeholders, language-free: text, or a number (`count` chooses a plural). */
export type ErrorData = Readonly<Record<string, string | number>>;

/**
 * A failure ivp reports: a small named error with a stable `code` (an
 * {@link IssueCode}), so callers branch on the code and never on the message
 * text, and with the file, line and column where it was found and a hint how
 * to fix it when there is one. Every error the ivp packages throw is one (or
 * a subclass); `@ivp/plan-file`'s `issueOf` turns it into an `Issue`.
 *
 * @example
 * try { parsePeriodOrThrow("2017-H3") } catch (e) { if (e instanceof IvpError) e.code } //=> "invalid-period"
 * new IvpError("malformed-file", "a quoted field is not closed", { location: { file: "a.csv", line: 9, column: 14 } }).location?.line //=> 9
 */
export class IvpError extends Error {
  override readonly name: string = "IvpError";
  readonly code: IssueCode;
  declare readonly location?: SourceLocation;
  declare readonly hint?: string;
  declare readonly messageId?: string;
  declare readonly data?: ErrorData;

  constructor(code: IssueCode, message: string, options: IvpErrorOptions = {}) {
    // The standard `cause` option: set only when given.
    super(message, options);
    this.code = code;
    if (options.location) (this as { location?: SourceLocation }).location = options.location;
    if (options.hint) (this as { hint?: string }).hint = options.hint;
    if (options.messageId) (this as { messageId?: string }).messageId = options.messageId;
    if (options.data) (this as { data?: ErrorData }).data = options.data;
  }
}

/** The result of a function that validates its input instead of throwing. */
export type Result<T, E = { readonly code: IssueCode; readonly message: string }> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E };
