/**
 * Every text of the linter in English: the same ids as the Dutch source
 * catalogue (nl.ts), which the type checker enforces.
 */
import type { CatalogueLike } from "./catalogue.ts";
import type { nl } from "./nl.ts";

export const en: CatalogueLike<typeof nl> = {
  format: { decimalSeparator: ".", and: " and ", quotes: ['"', '"'] },
  phrases: {
    "table-number": "Table {number}",
    "table-title": "table {title}",
    "place-row": "table {table}",
    "place-indicator": "the indicator's definition",
    "origin-table": "a table",
    "origin-text": "the text",
    "origin-text-section": "the text ({section})",
    "origin-import": "imported data",
    "origin-other": "another source",
    "resolved-sum-of-parts": "the sum of its parts",
    "resolved-full-year": "the sum of its half years",
    "resolved-other-half": "the year minus the other half",
    "resolved-rate": "computed from the count and the population",
    "resolved-missing": "missing",
    "target-relative": "{value} ({change})",
    "target-maximum": "at most {value}",
    "target-minimum": "at least {value}",
    "target-keep-level": "keep the level",
    "target-keep-level-value": "keep the level ({value})",
  },
  rules: {
    "baseline-figure-mismatch": {
      messages: {
        "baseline-differs":
          "The baseline of {label} in {place} is {value} ({period}), but the plan gives {figures} for {period}.",
        "figure-in": "{value} in {origin}",
        "use-figure": "Use {figure} as the baseline, or record where {baseline} comes from.",
      },
    },
    "baseline-target-period": {
      messages: {
        "baseline-after-plan-start":
          "The baseline of {label} in {place} is from {period}, after the start of the plan period {span}.",
        "use-earlier-baseline":
          "Use a baseline from {start} or earlier, or correct the plan period.",
        "target-outside-plan-period":
          "The target of {label} in {place} is for {period}, outside the plan period {span}.",
        "choose-target-year": "Choose a target year from {start} to {end}.",
        "target-not-after-baseline":
          "The target of {label} in {place} is for {period}, not after its baseline ({baseline}).",
        "check-both-years": "A target lies after its baseline; check both years.",
      },
    },
    "claim-contradicted": {
      messages: {
        contradicted: "The claim {quote} ({claim}) is contradicted by the figures: {reasons}.",
        "claim-strictly-decreasing": "lower every year from {from} to {to}",
        "claim-strictly-increasing": "higher every year from {from} to {to}",
        "claim-decreased": "lower in {to} than in {from}",
        "claim-increased": "higher in {to} than in {from}",
        point: "{period} ({value})",
        "point-at-least": "{period} (at least {value}, its {inside} figure)",
        "not-lower": "{later} is not lower than {earlier}",
        "not-higher": "{later} is not higher than {earlier}",
        "rephrase-lower": "Rephrase the claim, e.g. lower in {last} than in {first}.",
        "rephrase-higher": "Rephrase the claim, e.g. higher in {last} than in {first}.",
        "rephrase-or-drop": "Rephrase or drop the claim.",
      },
    },
    "conflicting-figures": {
      messages: {
        "different-values": "{figure} is given as {count} different values: {values}.",
        figure: "{series} {period}",
        "figure-in-area": "{series} {period} ({area})",
        "value-in": "{value} in {origins}",
        "check-against-table": "Check the figure against the source; {table} gives {value}.",
        "check-figures": "Check the figures against the source and use the same one everywhere.",
      },
    },
    "duplicate-id": {
      messages: {
        "duplicate-id": "The id {id} is used twice in {list}{earlier}.",
        "duplicate-code": "The code {id} is used twice in {list}{earlier}.",
        "earlier-spelling": " (before as {earlier}; case does not count)",
        "give-own-id": "Give each entry its own id.",
        "give-own-code": "Give each area its own code.",
      },
    },
    "incomparable-periods": {
      messages: {
        "not-same-months": "{where} compares {from} with {to}, which do not cover the same months.",
        "not-same-months-to-date":
          "{where} compares {from} with {to}, which do not cover the same months; a year-to-date figure can only be compared with the same months of another year.",
        "where-column": "{table}, column {column}",
        "where-claim": "The claim {quote}",
        "where-target": "The target of {label} in {place}",
        "compare-alike": "Compare {to} with {alike}.",
      },
    },
    "indicator-missing-baseline": {
      messages: {
        "no-baseline":
          "The indicator {label} has no baseline: neither on the indicator nor in a table.",
        "no-baseline-in-table":
          "The indicator {label} has no baseline: neither on the indicator nor in its table.",
        "give-baseline": "Give the baseline and its period (baseline: { value, period }).",
      },
    },
    "indicator-missing-direction": {
      messages: {
        "no-direction": "The indicator {label} does not say whether higher or lower is better.",
        "add-direction": "Add direction: lower-is-better or direction: higher-is-better.",
      },
    },
    "indicator-missing-source": {
      messages: {
        "source-only-printed":
          "The indicator {label} has no source, although table {table} prints {source} as its source.",
        "no-source":
          "The indicator {label} has no source: neither on the indicator nor in a table.",
        "no-source-in-table":
          "The indicator {label} has no source: neither on the indicator nor in its table.",
        "add-source": "Add source: {id}.",
        "record-source": "Record the source under sources and refer to it with source.",
      },
    },
    "indicator-missing-target": {
      messages: {
        "no-target": "The indicator {label} has no target.",
        "no-target-in-table": "The indicator {label} has no target, not in its table either.",
        "give-target":
          "Give a target if the indicator is to be assessed; otherwise this notice can be turned off.",
      },
    },
    "indicator-value-conflict": {
      messages: {
        "different-baselines": "{label} has {count} different baselines: {baselines}.",
        "baseline-in": "{value} ({period}) in {places}",
        "use-one-baseline": "Use one baseline in every table that lists the indicator.",
        "use-one-baseline-figures":
          "Use one baseline in every table that lists the indicator; the plan's figures give {figures}.",
        figure: "{value} ({period})",
        "different-targets": "{label} has {count} different targets for {period}: {targets}.",
        "target-in": "{target} in {places}",
        "choose-one-target":
          "Choose one target and use it in every table that lists the indicator.",
      },
    },
    "indicator-wording-conflict": {
      messages: {
        "different-labels":
          "{label} is printed with {count} different labels: {names}. Readers may take them for different indicators.",
        "different-sources": "{label} is printed with {count} different sources: {names}.",
        "printed-in": "{name} in {places}",
        "same-label": "Print the same label for the indicator in every table.",
        "same-source": "Name the source the same way everywhere.",
        "same-source-preferred": "Name the source the same way everywhere, e.g. {preferred}.",
      },
    },
    "label-typo": {
      messages: {
        "likely-typo": "The label {label} in {where} probably has a typo: {typos}.",
        typo: "{word} for {meant} (as in {source})",
        "write-fixed": "Write {label}.",
      },
    },
    "negative-derived-value": {
      messages: {
        "half-year-negative":
          "{series} {half} comes out negative: {sum}. A half year cannot have more than the whole year.",
        subtraction: "{year} ({total}, {totalFrom}) - {part} ({partValue}, {partFrom}) = {rest}",
        "check-source": "Check the year's and the half year's figures against the source.",
      },
    },
    "parts-sum-mismatch": {
      messages: {
        "parts-differ":
          "The parts of {series} in {period} add up to {sum}, not to the total {total}: {terms} = {sum}.",
        "parts-exceed":
          "The parts of {series} in {period} add up to at least {sum}, more than the total {total}: {terms} = {sum}.",
        term: "{series} {value}",
        "term-at-least": "{series} at least {value} (its {period} figure)",
        "check-total-and-parts":
          "Check the total and its parts against the source; if the parts do not cover the whole total, set complete: false.",
        "part-missing":
          "A part is missing from the breakdown, or the total is too low; check both against the source.",
      },
    },
    placeholder: {
      messages: {
        "still-placeholder": "{field} is still a placeholder: {text}.",
        "replace-text": "Replace the text with the municipality's own.",
      },
    },
    "printed-change-mismatch": {
      messages: {
        "printed-differs": "{where}{periods}: the document prints {printed}, but {explanation}.",
        where: "{table}, {row}, column {column}",
        periods: " ({from} - {to})",
        "missing-value": "a value is missing, so the cell stays empty",
        "zero-base": "{from} to {to} has no percentage (the base is 0), so the cell stays empty",
        recomputed: "{from} to {to} is {exact}, so {text}",
        "leave-empty": "Leave the cell empty.",
        "print-text": "Print {text}.",
      },
    },
    "priority-without-indicators": {
      messages: {
        "no-indicator": "The priority {priority} has no indicator: how is its goal measured?",
        "add-indicators":
          "Add an indicator table with theme: {theme}, or list indicators under the priority's indicators.",
      },
    },
    "relative-target-mismatch": {
      messages: {
        "target-mismatch":
          "The target {target} of {label} does not match its percentage: {change} of {base} is {steps}; {value} is {amount} {direction}{actual}.",
        rounded: "{exact}, which rounds to {resolved} ({rounding})",
        rounding: "{mode}, {places}",
        "mode-half-away-from-zero": "half away from zero",
        "mode-half-even": "half to even",
        "mode-floor": "down",
        "mode-ceil": "up",
        "mode-trunc": "toward zero",
        "whole-numbers": "whole numbers",
        decimals: { one: "{count} decimal", other: "{count} decimals" },
        more: "more",
        less: "less",
        "actual-change": ", a change of {change}",
        "value-with-change": "{value} ({change})",
        "print-right": "Print {right}.",
        "print-right-or-other": "Print {right}, or {other} if {value} is the intended target.",
      },
    },
    "shorter-period-exceeds-longer": {
      messages: {
        "shorter-exceeds-longer":
          "{series} {shorter} ({shorterValue}, in {shorterOrigin}) is more than {longer} ({longerValue}, in {longerOrigin}), a period that contains {shorter}; a count cannot shrink when the period grows.",
        "check-both": "Check both figures and their periods against the source.",
      },
    },
    "source-name-typo": {
      messages: {
        "likely-typo": "The source {source} in table {table} looks like a typo of {name}.",
        "write-name": "Write {name}.",
      },
    },
    "target-direction": {
      messages: {
        "wrong-kind":
          "The target {target} of {label} in {place} is a {kind}, but for this indicator {better}.",
        "wrong-way": "The target {target} of {label} in {place} goes the wrong way: {better}.",
        "worse-than-baseline":
          "The target {target} of {label} in {place} is worse than the baseline {baseline}: {better}.",
        maximum: "maximum",
        minimum: "minimum",
        "lower-is-better": "lower is better",
        "higher-is-better": "higher is better",
        "check-direction":
          "Check the target and the direction (direction: {direction}); write a deliberate floor or ceiling as minimum or maximum.",
      },
    },
    "unknown-lint-rule": {
      messages: {
        "no-such-rule":
          "lint.rules names {rule}, but there is no such rule; the setting has no effect.",
        "did-you-mean": "Did you mean {rule}?",
        "use-known-rule": "Use one of the rules listed in ivp's documentation.",
      },
    },
    "unknown-reference": {
      messages: {
        "unknown-id": "Unknown {kind} {id}: it is not in {list}.",
        "kind-area": "area",
        "list-area": "areas",
        "kind-series": "series",
        "list-series": "series",
        "kind-indicator": "indicator",
        "list-indicator": "indicators",
        "kind-source": "source",
        "list-source": "sources",
        "kind-partner": "partner",
        "list-partner": "partners",
        "kind-table": "table",
        "list-table": "tables",
        "kind-theme": "priority or theme",
        "list-theme": "priorities and themes",
        "no-kernbeleid-theme": "Kernbeleid Veiligheid has no theme {theme}.",
        "not-a-column": "{id} is not a {wanted} of table {table}.",
        "change-column": "change column",
        "reference-column": "reference column",
        "use-kernbeleid-code": "Use a code from 1.1 to 5.5 as listed in Bijlage 2.",
        "use-column": "Use one of: {options}.",
        "did-you-mean": "Did you mean {id}?",
        "define-id": "Define the id, or refer to one that exists.",
      },
    },
    "unused-acknowledgement": {
      messages: {
        "nothing-found":
          "lint.acknowledged accepts a finding of {rule} at {field}, but the rule finds nothing there.",
        "no-such-rule": "lint.acknowledged names the rule {rule}, but there is no such rule.",
        "did-you-mean": "Did you mean {rule}?",
        "field-moved": "The rule does find something at {field}; has the field moved?",
        "remove-acknowledgement": "Remove the acknowledgement: there is nothing left to accept.",
      },
    },
    "value-out-of-range": {
      messages: {
        "figure-impossible": "{series} {period} is {value} in {origin}, but {problem}.",
        "baseline-impossible": "The baseline of {label} in {place} is {value}, but {problem}.",
        "target-impossible": "The target of {label} in {place} is {value}, but {problem}.",
        "change-out-of-range":
          "The target of {label} in {place} is a change of {change}{result}, but {problem}.",
        "from-baseline": ": from {from} that is {implied}",
        "check-percentage": "Check the percentage against the source: a decrease is at most -100%.",
        "lost-decimal-comma": "Probably {value} was meant (a lost decimal comma).",
        "check-figure": "Check the figure against the source.",
      },
    },
  },
};
