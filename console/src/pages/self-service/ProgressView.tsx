/** The party's view of their dispute: where it is, the steps so far, 催办 and 评价. */
import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Spin, Tag, Timeline, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import { actionLabel, CASE_TYPE_LABELS, CHANNEL_LABELS, enumLabel, roleLabel, statusLabel } from "../../labels.ts";
import { chinaDate, chinaTime } from "../../format.ts";
import { hubMessage } from "./refusals.ts";

const MyDispute = graphql(`
  query SelfServiceProgress {
    myDispute {
      unifiedNumber disputeType divisionName registeredAt yourName yourRole concluded mayUrge lastUrgedAt committee mediator
      current { channel caseType agency status dueAt }
      steps { at channel caseType action toStatus }
      evaluation { satisfaction comment evaluatedAt }
    }
  }
`);

const Urge = graphql(`
  mutation SelfServiceUrge($note: String) {
    urgeDispute(note: $note) { holderAgency replyDueAt }
  }
`);

const Evaluate = graphql(`
  mutation SelfServiceEvaluate($input: EvaluateDisputeInput!) {
    evaluateDispute(input: $input) { satisfaction }
  }
`);

function UrgeCard({ mayUrge, concluded, lastUrgedAt, onUrged }: { mayUrge: boolean; concluded: boolean; lastUrgedAt: string | null; onUrged: () => void }) {
  const [{ fetching }, urge] = useMutation(Urge);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const { message } = App.useApp();
  if (concluded) return null;
  return (
    <Card title="催办" size="small">
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      {lastUrgedAt && <Typography.Paragraph type="secondary">上次催办：{chinaTime(lastUrgedAt)}</Typography.Paragraph>}
      <Input.TextArea rows={2} maxLength={500} placeholder="想对承办单位说的话（选填）" aria-label="催办说明" value={note} onChange={(e) => setNote(e.target.value)} />
      <Button
        type="primary"
        size="large"
        block
        style={{ marginTop: 12 }}
        disabled={!mayUrge}
        loading={fetching}
        onClick={async () => {
          setRefusal(null);
          const answer = await urge({ note: note.trim() || null });
          if (answer.error) return setRefusal(hubMessage(answer.error));
          const { holderAgency, replyDueAt } = answer.data!.urgeDispute;
          message.success(`已催办，${holderAgency}将于 ${chinaDate(replyDueAt)} 前答复`);
          setNote("");
          onUrged();
        }}
      >
        {mayUrge ? "催办" : "今日已催办"}
      </Button>
    </Card>
  );
}

function EvaluateCard({ onEvaluated }: { onEvaluated: () => void }) {
  const [{ fetching }, evaluate] = useMutation(Evaluate);
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Card title="评价" size="small">
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form
        layout="vertical"
        size="large"
        onFinish={async (values) => {
          setRefusal(null);
          const answer = await evaluate({ input: { satisfaction: values.satisfaction, comment: values.comment?.trim() || null } });
          if (answer.error) return setRefusal(hubMessage(answer.error));
          onEvaluated();
        }}
      >
        <Form.Item name="satisfaction" label="您对本次办理是否满意" rules={[{ required: true, message: "请选择满意程度" }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: "SATISFIED", label: "满意" }, { value: "BASICALLY_SATISFIED", label: "基本满意" }, { value: "UNSATISFIED", label: "不满意" }]} />
        </Form.Item>
        <Form.Item name="comment" label="意见建议" rules={[{ max: 1000, message: "最多 1000 字" }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={fetching}>提交评价</Button>
      </Form>
    </Card>
  );
}

export function ProgressView({ onLeave }: { onLeave: () => void }) {
  const [{ data, fetching, error }, reload] = useQuery({ query: MyDispute, requestPolicy: "network-only" });
  const refresh = () => reload({ requestPolicy: "network-only" });
  if (fetching && !data) return <Spin size="large" style={{ display: "block", margin: 48 }} />;
  if (!data) return <Alert type="error" showIcon role="alert" title={hubMessage(error)} action={<Button onClick={onLeave}>重新查询</Button>} />;
  const d = data.myDispute;
  return (
    <div style={{ display: "grid", gap: 16 }}>
      <Card title={<span>办理进度 <Tag color={d.concluded ? "purple" : undefined} data-testid="progress-state">{d.concluded ? "已办结" : "办理中"}</Tag></span>} size="small" extra={<Button type="link" onClick={refresh}>刷新</Button>}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="统一纠纷编号">{d.unifiedNumber}</Descriptions.Item>
          <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", d.disputeType)}</Descriptions.Item>
          <Descriptions.Item label="登记地">{d.divisionName}</Descriptions.Item>
          <Descriptions.Item label="本人">{d.yourName}（{roleLabel(d.yourRole)}）</Descriptions.Item>
          {d.current && <Descriptions.Item label="当前承办单位"><span data-testid="current-agency">{d.current.agency}</span></Descriptions.Item>}
          {d.current && (
            <Descriptions.Item label="当前环节">
              <span data-testid="current-step">{CASE_TYPE_LABELS[d.current.caseType] ?? d.current.caseType} · {statusLabel(d.current.caseType, d.current.status)}</span>
            </Descriptions.Item>
          )}
          {d.current?.dueAt && <Descriptions.Item label="办理时限">{chinaDate(d.current.dueAt)} 前</Descriptions.Item>}
          {d.committee && <Descriptions.Item label="调解委员会">{d.committee}</Descriptions.Item>}
          {d.mediator && <Descriptions.Item label="调解员">{d.mediator}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title="办理记录" size="small">
        {d.steps.length === 0 ? (
          <Typography.Text type="secondary">登记于 {chinaTime(d.registeredAt)}，办理记录稍后显示。</Typography.Text>
        ) : (
          <Timeline
            items={d.steps.map((s) => ({
              content: (
                <span>
                  {chinaTime(s.at)} · {CHANNEL_LABELS[s.channel] ?? s.channel} · {CASE_TYPE_LABELS[s.caseType] ?? s.caseType}：{actionLabel(s.action)}（{statusLabel(s.caseType, s.toStatus)}）
                </span>
              ),
            }))}
          />
        )}
      </Card>
      <UrgeCard mayUrge={d.mayUrge} concluded={d.concluded} lastUrgedAt={d.lastUrgedAt ?? null} onUrged={refresh} />
      {d.concluded && !d.evaluation && <EvaluateCard onEvaluated={refresh} />}
      {d.evaluation && (
        <Card title="评价" size="small">
          <Typography.Paragraph data-testid="evaluation">
            您已于 {chinaTime(d.evaluation.evaluatedAt)} 评价：{enumLabel("PartySatisfaction", d.evaluation.satisfaction)}
            {d.evaluation.comment ? `，${d.evaluation.comment}` : ""}。感谢您的评价！
          </Typography.Paragraph>
        </Card>
      )}
      <Button size="large" block onClick={onLeave}>退出查询</Button>
    </div>
  );
}
