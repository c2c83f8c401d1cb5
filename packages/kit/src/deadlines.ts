import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Every legal time limit the hub enforces, in one table. A case's `dueAt` is always computed
 * from a row here, so a change in the law is a change to one line.
 */
export type TimeLimitUnit = "CALENDAR_DAYS" | "WORKING_DAYS" | "MONTHS";

export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
  /** Extra time a competent officer may grant once. */
  extension?: number;
  rule: string;
  source: string;
}

export const LEGAL_TIME_LIMITS = {
  PEOPLES_MEDIATION: { amount: 1, unit: "MONTHS", rule: "人民调解一般在一个月内调结", source: "人民调解工作若干规定 第33条" },
  COURT_DELEGATED_MEDIATION: { amount: 30, unit: "CALENDAR_DAYS", rule: "诉前委派调解 30 日", source: "法释〔2016〕14号" },
  COURT_ENTRUSTED_MEDIATION_ORDINARY: { amount: 15, unit: "CALENDAR_DAYS", rule: "委托调解(普通程序) 15 日", source: "法释〔2016〕14号" },
  COURT_ENTRUSTED_MEDIATION_SIMPLIFIED: { amount: 7, unit: "CALENDAR_DAYS", rule: "委托调解(简易程序) 7 日", source: "法释〔2016〕14号" },
  JUDICIAL_CONFIRMATION_APPLICATION: { amount: 30, unit: "CALENDAR_DAYS", rule: "调解协议生效之日起 30 日内共同申请司法确认", source: "民事诉讼法 第205条" },
  JUDICIAL_CONFIRMATION_ACCEPTANCE: { amount: 3, unit: "CALENDAR_DAYS", rule: "收到申请后 3 日内决定是否受理", source: "法释〔2011〕5号 第4条" },
  JUDICIAL_CONFIRMATION_DECISION: { amount: 15, unit: "CALENDAR_DAYS", extension: 10, rule: "受理后 15 日内作出裁定,经批准可延长 10 日", source: "法释〔2011〕5号 第5条" },
  COURT_FILING_DECISION: { amount: 7, unit: "CALENDAR_DAYS", rule: "符合起诉条件的, 七日内立案", source: "民事诉讼法 第126条" },
  PETITION_ACCEPTANCE: { amount: 15, unit: "CALENDAR_DAYS", rule: "15 日内决定受理、不予受理或转送", source: "信访工作条例 (2022)" },
  PETITION_HANDLING: { amount: 60, unit: "CALENDAR_DAYS", extension: 30, rule: "受理之日起 60 日内办结,可延长 30 日", source: "信访工作条例 (2022)" },
  PETITION_REVIEW_REQUEST: { amount: 30, unit: "CALENDAR_DAYS", rule: "收到处理意见 30 日内请求复查", source: "信访工作条例 (2022)" },
  PETITION_REVIEW_ANSWER: { amount: 30, unit: "CALENDAR_DAYS", rule: "收到复查请求 30 日内答复", source: "信访工作条例 (2022)" },
  PETITION_REREVIEW_REQUEST: { amount: 30, unit: "CALENDAR_DAYS", rule: "收到复查意见 30 日内请求复核", source: "信访工作条例 (2022)" },
  PETITION_REREVIEW_ANSWER: { amount: 30, unit: "CALENDAR_DAYS", rule: "收到复核请求 30 日内答复", source: "信访工作条例 (2022)" },
  POLICE_FIRST_SESSION: { amount: 3, unit: "WORKING_DAYS", rule: "治安调解 3 个工作日内首次调解", source: "公通字〔2007〕81号" },
  POLICE_SECOND_SESSION: { amount: 7, unit: "WORKING_DAYS", rule: "第二次调解在 7 个工作日内", source: "公通字〔2007〕81号" },
  LABOUR_MEDIATION: { amount: 15, unit: "CALENDAR_DAYS", rule: "劳动争议调解 15 日", source: "劳动争议调解仲裁法 第14条" },
  LABOUR_ARBITRATION_LIMITATION: { amount: 12, unit: "MONTHS", rule: "劳动争议申请仲裁的时效期间为一年", source: "劳动争议调解仲裁法 第27条" },
  ARBITRATION_ACCEPTANCE: { amount: 5, unit: "CALENDAR_DAYS", rule: "收到仲裁申请 5 日内决定受理", source: "劳动争议调解仲裁法 第29条" },
  LABOUR_AWARD_SUIT: { amount: 15, unit: "CALENDAR_DAYS", rule: "不服劳动争议仲裁裁决的, 自收到裁决书之日起 15 日内向人民法院提起诉讼; 期满不起诉的, 裁决书发生法律效力", source: "劳动争议调解仲裁法 第48条、第50条" },
  ARBITRATION_AWARD: { amount: 45, unit: "CALENDAR_DAYS", extension: 15, rule: "受理之日起 45 日内结案,可延长 15 日", source: "劳动争议调解仲裁法 第43条" },
  HANDOFF_ACCEPTANCE: { amount: 3, unit: "WORKING_DAYS", rule: "移交事项 3 个工作日内接收或退回 (hub service level, not a statute)", source: "大调解联动平台服务规范" },
  NOTARY_REVIEW: { amount: 15, unit: "WORKING_DAYS", rule: "公证机构受理后 15 个工作日内出具公证书", source: "公证程序规则 第35条" },
} as const satisfies Record<string, TimeLimit>;

