/** The fixed set of codes an {@link IvpError} can carry. */
export type IvpErrorCode =
  | "invalid-period"
  | "invalid-date"
  | "incomparable-periods"
  | "invalid-number"
  | "unknown-reference"
  | "unknown-table"
  | "invalid-plan"
  | "malformed-file"
  | "ambiguous-mapping"
  | "unknown-municipality"
  | "not-a-regular-file"
  | "plan-busy";

/**
 * A domain failure of `@ivp/model`: a small named error with a stable `code`,
 * so callers branch on the code and never on the message text.
 *
 * @example
 * try { parsePeriodOrThrow("2017-H3") } catch (e) { if (e instanceof IvpError) e.code } //=> "invalid-period"
 */
export class IvpError extends Error {
  override readonly name = "IvpError";
  readonly code: IvpErrorCode;

  constructor(code: IvpErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The result of a function that validates its input instead of throwing. */
export type Result<T, E = { readonly code: IvpErrorCode; readonly message: string }> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: E };
