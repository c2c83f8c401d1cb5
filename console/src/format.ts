/** Dates in China time whatever the browser's zone; money as decimal yuan, never through a float. */
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";
import timezone from "dayjs/plugin/timezone.js";
import "dayjs/locale/zh-cn.js";

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale("zh-cn");

export const CHINA_TZ = "Asia/Shanghai";
export { dayjs };

export function chinaTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(CHINA_TZ).format("YYYY-MM-DD HH:mm") : "—";
}

export function chinaDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(CHINA_TZ).format("YYYY-MM-DD") : "—";
}

/** The instant a China-time calendar day (YYYY-MM-DD) begins. */
export function chinaDayStart(day: string): string {
  return dayjs.tz(day, CHINA_TZ).startOf("day").toISOString();
}

/** The China-time calendar day of an instant. */
export function chinaDay(iso: string): string {
  return dayjs(iso).tz(CHINA_TZ).format("YYYY-MM-DD");
}

/** "46800.5" → "¥46,800.50": the decimal string the hub sends, grouped, two decimals. */
export function yuan(money: string | null | undefined): string {
  if (money == null || money === "") return "—";
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(money.trim());
  if (!match) return money;
  const [, sign, whole, fraction = ""] = match;
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}¥${grouped}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}
