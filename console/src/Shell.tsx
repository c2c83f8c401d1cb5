import { Button, Layout, Menu, Space, Tag, Typography } from "antd";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { currentSession, signOut } from "./auth/index.ts";
import { AGENCY_KIND_LABELS } from "./labels.ts";

const { Header, Content } = Layout;

const NAV = [
  { key: "/", label: <Link to="/">工作台</Link> },
  { key: "/search", label: <Link to="/search">案件检索</Link> },
  { key: "/parties", label: <Link to="/parties">当事人档案</Link> },
  { key: "/petitions", label: <Link to="/petitions">信访件</Link> },
];

export function Shell({ children }: { children: React.ReactNode }) {
  const session = currentSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = NAV.find((n) => n.key !== "/" && pathname.startsWith(n.key))?.key ?? (pathname === "/" ? "/" : "");
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Header style={{ display: "flex", alignItems: "center", gap: 24, background: "#7f0000" }}>
        <Typography.Text strong style={{ color: "#fff", fontSize: 18, whiteSpace: "nowrap" }}>
          大调解联动工作台
        </Typography.Text>
        {/* Without disabledOverflow the horizontal menu re-measures itself whenever the header's width moves. */}
        <Menu theme="dark" mode="horizontal" disabledOverflow selectedKeys={[selected]} items={NAV} style={{ flex: 1, background: "transparent" }} />
        {session && (
          <Space>
            <Tag style={{ color: "#7f0000", background: "#fff8e1", borderColor: "#fff8e1" }}>{AGENCY_KIND_LABELS[session.identity.agencyKind] ?? session.identity.agencyKind}</Tag>
            <Typography.Text style={{ color: "#fff" }} data-testid="signed-in-as">
              {session.identity.label}
            </Typography.Text>
            <Button onClick={() => void signOut(() => navigate("/sign-in"))}>
              退出登录
            </Button>
          </Space>
        )}
      </Header>
      <Content style={{ padding: 24 }}>
        {children}
      </Content>
    </Layout>
  );
}
