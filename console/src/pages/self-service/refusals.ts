/** How the hub's refusals show on the party's phone: in Chinese, on the field they name. */
import type { FormInstance } from "antd";
import type { CombinedError } from "urql";
import { codeOf, fieldOf, messageOf } from "../../hub-errors.ts";

/** The hub's words for a person, in Chinese; a network failure in words of our own. */
export function hubMessage(error: CombinedError | undefined): string {
  const first = error?.graphQLErrors[0];
  if (!first) return error?.networkError ? "网络连接失败，请稍后再试" : "请求失败，请稍后再试";
  return messageOf(first);
}

/**
 * Marks the form fields the hub's BAD_USER_INPUT refusals name ("input.parties[1].idNumber" →
 * parties, 1, idNumber); `aliases` renames fields whose form name differs. Whether it marked any.
 */
export function markFields(form: FormInstance, error: CombinedError | undefined, aliases: Record<string, string> = {}): boolean {
  const marks = (error?.graphQLErrors ?? [])
    .filter((e) => codeOf(e) === "BAD_USER_INPUT" && fieldOf(e))
    .map((e) => {
      const field = fieldOf(e)!;
      const path = (aliases[field] ?? field.replace(/^input\./, ""))
        .split(/\.|\[(\d+)\]/)
        .filter((part) => part !== undefined && part !== "")
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      return { name: path, errors: [messageOf(e)] };
    });
  form.setFields(marks);
  return marks.length > 0;
}
