import { Decimal } from "decimal.js";

/**
 * Money is yuan with at most two decimals, carried as a string end to end (GraphQL, JS, the
 * numeric(14,2) column) so that no amount ever passes through a binary float.
 */
export const MONEY_MAX = new Decimal("999999999999.99");

export function moneyProblem(value: unknown): string | null {
  if (typeof value === "number") return "must be a decimal string such as \"1234.50\", not a number (floats lose cents)";
  if (typeof value !== "string") return "must be a decimal string such as \"1234.50\"";
  if (!/^\d+(\.\d{1,2})?$/.test(value)) {
    if (/^-/.test(value)) return "must not be negative";
    if (/^\d+\.\d{3,}$/.test(value)) return "has more than two decimals (fen is the smallest unit)";
    return "must be a decimal string such as \"1234.50\"";
  }
  if (new Decimal(value).gt(MONEY_MAX)) return "is larger than 999999999999.99";
  return null;
}

/** Canonical two-decimal form, the form stored and returned. */
export function normaliseMoney(value: string): string {
  return new Decimal(value).toFixed(2);
}

export function addMoney(a: string, b: string): string {
  return new Decimal(a).plus(b).toFixed(2);
}
