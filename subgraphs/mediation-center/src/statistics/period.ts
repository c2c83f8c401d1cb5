import { badInput, fieldLabel } from "@hub/kit";

/** China Standard Time has no daylight saving: a calendar day there starts at 16:00 UTC the day before. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const MAX_YEARS = 5;

/** A span of China-time calendar days, [from, to) as instants, and how it is named. */
export interface Span {
  label: string;
  from: Date;
  to: Date;
}

export interface Periods {
  current: Span;
  /** 环比: the period just before, of the same kind and length. */
  previous: Span;
  /** 同比: the same period a year earlier. */
  yearEarlier: Span;
  /** How far back the previous period lies, as a PostgreSQL interval (to label its months as the current ones). */
  previousShift: string;
}

interface Day { y: number; m: number; d: number }

/** Midnight in China at the start of a calendar day (month overflow normalised by Date.UTC). */
function startOf(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d) - CST_OFFSET_MS);
}

function chinaDay(at: Date): Day {
  const local = new Date(at.getTime() + CST_OFFSET_MS);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

function iso(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
}

function monthSpan(y: number, m: number, months: number, label: string): Span {
  return { label, from: startOf({ y, m, d: 1 }), to: startOf({ y, m: m + months, d: 1 }) };
}

function monthLabel(y: number, m: number): string {
  const date = new Date(Date.UTC(y, m - 1, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

function parseDay(field: string, text: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (!day || iso(chinaDay(startOf(day))) !== text) throw badInput(field, `"${text}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30 (China time)`, `${fieldLabel(field)}“${text}”不是有效日期，请写成 2026-11-30 的形式（北京时间）`);
  return day;
}

/** A month "2026-11". */
export function parseMonth(field: string, text: string): { y: number; m: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  const m = Number(match?.[2]);
  if (!match || m < 1 || m > 12) throw badInput(field, `"${text}" is not a month; write it as YYYY-MM, e.g. 2026-11`, `“${text}”不是有效月份，请写成 2026-11 的形式`);
  return { y: Number(match[1]), m };
}

/**
 * The period a statistics request is about, with its 环比 and 同比 periods: a month "2026-11", a
 * quarter "2026-Q4", a year "2026", or China-time dates from–to (both included).
 */
export function periodsOf(period: string | null | undefined, fromDate: string | null | undefined, toDate: string | null | undefined): Periods {
  if (period != null && (fromDate != null || toDate != null)) throw badInput("filter.period", "give either a period or from/to dates, not both", "统计期间和起止日期只填其一");
  if (period != null) {
    const text = period.trim();
    let match: RegExpExecArray | null;
    if ((match = /^(\d{4})-Q([1-4])$/i.exec(text))) {
      const y = Number(match[1]);
      const q = Number(match[2]);
      const m = (q - 1) * 3 + 1;
      const label = (yy: number, qq: number) => `${yy}-Q${qq}`;
      const [py, pq] = q === 1 ? [y - 1, 4] : [y, q - 1];
      return {
        current: monthSpan(y, m, 3, label(y, q)),
        previous: monthSpan(py, (pq - 1) * 3 + 1, 3, label(py, pq)),
        yearEarlier: monthSpan(y - 1, m, 3, label(y - 1, q)),
        previousShift: "3 months",
      };
    }
    if (/^\d{4}$/.test(text)) {
      const y = Number(text);
      return { current: monthSpan(y, 1, 12, `${y}`), previous: monthSpan(y - 1, 1, 12, `${y - 1}`), yearEarlier: monthSpan(y - 1, 1, 12, `${y - 1}`), previousShift: "1 year" };
    }
    if (/^\d{4}-\d{2}$/.test(text)) {
      const { y, m } = parseMonth("filter.period", text);
      return {
        current: monthSpan(y, m, 1, monthLabel(y, m)),
        previous: monthSpan(y, m - 1, 1, monthLabel(y, m - 1)),
        yearEarlier: monthSpan(y - 1, m, 1, monthLabel(y - 1, m)),
        previousShift: "1 month",
      };
    }
    throw badInput(
      "filter.period",
      `"${period}" is not a period; write a month 2026-11, a quarter 2026-Q4 or a year 2026 (China time), or give from and to dates instead`,
      `“${period}”不是有效的统计期间，请写月份 2026-11、季度 2026-Q4 或年份 2026（北京时间），或改填起止日期`,
    );
  }
  if (fromDate == null || toDate == null) throw badInput("filter.period", "say which period: a month 2026-11, a quarter 2026-Q4, a year 2026, or both from and to dates", "请填写统计期间（月份 2026-11、季度 2026-Q4 或年份 2026），或同时填写起止日期");
  const from = parseDay("filter.from", fromDate);
  const to = parseDay("filter.to", toDate);
  const start = startOf(from);
  const end = startOf({ ...to, d: to.d + 1 });
  if (start >= end) throw badInput("filter.to", `${toDate} is before ${fromDate}: the period is backwards; give the earlier date as from`, `截止日期 ${toDate} 早于起始日期 ${fromDate}，请把较早的日期作为起始日期`);
  if (end > startOf({ ...from, y: from.y + MAX_YEARS })) throw badInput("filter.to", `the period may be at most ${MAX_YEARS} years long`, `统计期间最长 ${MAX_YEARS} 年`);
  const days = Math.round((end.getTime() - start.getTime()) / 86_400_000);
  const spanOf = (a: Day, b: Day): Span => ({ label: `${iso(a)}..${iso(b)}`, from: startOf(a), to: startOf({ ...b, d: b.d + 1 }) });
  const prevFrom = chinaDay(new Date(start.getTime() - days * 86_400_000));
  const prevTo = chinaDay(new Date(start.getTime() - 86_400_000));
  return {
    current: spanOf(from, to),
    previous: spanOf(prevFrom, prevTo),
    yearEarlier: spanOf(chinaDay(startOf({ ...from, y: from.y - 1 })), chinaDay(startOf({ ...to, y: to.y - 1 }))),
    previousShift: `${days} days`,
  };
}

/** A month and the months before it, for the early-warning baseline. */
export function monthWithBaseline(field: string, month: string, baselineMonths: number): { current: Span; baseline: Span } {
  const { y, m } = parseMonth(field, month);
  return { current: monthSpan(y, m, 1, monthLabel(y, m)), baseline: monthSpan(y, m - baselineMonths, baselineMonths, `${monthLabel(y, m - baselineMonths)}..${monthLabel(y, m - 1)}`) };
}
