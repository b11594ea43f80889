import {
  checkReferences,
  type Issue,
  type Language,
  type Plan,
  type PlanIssue,
  type PlanPath,
  planSchema,
} from "@ivp/model";
import { type Document, isNode, LineCounter, parseDocument, visit } from "yaml";
import { describedField, describeZodIssues } from "./describe-zod-issue.ts";
import { acceptDutchDecimals, flowDecimalCommaIssues } from "./dutch-numbers.ts";
import { locatePlanIssues } from "./locate-findings.ts";
import { PLAN_FILE_CATALOGUES, type PlanFileSay, planFileSay } from "./messages/say.ts";
import { wordPlanIssue } from "./messages/word-plan-issue.ts";
import { FAST_PATH_FAILED, readYamlFast } from "./read-yaml-fast.ts";
import { type Position, YamlLocator } from "./yaml-locator.ts";
import { findExcessiveNesting, MAX_YAML_DEPTH } from "./yaml-nesting.ts";
import { useZodEnglishMessages } from "./zod-english.ts";

const YAML_SYNTAX = PLAN_FILE_CATALOGUES.en.messages["yaml-syntax"];

/** A plan parsed from YAML, with a way back from any path to its place in the file. */
export interface ParsedPlanYaml {
  readonly plan: Plan;
  readonly file: string;
  /** Line and column (1-based) where the value at a path was written. */
  readonly locate: (path: PlanPath) => Position;
}

/** The result of {@link parsePlanYaml}. */
export type ParsePlanYamlResult =
  | ({ readonly success: true } & ParsedPlanYaml)
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Options of {@link parsePlanYaml}. */
export interface ParsePlanYamlOptions {
  /** Skip the check of references between ids (for partial plans). Default false. */
  readonly skipReferences?: boolean;
  /** The language of the issues' messages. Default English. */
  readonly lang?: Language;
}

/**
 * Parses and validates the text of a `plan.yaml`. Pure: no file access.
 * Every problem (YAML syntax, a wrong type, an unknown field, a reference to an
 * id that does not exist) comes back with the file, line and column, the field,
 * what was expected and, where one is likely, a fix.
 *
 * @param text - the YAML text (a leading byte-order mark is ignored)
 * @param file - the file name to put in messages
 * @example
 * parsePlanYaml("schemaVersion: 1\n", "plan.yaml").success //=> false (fields are missing)
 */
