import { useEffect, useState } from "react";
import { Alert, Button, Card, Col, Layout, Row, Space, Tag, Typography } from "antd";
import { useLocation, useNavigate } from "react-router-dom";
import { startSession, takeSignInNotice } from "../../auth/index.ts";
import { listDevIdentities, sessionOf, type DevIdentity } from "../../auth/dev.ts";
import { signInSettings, startOidcSignIn, type SignInSettings } from "../../auth/oidc.ts";
import { AGENCY_KIND_LABELS, ROLE_LABELS } from "../../labels.ts";

const scopeLabel = (scope: string[]) => scope.map((d) => (d === "" ? "全国" : d)).join("、");

export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const [identities, setIdentities] = useState<DevIdentity[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice] = useState(() => takeSignInNotice());
  const [settings, setSettings] = useState<SignInSettings | null>(null);
  useEffect(() => {
    signInSettings().then((found) => {
      setSettings(found);
      if (found.kind === "development") listDevIdentities().then(setIdentities, (error: Error) => setProblem(error.message));
      if (found.kind === "unconfigured") setProblem(found.message);
    }, (error: Error) => setProblem(error.message));
  }, []);
  const returnTo = (location.state as { from?: string } | null)?.from ?? "/";
  const choose = (identity: DevIdentity) => {
    startSession(sessionOf(identity));
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== "/sign-in" ? from : "/", { replace: true });
  };
  return (
    <Layout style={{ minHeight: "100vh", padding: 32 }}>
      <main>
        <Typography.Title level={2}>大调解联动工作台 · 登录</Typography.Title>
        {settings?.kind === "development" && <Typography.Paragraph>开发环境：请选择一个演示身份登录（令牌由网关签发，有效期 8 小时）。</Typography.Paragraph>}
        {settings?.kind === "oidc" && (
          <Space orientation="vertical" style={{ marginBottom: 16 }}>
            <Typography.Paragraph>请使用本单位的统一身份认证账号登录。</Typography.Paragraph>
            <Button type="primary" size="large" onClick={() => startOidcSignIn(settings, returnTo).catch((error: Error) => setProblem(`无法连接统一身份认证：${error.message}`))}>
              使用统一身份认证登录
            </Button>
          </Space>
        )}
        {notice && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        {identities?.length === 0 && (
          <Alert type="info" showIcon title="网关没有配置演示身份：请用 npm start 启动（或为网关设置 HUB_DEV_IDENTITIES）。" style={{ marginBottom: 16 }} />
        )}
        <Row gutter={[16, 16]}>
          {(identities ?? []).map((identity) => (
            <Col key={`${identity.agencyId}/${identity.subject}`} xs={24} md={12} xl={8}>
              <Card
                hoverable
                role="button"
                tabIndex={0}
                onClick={() => choose(identity)}
                onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && choose(identity)}
                title={identity.label}
              >
                <Space orientation="vertical">
                  <span>
                    机构：{identity.agencyId}（{AGENCY_KIND_LABELS[identity.agencyKind] ?? identity.agencyKind}）
                  </span>
                  <span>
                    角色：
                    {identity.roles.map((r) => (
                      <Tag key={r}>{ROLE_LABELS[r] ?? r}</Tag>
                    ))}
                  </span>
                  <span>辖区：{scopeLabel(identity.divisionScope)}</span>
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      </main>
    </Layout>
  );
}
