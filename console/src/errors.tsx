/**
 * How the hub's errors show: a missing subgraph names its agency above what did arrive; every
 * other error shows the hub's own message with its code; bad input names the field it was about.
 * (What an error says and names is read in hub-errors.ts.)
 */
import { Alert, Space } from "antd";
import type { CombinedError } from "urql";
import { codeOf, messageOf, unavailableServices } from "./hub-errors.ts";
import { channelOfService } from "./labels.ts";

export { codeOf, fieldErrors, fieldOf, messageOf, unavailableServices } from "./hub-errors.ts";

const CODE_LABELS: Record<string, string> = {
  FORBIDDEN: "无权访问",
  BAD_USER_INPUT: "输入有误",
  NOT_FOUND: "未找到",
  CONFLICT: "状态冲突",
  UNAUTHENTICATED: "未登录",
  RATE_LIMITED: "请求过于频繁",
  INTERNAL_SERVER_ERROR: "系统内部错误",
};

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
