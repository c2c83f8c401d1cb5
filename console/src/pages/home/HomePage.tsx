import { Typography } from "antd";
import { Link } from "react-router-dom";

export default function HomePage() {
  return (
    <>
      <Typography.Title level={3}>工作台</Typography.Title>
      <Typography.Paragraph>
        <Link to="/search">案件检索</Link> · <Link to="/parties">当事人档案</Link>
      </Typography.Paragraph>
    </>
  );
}
