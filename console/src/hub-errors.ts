/**
 * Reading the hub's errors, apart from how they show (errors.tsx), so that plain TypeScript
 * (the unit tests) can use it: the code, the Chinese wording, the field an error is about.
 * The hub words every refusal in Chinese too (extensions.messageZh); the English message is for
 * partner systems, and shows only where an error has no Chinese.
 */
import type { GraphQLError } from "graphql";

/** What these functions read of urql's CombinedError (not imported: plain TypeScript reads this file too). */
interface HubError {
  graphQLErrors: GraphQLError[];
}

export function codeOf(error: GraphQLError): string {
  return String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
}

/** What a clerk reads: the hub's Chinese wording, else its message. */
export function messageOf(error: GraphQLError): string {
  const zh = error.extensions?.messageZh;
  return typeof zh === "string" && zh !== "" ? zh : error.message;
}

export function unavailableServices(error: HubError | undefined): string[] {
  if (!error) return [];
  const names = error.graphQLErrors
    .filter((e) => codeOf(e) === "SUBGRAPH_UNAVAILABLE")
    .map((e) => String(e.extensions?.serviceName ?? "未知部门"));
  return [...new Set(names)];
}

/** The input field an error is about: extensions.field, a variable path, or the message's prefix. */
export function fieldOf(error: GraphQLError): string | null {
  const field = error.extensions?.field;
  if (typeof field === "string") return field;
  const atPath = /at "([\w.[\]]+)"/.exec(error.message);
  if (atPath) return atPath[1]!;
  // A variable that failed its scalar: 'Variable "$idNumber" got invalid value …'.
  const variable = /^Variable "\$(\w+)"/.exec(error.message);
  if (variable) return variable[1]!;
  const prefix = /^([\w]+(?:\.[\w[\]]+)+):/.exec(error.message);
  return prefix ? prefix[1]! : null;
}

/** BAD_USER_INPUT errors by the last segment of the field they name (filter.amountMin → amountMin). */
export function fieldErrors(error: HubError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    if (codeOf(e) !== "BAD_USER_INPUT") continue;
    const field = fieldOf(e);
    if (field) out[field.split(".").pop()!.replace(/\[\d+\]$/, "")] = messageOf(e);
  }
  return out;
}
