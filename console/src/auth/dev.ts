/** Development sign-in: the gateway mints a token per demo identity (only outside production). */
import type { Identity, Session } from "./index.ts";

export interface DevIdentity extends Identity {
  token: string;
  expiresAt: string;
}

export async function listDevIdentities(): Promise<DevIdentity[]> {
  const response = await fetch("/dev/identities", { headers: { accept: "application/json" } });
  if (response.status === 404) throw new Error("此环境未开放演示身份登录（生产环境请使用统一身份认证）。");
  if (!response.ok) throw new Error(`获取演示身份失败：HTTP ${response.status}`);
  const body = (await response.json()) as { identities: DevIdentity[] };
  return body.identities;
}

export function sessionOf(identity: DevIdentity): Session {
  const { token, expiresAt, ...rest } = identity;
  return { token, expiresAt: Date.parse(expiresAt), identity: rest };
}
