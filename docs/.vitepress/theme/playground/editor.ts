/**
 * The playground's editor: CodeMirror 6 (a kept editor, not a hand-written
 * one) with YAML highlighting, line numbers, undo, and the plan's findings as
 * CodeMirror diagnostics: a mark in the gutter, the text underlined from the
 * finding's line and column, the message and fix on hover (and F8 / Ctrl-Shift-M
 * from the keyboard). Tab is left to the page, so keyboard users can leave
 * the editor (CodeMirror's default: Tab moves focus unless indentWithTab).
 */
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { Compartment, EditorState, type Text } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { FindingJson, IssueJson } from "@ivp/plan-file";

/** A finding or an issue, as the editor marks it (in the form `ivp validate --format json` prints). */
export type Problem =
  | ({ readonly kind: "finding" } & FindingJson)
  | ({ readonly kind: "issue" } & IssueJson);

/** Every problem of a check, findings and issues alike, in one list. */
export function problemsOf(check: {
  readonly issues: readonly IssueJson[];
  readonly findings: readonly FindingJson[];
}): Problem[] {
  return [
    ...check.issues.map((i) => ({ kind: "issue" as const, ...i })),
    ...check.findings.map((f) => ({ kind: "finding" as const, ...f })),
  ];
}

/** The rule id of a finding, the code of an issue. */
export function ruleOf(problem: Problem): string {
  return problem.kind === "finding" ? problem.rule : problem.code;
}

/** The fix a problem suggests, if any: a finding's suggestion, an issue's expected value and hint. */
export function fixOf(problem: Problem): string | undefined {
  if (problem.kind === "finding") return problem.suggestion;
  const parts = [problem.expected && `expected ${problem.expected}`, problem.hint].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

/** The offset in `doc` of a 1-based line and column, kept inside the document. */
function offsetOf(doc: Text, line: number | undefined, column: number | undefined): number {
  const l = doc.line(Math.min(Math.max(line ?? 1, 1), doc.lines));
  return Math.min(l.from + Math.max((column ?? 1) - 1, 0), l.to);
}

/**
 * The range a problem underlines: from its line and column to the end of the
 * value written there (a quoted text to its closing quote, else up to a space,
 * comma, bracket or comment), or the rest of the line.
 */
function rangeOf(doc: Text, problem: Problem): { from: number; to: number } {
  const from = offsetOf(doc, problem.line, problem.column);
  const rest = doc.sliceString(from, doc.lineAt(from).to);
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(rest);
  const bare = /^[^\s,#\]}]+(?: +[^\s,#\]}:]+)*/.exec(rest);
  const length = quoted?.[0].length ?? bare?.[0].length ?? rest.trimEnd().length;
  return { from, to: from + Math.max(length, 0) };
}

/** The diagnostics of the problems in one file. */
function diagnosticsFor(doc: Text, file: string, problems: readonly Problem[]): Diagnostic[] {
  return problems
    .filter((p) => p.file === file)
    .map((p) => {
      const fix = fixOf(p);
      const acknowledged = p.kind === "finding" && p.acknowledged !== undefined;
      return {
        ...rangeOf(doc, p),
        severity: p.severity,
        source: ruleOf(p),
        message: [
          p.message,
          ...(fix ? [`fix: ${fix}`] : []),
          ...(acknowledged ? [`acknowledged: ${(p as FindingJson).acknowledged}`] : []),
        ].join("\n"),
      };
    });
}

/** An editor for one file at a time. */
export interface PlanEditor {
  readonly view: EditorView;
  /** Shows `text` as `file` (YAML highlighting for .yaml), keeping nothing of the previous file. */
  open(file: string, text: string): void;
  /** Marks the problems of the current file. */
  mark(problems: readonly Problem[]): void;
  /** Puts the cursor at a line and column, scrolls there and focuses the editor. */
  goTo(line: number | undefined, column: number | undefined): void;
  destroy(): void;
}

/**
 * Creates the editor in `parent`.
 *
 * @param onChange - called with the file and its new text after every edit
 */
export function createEditor(
  parent: HTMLElement,
  onChange: (file: string, text: string) => void,
): PlanEditor {
  const language = new Compartment();
  const label = new Compartment();
  let file = "";
  const stateFor = (text: string) =>
    EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        language.of(file.endsWith(".yaml") || file.endsWith(".yml") ? yaml() : []),
        // tabindex: the text is a stop in the page's tab order, and tools
        // (axe) see that the scrolling editor has focusable content.
        label.of(
          EditorView.contentAttributes.of({ "aria-label": `Editor: ${file}`, tabindex: "0" }),
        ),
        lintGutter(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(file, update.state.doc.toString());
        }),
      ],
    });
  const view = new EditorView({ parent, state: stateFor("") });
  return {
    view,
    open(next, text) {
      file = next;
      view.setState(stateFor(text));
    },
    mark(problems) {
      view.dispatch(setDiagnostics(view.state, diagnosticsFor(view.state.doc, file, problems)));
    },
    goTo(line, column) {
      const at = offsetOf(view.state.doc, line, column);
      view.dispatch({
        selection: { anchor: at },
        effects: EditorView.scrollIntoView(at, { y: "center" }),
      });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
