import { createRequire } from "node:module";

const holidayData = createRequire(import.meta.url)("chinese-days/dist/chinese-days.json") as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

/** Whether a date whose UTC fields read as China time is a working day in China. */
export function chinaWorkingDay(chinaClock: Date): boolean {
  const key = chinaClock.toISOString().slice(0, 10);
  if (key in holidayData.workdays) return true;
  if (key in holidayData.holidays) return false;
  return chinaClock.getUTCDay() !== 0 && chinaClock.getUTCDay() !== 6;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** China Standard Time is UTC+8 all year: legal periods are counted in China's calendar days. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Milliseconds since the epoch of an ISO timestamp, so differently written instants compare equal. */
export const ms = (iso: string) => new Date(iso).getTime();
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
export const daysAhead = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

/**
 * When a legal period that started at `fromIso` runs out, counted the way the law counts it (民事诉讼法
 * Art. 85): in China time, the starting day does not count, the period ends at 23:59:59.999 of its
 * last day, and a last day that is not a working day (weekend or public holiday, unless a 调休 make-up
 * day) moves to the next working day. Written out in the tests rather than imported from the hub, so
 * the tests check the hub's deadline rule instead of repeating it; the holidays come from the same
 * `chinese-days` data the hub uses (Monday–Friday for a year it does not know).
 */
export function legalDue(fromIso: string, period: { days: number } | { months: number }): number {
  let last = new Date(ms(fromIso) + CHINA_OFFSET_MS); // its UTC fields read as China time
  if ("days" in period) {
    last = new Date(last.getTime() + period.days * DAY_MS);
  } else {
    const day = last.getUTCDate();
    last.setUTCDate(1);
    last.setUTCMonth(last.getUTCMonth() + period.months);
    last.setUTCDate(Math.min(day, new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).getUTCDate()));
  }
  while (!chinaWorkingDay(last)) last = new Date(last.getTime() + DAY_MS);
  return Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate(), 23, 59, 59, 999) - CHINA_OFFSET_MS;
}
