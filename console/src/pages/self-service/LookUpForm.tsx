/** 进度查询: the unified number and the party's own ID number open their dispute's progress. */
import { useState } from "react";
import { Alert, Button, Form, Input, Typography } from "antd";
import { useMutation } from "urql";
import { graphql } from "../../gql/index.ts";
import { startPartySession, type PartySession } from "./party-session.ts";
import { hubMessage, markFields } from "./refusals.ts";

const LookUp = graphql(`
  mutation SelfServiceLookUp($unifiedNumber: String!, $identifier: String!) {
    lookUpDispute(unifiedNumber: $unifiedNumber, identifier: $identifier) { token expiresAt progress { unifiedNumber } }
  }
`);

export function LookUpForm({ unifiedNumber, onFound }: { unifiedNumber?: string; onFound: (session: PartySession) => void }) {
  const [form] = Form.useForm();
  const [{ fetching }, lookUp] = useMutation(LookUp);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      initialValues={{ unifiedNumber }}
      onFinish={async (values) => {
        setRefusal(null);
        const answer = await lookUp({ unifiedNumber: values.unifiedNumber.trim(), identifier: values.identifier.trim() });
        if (answer.data) {
          const { token, expiresAt, progress } = answer.data.lookUpDispute;
          const session = { token, expiresAt, unifiedNumber: progress.unifiedNumber };
          startPartySession(session);
          return onFound(session);
        }
        if (!markFields(form, answer.error)) setRefusal(hubMessage(answer.error));
      }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item name="unifiedNumber" label="统一纠纷编号" rules={[{ required: true, whitespace: true, message: "请填写统一纠纷编号" }]}>
        <Input placeholder="例如 530402-2026-000123" />
      </Form.Item>
      <Form.Item name="identifier" label="本人身份证号码（单位填统一社会信用代码）" rules={[{ required: true, whitespace: true, message: "请填写本人证件号码" }]}>
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Typography.Paragraph type="secondary">只有本纠纷的当事人才能查询；查询凭证 30 分钟内有效。</Typography.Paragraph>
      <Button type="primary" htmlType="submit" block loading={fetching}>查询</Button>
    </Form>
  );
}
