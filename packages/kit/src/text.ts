import { badInput, fieldLabel } from "./errors.ts";
import { divisionCodeProblem } from "./divisions.ts";
import { UNIFIED_NUMBER_PATTERN } from "./dispute.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./limits.ts";

// Tabs and newlines are fine in free text; other control characters only come from broken or hostile clients.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS_GLOBAL = new RegExp(CONTROL_CHARACTERS.source, "g");

/** A required free-text input: trimmed, non-empty, bounded, without control characters. */
export function requireText(field: string, value: string | null | undefined, maxLength: number): string {
  const text = (value ?? "").trim();
  if (text.length === 0) throw badInput(field, "must not be empty", `请填写${fieldLabel(field)}`);
  if (text.length > maxLength) throw badInput(field, `must be at most ${maxLength} characters (got ${text.length})`, `${fieldLabel(field)}最多 ${maxLength} 个字，现有 ${text.length} 个字`);
  if (CONTROL_CHARACTERS.test(text)) throw badInput(field, "must not contain control characters", `${fieldLabel(field)}含有无法显示的控制字符，请删去后重新填写`);
  return text;
}

/** An optional free-text input: null when absent or blank, otherwise checked like requireText. */
export function optionalText(field: string, value: string | null | undefined, maxLength: number): string | null {
  if (value == null || value.trim() === "") return null;
  return requireText(field, value, maxLength);
}

/** Page size of a list query: 1 to MAX_PAGE_SIZE, so no caller can ask the database for everything. */
export function pageSize(field: string, value: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(
      field,
      `must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${size}): a page holds at most ${MAX_PAGE_SIZE} items; read on with \`after\` set to the previous page's endCursor`,
      `每页条数应为 1 至 ${MAX_PAGE_SIZE} 的整数（现为 ${size}）`,
    );
  }
  return size;
}

/** A date that must not lie in the future (when something happened). */
export function pastDate(field: string, value: Date | null | undefined, fallback = new Date()): Date {
  const at = value ?? fallback;
  if (Number.isNaN(at.getTime())) throw badInput(field, "is not a valid date-time", `${fieldLabel(field)}不是有效的日期时间`);
  if (at.getTime() > Date.now() + 5 * 60 * 1000) throw badInput(field, "must not be in the future", `${fieldLabel(field)}不能晚于当前时间`);
  return at;
}

export function optionalUnifiedNumber(field: string, value: string | null | undefined): string | null {
  if (value == null || value === "") return null;
  if (!UNIFIED_NUMBER_PATTERN.test(value)) throw badInput(field, "must look like 530402-2026-000123 (division-year-serial)", `${fieldLabel(field)}格式应为“行政区划代码-年份-序号”，如 530402-2026-000123`);
  const problem = divisionCodeProblem(value.slice(0, 6));
  if (problem) throw badInput(field, problem.en, `${fieldLabel(field)}有误：${problem.zh}`);
  return value;
}

/**
 * Text from another agency's answer, made fit for a field checked with requireText: control
 * characters dropped, bounded, never empty. A handoff hook must not refuse an answer over its
 * wording: the answer would be retried forever.
 */
export function answerText(text: string | null | undefined, maxLength: number, fallback: string): string {
  const clean = (text ?? "").replace(CONTROL_CHARACTERS_GLOBAL, "").trim();
  return clean.length === 0 ? fallback : clean.slice(0, maxLength);
}
