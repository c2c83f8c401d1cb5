/**
 * 委派/委托调解 case page: a court's referral of a case to mediation, its handoffs to the mediation
 * centre, parties (masked) and timeline, and exactly the actions the hub says the signed-in agency
 * may take now (availableActions): the referring court hands it to the centre, or records the
 * mediation by hand, extends it with the parties' consent or withdraws it; everyone else reads only.
 */
import { useRef } from "react";
import { useParams } from "react-router-dom";
import { Card, Descriptions, Form, Input, InputNumber, Space, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { CourtReferralPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel } from "../../labels.ts";
import { chinaTime, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, textField, type ActionForm, type Values } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const ReferralQuery = graphql(`
  query CourtReferralPage($id: ID!) {
    courtReferral(id: $id) {
      id
      kind
      procedure
      court
      divisionCode
      caseNumber
      judge
      unifiedNumber
      disputeType
      amount
      summary
      status
      referredAt
      extensionDays
      dueAt
      overdue
      mediationOrganisation
      resultSummary
      agreedAmount
      availableActions
      handoffs {
        id
        status
        dueAt
        reason
      }
      parties {
        partyKey
        role
        name
        identifierMasked
      }
      timeline {
        id
        action
        toStatus
        actor
        at
        note
      }
    }
  }
`);

const HandOff = graphql(`
  mutation HandOffReferralToMediationCenter($id: ID!, $idempotencyKey: String!) {
    handOffReferralToMediationCenter(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const Start = graphql(`
  mutation StartReferralMediation($id: ID!, $mediationOrganisation: String!) {
    startReferralMediation(id: $id, mediationOrganisation: $mediationOrganisation) {
      id
      status
    }
  }
`);

const Extend = graphql(`
  mutation ExtendReferralByConsent($id: ID!, $days: Int!, $reason: String!) {
    extendReferralByConsent(id: $id, days: $days, reason: $reason) {
      id
      dueAt
    }
  }
`);

const Success = graphql(`
  mutation RecordReferralSuccess($id: ID!, $result: ReferralResultInput!) {
    recordReferralSuccess(id: $id, result: $result) {
      id
      status
    }
  }
`);

const Failure = graphql(`
  mutation RecordReferralFailure($id: ID!, $reason: String!) {
    recordReferralFailure(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawReferral($id: ID!, $reason: String!) {
    withdrawReferral(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type Referral = NonNullable<CourtReferralPageQuery["courtReferral"]>;
const action = (name: string) => enumLabel("CourtReferralAction", name);

function useActionForms(): Record<string, ActionForm<Referral>> {
  const [, handOff] = useMutation(HandOff);
  const [, start] = useMutation(Start);
  const [, extend] = useMutation(Extend);
  const [, success] = useMutation(Success);
  const [, failure] = useMutation(Failure);
  const [, withdraw] = useMutation(Withdraw);
  // A retry after a lost answer reuses the key (the hub returns the first handoff); once the hub
  // has answered, a later handoff (after the centre declined) is a new one with a new key.
  const handOffKey = useRef(crypto.randomUUID());
  return {
    handOff: {
      label: action("handOff"),
      fields: () => <Typography.Paragraph>移交后由人民调解中心签收并调解，须在本案调解期限内答复；调解结果自动回告本院。</Typography.Paragraph>,
      submit: async (referral) => {
        const { error } = await handOff({ id: referral.id, idempotencyKey: handOffKey.current });
        if (!error) handOffKey.current = crypto.randomUUID();
        return error;
      },
      done: "已移交人民调解中心，等待签收",
    },
    startMediation: {
      label: action("startMediation"),
      fields: (mark) => textField(mark, "mediationOrganisation", "承办调解的组织", 200, 1),
      submit: async (referral, v) => (await start({ id: referral.id, mediationOrganisation: v.mediationOrganisation })).error,
      done: "已开始调解",
    },
    extendByConsent: {
      label: action("extendByConsent"),
      fields: (mark) => (
        <>
          <Form.Item name="days" label="延长天数" {...mark("days")} rules={[{ required: true, message: "请填写延长天数" }, { type: "integer", min: 1, max: 30, message: "每次可延长 1 至 30 日" }]}>
            <InputNumber min={1} max={30} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          {textField(mark, "reason", "延长的理由及当事人同意情况", 500, 3)}
        </>
      ),
      submit: async (referral, v) => (await extend({ id: referral.id, days: v.days, reason: v.reason })).error,
      done: "已延长调解期限",
    },
    recordSuccess: {
      label: action("recordSuccess"),
      fields: (mark) => (
        <>
          {textField(mark, "resultSummary", "调解协议内容", 2000, 4)}
          <Form.Item name="agreedAmount" label="协议金额（元，可不填）" {...mark("agreedAmount")} rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: "金额以元为单位，最多两位小数，如 46800.50" }]}>
            <Input inputMode="decimal" placeholder="如 46800.50" />
          </Form.Item>
        </>
      ),
      submit: async (referral, v: Values) => (await success({ id: referral.id, result: { resultSummary: v.resultSummary, agreedAmount: v.agreedAmount || null } })).error,
      done: "已记录调解成功",
    },
    recordFailure: {
      label: action("recordFailure"),
      danger: true,
      fields: (mark) => textField(mark, "reason", "调解不成的原因", 2000, 4),
      submit: async (referral, v) => (await failure({ id: referral.id, reason: v.reason })).error,
      done: "已记录调解不成",
    },
    withdraw: {
      label: action("withdraw"),
      danger: true,
      fields: (mark) => textField(mark, "reason", "撤回的理由", 2000, 3),
      submit: async (referral, v) => (await withdraw({ id: referral.id, reason: v.reason })).error,
      done: "已撤回",
    },
  };
}

export default function CourtReferralPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: ReferralQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const referral = result.data?.courtReferral;
  const lastHandoff = referral?.handoffs.at(-1);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>
        {referral ? enumLabel("ReferralKind", referral.kind) : "委派/委托调解"} {referral?.caseNumber ?? ""}
      </Typography.Title>
      <HubErrors error={result.error} />
      {referral && (
        <>
          <Card title="委派/委托信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="CourtReferral" status={referral.status} overdue={referral.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="调解期限">
                {chinaTime(referral.dueAt)}
                {referral.extensionDays > 0 && `（经同意延长 ${referral.extensionDays} 日）`}
              </Descriptions.Item>
              <Descriptions.Item label="委派/委托法院">{referral.court}</Descriptions.Item>
              <Descriptions.Item label="承办法官">{referral.judge}</Descriptions.Item>
              <Descriptions.Item label="委派/委托时间">{chinaTime(referral.referredAt)}</Descriptions.Item>
              <Descriptions.Item label="审理程序">{enumLabel("CourtProcedure", referral.procedure)}</Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", referral.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="涉及金额">{yuan(referral.amount)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={referral.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="移交调解中心">
                {lastHandoff ? `${enumLabel("HandoffStatus", lastHandoff.status)}（答复期限 ${chinaTime(lastHandoff.dueAt)}）${lastHandoff.reason ? `：${lastHandoff.reason}` : ""}` : "未移交"}
              </Descriptions.Item>
              <Descriptions.Item label="承办调解组织">{referral.mediationOrganisation ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="协议金额">{yuan(referral.agreedAmount)}</Descriptions.Item>
              <Descriptions.Item label="诉讼请求摘要" span={2}>{referral.summary}</Descriptions.Item>
              {referral.resultSummary && <Descriptions.Item label="调解结果" span={2}>{referral.resultSummary}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <CaseActions record={referral} available={referral.availableActions} forms={forms} owner="委派/委托的人民法院" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="CourtReferral" parties={referral.parties} />
          <CaseTimeline caseType="CourtReferral" steps={referral.timeline} />
        </>
      )}
    </Space>
  );
}
