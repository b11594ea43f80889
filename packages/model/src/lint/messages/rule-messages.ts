/**
 * What a rule uses to report: its message ids, typed from the Dutch catalogue
 * so that a rule cannot report a message that has no text. Internal to the
 * linter.
 */
import type { MessageData, MessageValue } from "./message-value.ts";
import type { nl } from "./nl.ts";

type Rules = (typeof nl)["rules"];

/** The id of a rule the catalogues have texts for. */
export type CatalogueRuleId = keyof Rules & string;

/** The id of one of a rule's messages. */
export type MessageId<R extends CatalogueRuleId> = keyof Rules[R]["messages"] & string;

/** The id of a phrase the rules share. */
export type PhraseId = keyof (typeof nl)["phrases"] & string;

/** A finding's message: its id and the values its placeholders need. */
export interface ReportedMessage {
  readonly messageId: string;
  readonly data: MessageData;
}

/** A finding's suggestion: its id and the values its placeholders need. */
export interface ReportedSuggestion {
  readonly suggestionId: string;
  readonly suggestionData: MessageData;
}

/** The texts a rule reports with. */
export interface RuleMessages<R extends CatalogueRuleId> {
  /** A finding's message, to spread into the finding. */
  message(id: MessageId<R>, data?: MessageData): ReportedMessage;
  /** A finding's suggestion, to spread into the finding. */
  suggestion(id: MessageId<R>, data?: MessageData): ReportedSuggestion;
  /** A part of a message, as a value of another message's data. */
  fragment(id: MessageId<R>, data?: MessageData): MessageValue;
}

/**
 * The messages of one rule. The rule's id is only for the type checker: it
 * types the message ids the rule may report.
 *
 * @example
 * const say = ruleMessages("duplicate-id");
 * say.message("duplicate-id", { id: quoted("bvh"), list: "sources", earlier: "" })
 * //=> { messageId: "duplicate-id", data: { id: { kind: "quoted", text: "bvh" }, ... } }
 */
export function ruleMessages<R extends CatalogueRuleId>(_rule: R): RuleMessages<R> {
  return {
    message: (id, data = {}) => ({ messageId: id, data }),
    suggestion: (id, data = {}) => ({ suggestionId: id, suggestionData: data }),
    fragment: (id, data = {}) => ({ kind: "fragment", id, data }),
  };
}

/** A phrase the rules share (`phrases` in the catalogue), as a value of a message's data. */
export function phrase(id: PhraseId, data: MessageData = {}): MessageValue {
  return { kind: "phrase", id, data };
}