export type TimeLimitName = keyof typeof LEGAL_TIME_LIMITS;

const DAY_MS = 24 * 60 * 60 * 1000;
// Legal days are China Standard Time days, whatever the server's time zone.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The same instant, shifted so that its UTC fields read as China time. */
function toChinaClock(at: Date): Date {
  return new Date(at.getTime() + CHINA_OFFSET_MS);
}

function fromChinaClock(at: Date): Date {
  return new Date(at.getTime() - CHINA_OFFSET_MS);
}

/**
 * Holidays and 调休 make-up working days come from `chinese-days` (pinned exactly in
 * packages/kit/package.json), read from its data file rather than through its API because the
 * API asks dayjs for the server's local day, and legal days are China days wherever the server runs.
 *
 * Checked against the State Council's holiday notices (国务院办公厅关于节假日安排的通知) for
 * chinese-days 1.5.7:
 * - 2025 (国办发明电〔2024〕12号): 元旦 1/1; 春节 1/28–2/4, work Sun 1/26 and Sat 2/8; 清明 4/4–4/6;
 *   劳动节 5/1–5/5, work Sun 4/27; 端午 5/31–6/2; 国庆·中秋 10/1–10/8, work Sun 9/28 and Sat 10/11. Matches.
 * - 2026 (国办发明电〔2025〕7号): 元旦 1/1–1/3, work Sun 1/4; 春节 2/15–2/23, work Sat 2/14 and Sat 2/28;
 *   清明 4/4–4/6; 劳动节 5/1–5/5, work Sat 5/9; 端午 6/19–6/21; 中秋 9/25–9/27; 国庆 10/1–10/7,
 *   work Sun 9/20 and Sat 10/10. Matches.
 * - 2027: not in the package (the notice is published each November; bump the package when it is).
 *
 * A year the package does not know falls back to Monday–Friday and logs one warning per year. We do
 * not refuse: a one-month clock opened in December already reaches into next year before the notice
 * exists, and refusing would stop intake. The fallback mostly counts holidays as working days, so a
 * due date comes out earlier than the real one, which errs on the side of nobody missing a legal limit.
 */
interface HolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const holidayData = require("chinese-days/dist/chinese-days.json") as HolidayData;
const KNOWN_HOLIDAY_YEARS: ReadonlySet<number> = new Set(Object.keys(holidayData.holidays).map((day) => Number(day.slice(0, 4))));
const warnedYears = new Set<number>();

