/**
 * How the hub's errors show: a missing subgraph names its agency above what did arrive; every
 * other error shows the hub's own message with its code; bad input names the field it was about.
 * The hub words every refusal in Chinese too (extensions.messageZh); the English message is for
 * partner systems, and shows only where an error has no Chinese.
 */
import { Alert, Space } from "antd";
import type { CombinedError } from "urql";
import type { GraphQLError } from "graphql";
import { channelOfService } from "./labels.ts";

const CODE_LABELS: Record<string, string> = {
  FORBIDDEN: "无权访问",
  BAD_USER_INPUT: "输入有误",
  NOT_FOUND: "未找到",
  CONFLICT: "状态冲突",
  UNAUTHENTICATED: "未登录",
  RATE_LIMITED: "请求过于频繁",
  INTERNAL_SERVER_ERROR: "系统内部错误",
};

export function codeOf(error: GraphQLError): string {
  return String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
}

/** What a clerk reads: the hub's Chinese wording, else its message. */
export function messageOf(error: GraphQLError): string {
  const zh = error.extensions?.messageZh;
  return typeof zh === "string" && zh !== "" ? zh : error.message;
}

export function unavailableServices(error: CombinedError | undefined): string[] {
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
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    if (codeOf(e) !== "BAD_USER_INPUT") continue;
    const field = fieldOf(e);
    if (field) out[field.split(".").pop()!.replace(/\[\d+\]$/, "")] = messageOf(e);
  }
  return out;
}

export function HubErrors({ error, hideCodes = [] }: { error: CombinedError | undefined; hideCodes?: string[] }) {
  if (!error) return null;
  const missing = unavailableServices(error);
  const others = error.graphQLErrors.filter((e) => codeOf(e) !== "SUBGRAPH_UNAVAILABLE" && !hideCodes.includes(codeOf(e)));
  const network = error.networkError && error.graphQLErrors.length === 0 ? error.networkError : null;
  return (
    <Space orientation="vertical" style={{ width: "100%", marginBottom: 16 }}>
      {missing.map((service) => (
        <Alert key={service} type="warning" showIcon title={`${channelOfService(service)} 暂时无法访问，以下结果不含该部门的数据`} />
      ))}
      {others.map((e, i) => (
        <Alert
          key={i}
          type="error"
          showIcon
          role="alert"
          title={`${CODE_LABELS[codeOf(e)] ?? "请求失败"}（${codeOf(e)}）`}
          description={messageOf(e)}
        />
      ))}
      {network && <Alert type="error" showIcon title="无法连接联动平台网关" description={network.message} />}
    </Space>
  );
}
