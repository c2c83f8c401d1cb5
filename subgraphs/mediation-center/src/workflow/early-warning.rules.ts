/**
 * The early-warning rules (预警规则) in one table: what a warning is raised for and its thresholds.
 * A joint meeting tunes a rule here, not in the queries that apply it (statistics/warnings.ts).
 */
export interface TypeRiseRule {
  /** Carried on every warning, so a reader can look the rule up. */
  id: string;
  /** What the rule watches, as the joint meeting names it. */
  label: string;
  /** How many months before the month in question make the baseline. */
  baselineMonths: number;
  /** The month's cases must exceed the baseline mean by at least this share (50 = 50 %)... */
  minRisePercent: number;
  /** ...and by at least this many cases, so a quiet type going from 1 to 2 raises nothing. */
  minExcessCases: number;
  /** How many of the month's cases each warning lists (the cases behind it). */
  sampleCases: number;
}

export const EARLY_WARNING_RULES = {
  /** A dispute type in a county rising above its own trailing baseline (e.g. unpaid wages before the Spring Festival). */
  TYPE_RISE_OVER_BASELINE: {
    id: "TYPE_RISE_OVER_BASELINE",
    label: "某类纠纷环比异常上升 (a dispute type in a division rising above the mean of its previous six months)",
    baselineMonths: 6,
    minRisePercent: 50,
    minExcessCases: 10,
    sampleCases: 20,
  } satisfies TypeRiseRule,
} as const;