export function parsePlanYaml(
  text: string,
  file: string,
  options: ParsePlanYamlOptions = {},
): ParsePlanYamlResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lang = options.lang ?? "en";
  const say = planFileSay(lang);
  // A schema issue without ivp's own words keeps zod's (see zod-english.ts).
  useZodEnglishMessages();
  // Fast path: js-yaml reads a valid plan ten times faster than the yaml
  // package's Document API. The Document, which knows where every node was
  // written, is built only when a position is needed (an error, a finding).
  let located: { doc: Document; lineCounter: LineCounter; locator: YamlLocator } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
      located = { doc, lineCounter, locator: new YamlLocator(doc, lineCounter) };
    }
    return located;
  };
  const nesting = findExcessiveNesting(source);
  if (nesting) {
    return {
      success: false,
      issues: [
        {
          code: "yaml-too-deep",
          severity: "error",
          location: { file, line: nesting.line, column: nesting.column },
          message: say("yaml", "too-deep", {
            max: MAX_YAML_DEPTH,
            line: nesting.deepLine,
            column: nesting.deepColumn,
          }),
          hint: say("yaml", "too-deep-hint"),
        },
      ],
    };
  }
  let data = readYamlFast(source, { depthChecked: true });
  if (data === FAST_PATH_FAILED) {
    const { doc, lineCounter } = locate();
    if (doc.errors.length > 0) {
      return {
        success: false,
        issues: doc.errors.map((error) => {
          const { line, col } = lineCounter.linePos(error.pos[0]);
          const parser = (error.message.split("\n")[0] ?? error.message).replace(
            / at line \d+, column \d+:?$/,
            "",
          );
          // A code of a later yaml release without a text yet: the parser's words.
          const message = Object.hasOwn(YAML_SYNTAX, error.code)
            ? say("yaml-syntax", error.code, { parser })
            : parser;
          return {
            code: "yaml-syntax",
            severity: "error",
            location: { file, line, column: col },
            message,
            hint:
              error.code === "DUPLICATE_KEY"
                ? say("yaml", "duplicate-key-hint")
                : say("yaml", "syntax-hint"),
          } satisfies Issue;
        }),
      };
    }
    const tags = tagIssues(doc, source, lineCounter, file, say);
    if (tags.length > 0) return { success: false, issues: tags };
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return {
        success: false,
        issues: [
          {
            code: "yaml-syntax",
            severity: "error",
            location: { file, line: 1, column: 1 },
            message: say("yaml-syntax", "RESOURCE_EXHAUSTION", {
              parser: String((error as Error).message),
            }),
            hint: say("yaml", "aliases-hint"),
          },
        ],
      };
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      success: false,
      issues: [
        {
          code: "invalid-type",
          severity: "error",
          location: { file, line: 1, column: 1 },
          message: say("yaml", "not-a-mapping"),
        },
      ],
    };
  }
  let parsed = planSchema.safeParse(data, { reportInput: true });
  // Dutch plans may write decimals as Dutch people do (see dutch-numbers.ts).
  const dutch = (data as { language?: unknown }).language !== "en";
  if (!parsed.success && dutch) {
    const accepted = acceptDutchDecimals(data, parsed.error.issues);
    if (accepted !== undefined) {
      data = accepted as object;
      parsed = planSchema.safeParse(data, { reportInput: true });
    }
  }
  if (!parsed.success) {
    const described = describeZodIssues(planSchema, data, parsed.error.issues, lang);
    const issues = described.map((issue): Issue => {
      const position = locate().locator.locate(
        issue.path,
        issue.key !== undefined ? { keyOf: issue.key } : {},
      );
      const field = describedField(issue);
      return {
        code: issue.code,
        severity: "error",
        location: { file, line: position.line, column: position.column, ...(field && { field }) },
        message: issue.message,
        ...(issue.expected && { expected: issue.expected }),
        ...(issue.hint && { hint: issue.hint }),
      };
    });
    if (dutch) {
      const { doc, lineCounter } = locate();
      issues.push(...flowDecimalCommaIssues(doc, lineCounter, file, source, lang));
    }
    return { success: false, issues: sortIssues(issues) };
  }
  const plan = parsed.data;
  const locateAt = (path: PlanPath) => locate().locator.locate(path);
  if (!options.skipReferences) {
    const problems = checkReferences(plan);
    if (problems.length > 0) {
      return {
        success: false,
        issues: sortIssues(
          locatePlanIssues(problems, file, locateAt).map((issue, i) => ({
            ...issue,
            ...wordPlanIssue(problems[i] as PlanIssue, say),
          })),
        ),
      };
    }
  }
  return { success: true, plan, file, locate: locateAt };
}

/**
 * Every explicit YAML tag in a document, as an error at the tag. The plan
 * format defines no tags: an unknown one (`!!js/function`, `!custom`) would
 * otherwise become text silently, and the core schema's own (`!!str`) are
 * never needed (quote a value to make it text).
 */
function tagIssues(
  doc: Document,
  source: string,
  lineCounter: LineCounter,
  file: string,
  say: PlanFileSay,
): Issue[] {
  const issues: Issue[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) || node.tag === undefined || !node.range) return;
    let start = source.lastIndexOf("!", node.range[0]);
    while (start > 0 && source[start - 1] === "!") start--;
    const written = /^!\S*/.exec(source.slice(start))?.[0] ?? node.tag;
    const { line, col } = lineCounter.linePos(start < 0 ? node.range[0] : start);
    issues.push({
      code: "yaml-tag",
      severity: "error",
      location: { file, line, column: col },
      message: say("yaml", "tag", { tag: written }),
      hint: say("yaml", "tag-hint"),
    });
  });
  return issues;
}

/**
 * Orders issues by file, line and column; issues without a line come first
 * in their file. The input is not changed.
 *
 * @param issues - issues in any order
 * @returns a new array in reading order
 * @example
 * sortIssues([
 *   { code: "yaml-tag", severity: "error", location: { file: "plan.yaml", line: 9, column: 1 }, message: "later" },
 *   { code: "yaml-syntax", severity: "error", location: { file: "plan.yaml", line: 4, column: 7 }, message: "earlier" },
 * ]).map((issue) => issue.code) //=> ["yaml-syntax", "yaml-tag"]
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.location?.file ?? "").localeCompare(b.location?.file ?? "") ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}