/** Whether the holiday calendar knows `year`; outside it isWorkingDay is Monday–Friday. */
export function holidayCalendarKnows(year: number): boolean {
  return KNOWN_HOLIDAY_YEARS.has(year);
}

/** The one place that decides whether a day (in China time) is a working day. */
export function isWorkingDay(day: Date): boolean {
  const china = toChinaClock(day);
  const key = china.toISOString().slice(0, 10);
  const year = china.getUTCFullYear();
  if (KNOWN_HOLIDAY_YEARS.has(year)) {
    if (key in holidayData.workdays) return true;
    if (key in holidayData.holidays) return false;
  } else if (!warnedYears.has(year)) {
    warnedYears.add(year);
    console.warn(`[deadlines] 节假日数据 (chinese-days) 不含 ${year} 年; 该年按周一至周五计算工作日, 请升级 chinese-days`);
  }
  const weekday = china.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** `days` working days after `from`, at the same time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  let at = new Date(from);
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS);
    if (isWorkingDay(at)) left--;
  }
  return at;
}

/**
 * End of the China day `days` working days after `from`: an operational clock (e.g. 签收 within one
 * working day) that leaves the whole last day, unlike a legal period it never starts from a table row.
 */
export function workingDaysDue(from: Date, days: number): Date {
  return endOfChinaDay(addWorkingDays(from, days));
}

/** The working day before `at`, same time of day: when a reminder of a clock ending at `at` is due (到期提醒). */
export function workingDayBefore(at: Date): Date {
  let day = new Date(at.getTime() - DAY_MS);
  while (!isWorkingDay(day)) day = new Date(day.getTime() - DAY_MS);
  return day;
}

/** The same day of the month `months` later in China time (clamped to the month's end), same time of day. */
export function addCalendarMonths(from: Date, months: number): Date {
  const at = toChinaClock(from);
  const day = at.getUTCDate();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return fromChinaClock(at);
}

/** 23:59:59.999 China time of the day `at` falls on. */
export function endOfChinaDay(at: Date): Date {
  const china = toChinaClock(at);
  return fromChinaClock(new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), 23, 59, 59, 999)));
}

/**
 * When the limit named runs out for something that started at `from`; `extended` adds the
 * limit's extension once. Periods are counted as 民事诉讼法 Art. 85 counts them: the starting
 * day does not count, the period ends at the end of its last day, and a last day that is not a
 * working day moves to the next working day.
 */
export function dueDate(name: TimeLimitName, from: Date, extended = false): Date {
  const limit: TimeLimit = LEGAL_TIME_LIMITS[name];
  const amount = limit.amount + (extended ? (limit.extension ?? 0) : 0);
  let last: Date;
  switch (limit.unit) {
    case "CALENDAR_DAYS":
      last = new Date(from.getTime() + amount * DAY_MS);
      break;
    case "WORKING_DAYS":
      last = addWorkingDays(from, amount);
      break;
    case "MONTHS":
      last = addCalendarMonths(from, amount);
      break;
  }
  while (!isWorkingDay(last)) last = new Date(last.getTime() + DAY_MS);
  return endOfChinaDay(last);
}

/** The calendar year in China time: numbering years (unified numbers, petition numbers) follow it. */
export function chinaYear(at: Date): number {
  return toChinaClock(at).getUTCFullYear();
}

/** A moment as a clerk in China reads it, to the minute, e.g. 2026-03-10 09:30. */
export function chinaDateTimeString(at: Date): string {
  return toChinaClock(at).toISOString().slice(0, 16).replace("T", " ");
}

/** A day as people in China write it, e.g. 2026-03-10. */
export function chinaDateString(at: Date): string {
  return toChinaClock(at).toISOString().slice(0, 10);
}

export function isOverdue(dueAt: Date | null | undefined, now = new Date()): boolean {
  return dueAt != null && dueAt.getTime() < now.getTime();
}
