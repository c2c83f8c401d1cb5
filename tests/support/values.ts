import { randomBytes, randomInt } from "node:crypto";

/** An 18-character ID number or credit code as the hub shows it: the first 6 and last 4 characters, 8 stars between. */
export function masked(identifier: string): string {
  return `${identifier.slice(0, 6)}********${identifier.slice(-4)}`;
}

/** A well-formed unified dispute number (division-year-serial) with a random serial, so tests never share a dispute. */
export function newUnifiedNumber(division = "530402"): string {
  return `${division}-2026-${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** `prefix` and ten random hex digits, for names and numbers no other test uses. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** A well-formed UUID that no record has, for NOT_FOUND checks. */
export const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
