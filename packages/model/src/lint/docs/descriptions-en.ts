/**
 * What each lint rule checks and why it matters, in English: the same rules as
 * the Dutch source (descriptions-nl.ts), which the type checker enforces.
 */
import type { CatalogueRuleId } from "../messages/rule-messages.ts";

export const enDescriptions: Readonly<Record<CatalogueRuleId, string>> = {
  "baseline-figure-mismatch":
    "An indicator's baseline is the figure of its period. When the plan gives another figure for that period (in a table or in the text), one of the two is wrong. When the figures disagree among themselves, conflicting-figures reports it; this rule only reports a baseline that differs from every figure.",
  "baseline-target-period":
    "A target belongs inside the plan period, and a baseline before its target and not after the plan's first year: the baseline describes the situation the plan starts from.",
  "claim-contradicted":
    'A claim in the text about how a series developed ("decreasing every year since 2013") is checked against the plan\'s figures. "Every year" means lower (or higher) in every period than in the previous one with a figure; "decreased" means lower at the end than at the start. When a count has no figure for a year, the figure of a shorter period in that year counts as a lower bound: 7 up to October 2018 is already more than 6 in all of 2017.',
  "conflicting-figures":
    "The same figure (the same series, area and period) can have only one value. When the text says 65 and the table 63, one of them is wrong.",
  "duplicate-id":
    "An id may occur only once in its list (series, indicators, sources, …; priorities and themes together), or a reference to it is ambiguous; so may an area's code. Case does not count (GM0376 and gm0376 are the same), nor do characters that are the same after Unicode normalisation (NFKC). Plan files read by ivp are already checked for this when they are loaded.",
  "incomparable-periods":
    "Figures over periods with other months cannot be compared: January-October 2018 with January-October 2017, never with all of 2017. Checked are the change columns of tables, claims in the text, and each indicator's baseline against its target.",
  "indicator-missing-baseline":
    "Without a baseline (on the indicator or in a table) nobody can see how much progress was made. For a process indicator without a starting measurement, the rule can be turned off per plan (lint: { rules: { indicator-missing-baseline: off } }).",
  "indicator-missing-direction":
    "Whether a higher value is better or worse differs per indicator: fewer burglaries is better, and so is a higher grade. Without a direction ivp cannot assess progress.",
  "indicator-missing-source":
    "Every indicator needs a source: where do its figures come from, and where will the next progress analysis get them? A source only printed in a table belongs on the indicator as an id too.",
  "indicator-missing-target":
    "An indicator without a target (on the indicator or in a table) is followed but not assessed. That may be deliberate, hence this is for information.",
  "indicator-value-conflict":
    "An indicator listed in several tables must have the same baseline and the same target for each period everywhere. Two values for one target make progress unmeasurable: which one holds?",
  "indicator-wording-conflict":
    'An indicator listed in several tables should have the same label and the same source everywhere. Another label ("Aantal verwarde personen" against "Aantal meldingen van verwarde personen") or source makes readers wonder whether it is the same figure. Footnote markers, capitals and spacing do not count.',
  "label-typo":
    'Row labels as printed (label in tables and indicatorTables) are compared word by word with the names of the plan\'s series and indicators. A word one letter away from a known word (two for words of ten letters or more), such as "vermielingen" next to "Vernielingen", is probably a typo. Inflections ("geslaagd", "geslaagde") and words shorter than five letters do not count.',
  "negative-derived-value":
    "ivp derives missing half years: July-December is the year minus January-June. When such a derived count comes out negative, the year is smaller than one of its halves, and one of the figures is wrong. Only counts (unit count) are derived this way.",
  "parts-sum-mismatch":
    'Sub-rows declared complete (parts with complete: true, such as "...of which attempts" and "...of which succeeded") must add up to their total in every period. When a part\'s figure is missing, the known parts must not exceed the total; for counts, a part then counts for at least its figure over a shorter period inside the same period.',
  placeholder:
    "A text that starts with TODO is a placeholder written by ivp init or ivp bulk: the municipality still has to write it. The report of such a plan says at the top that it still contains placeholders. ivp validate --placeholders-as-errors makes them errors, for instance before a plan goes to the council.",
  "printed-change-mismatch":
    "Where the plan records the percentage the document printed (printed), ivp recomputes it: (new - old) / old x 100, exactly and rounded half away from zero, with + for an increase and an empty cell when the base is 0. A printed percentage that differs was computed or copied wrongly.",
  "priority-without-indicators":
    "A priority without an indicator (no indicators and no indicator table with this theme) has no measurable goal: council and executive cannot see whether the approach works. Other themes need no indicator.",
  "relative-target-mismatch":
    "A target written as a value with a percentage, such as \"60 (-25%)\", must add up: the percentage applied to the baseline and rounded by the plan's rounding rule (by default half away from zero, to the baseline's decimals) must give the value. Otherwise nobody knows which target holds.",
  "shorter-period-exceeds-longer":
    "A count over a shorter period cannot be larger than over a period that contains it: January-October not above the full year, January-June not above January-October. Only counts (unit count) of the same series in the same area are compared; grades and percentages are not, as they do not add up. A half year above its year is reported by negative-derived-value.",
  "source-name-typo":
    'The source as printed in an indicator table is compared with the names under sources. When it is one or two characters away from a known name (letters swapped, dropped or added), such as "BHV/Politie" next to "BVH/politie", it is probably a typo. Capitals, footnote markers and spaces around a slash do not count.',
  "target-direction":
    "A target should go the right way: for lower-is-better a lower value or a negative percentage, for higher-is-better a higher value or a positive percentage. A maximum fits lower-is-better, a minimum higher-is-better. A target worse than the baseline is usually a mistake; when it is deliberate, use maximum or minimum.",
  "unknown-lint-rule":
    "Every rule under lint.rules must be one ivp knows. A misspelt rule id turns nothing off or on, and nobody would notice otherwise.",
  "unknown-reference":
    "Every reference to an id (series, area, source, partner, indicator, table, priority or theme, Kernbeleid code, column) must point at something that exists. Plan files read by ivp are already checked for this when they are loaded; this rule serves plans parsed without that check.",
  "unused-acknowledgement":
    "Every entry under lint.acknowledged must match a finding: the same rule, the same field. An acknowledgement without a finding is stale (the slip was fixed, the rule turned off or the field moved) and should go, or it may later accept something else unnoticed.",
  "value-out-of-range":
    "Every value must be possible in its unit: a grade between 1 and 10, a percentage between 0 and 100, a count whole and not negative, a rate per 1,000 inhabitants not negative. This holds for figures, baselines and targets, also for the value a relative target comes to (-200% of a count is negative).",
};
