import { useEffect, useState } from "react";
import { Alert, Layout, Spin, Typography } from "antd";
import { Link, useNavigate } from "react-router-dom";
import { startSession } from "../../auth/index.ts";
import { completeOidcSignIn, signInSettings } from "../../auth/oidc.ts";

/** Where the OpenID provider sends the browser back: the code becomes a session, then the page asked for. */
export function SignInCallbackPage() {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    signInSettings()
      .then((settings) => {
        if (settings.kind !== "oidc") throw new Error("此环境未配置统一身份认证");
        return completeOidcSignIn(settings);
      })
      .then(({ session, returnTo }) => {
        startSession(session);
        navigate(returnTo.startsWith("/sign-in") ? "/" : returnTo, { replace: true });
      })
      .catch((error: Error) => setProblem(`登录未完成：${error.message}`));
  }, [navigate]);
  return (
    <Layout style={{ minHeight: "100vh", padding: 32 }}>
      <main>
        <Typography.Title level={2}>大调解联动工作台 · 登录</Typography.Title>
        {problem ? (
          <Alert type="error" showIcon title={problem} description={<Link to="/sign-in">返回登录页</Link>} />
        ) : (
          <Spin tip="正在完成登录…" />
        )}
      </main>
    </Layout>
  );
}
