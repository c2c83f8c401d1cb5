import { Decimal } from "decimal.js";
import type { Problem } from "./errors.ts";

/**
 * Money is yuan with at most two decimals, carried as a string end to end (GraphQL, JS, the
 * numeric(14,2) column) so that no amount ever passes through a binary float.
 */
export const MONEY_MAX = new Decimal("999999999999.99");

const DECIMAL_ZH = "金额应写成以元为单位、最多两位小数的数字，如 1234.50";

export function moneyProblem(value: unknown): Problem | null {
  if (typeof value === "number") return { en: "must be a decimal string such as \"1234.50\", not a number (floats lose cents)", zh: DECIMAL_ZH };
  if (typeof value !== "string") return { en: "must be a decimal string such as \"1234.50\"", zh: DECIMAL_ZH };
  if (!/^\d+(\.\d{1,2})?$/.test(value)) {
    if (/^-/.test(value)) return { en: "must not be negative", zh: "金额不能为负数" };
    if (/^\d+\.\d{3,}$/.test(value)) return { en: "has more than two decimals (fen is the smallest unit)", zh: "金额最多两位小数（最小单位为分）" };
    return { en: "must be a decimal string such as \"1234.50\"", zh: DECIMAL_ZH };
  }
  if (new Decimal(value).gt(MONEY_MAX)) return { en: "is larger than 999999999999.99", zh: "金额不能超过 999999999999.99 元" };
  return null;
}

/** Canonical two-decimal form, the form stored and returned. */
export function normaliseMoney(value: string): string {
  return new Decimal(value).toFixed(2);
}

export function addMoney(a: string, b: string): string {
  return new Decimal(a).plus(b).toFixed(2);
}
