/**
 * 仲裁案件 case page: the case, its claims and their total, its parties (masked), its deadlines
 * (acceptance, pre-mediation, award, and the 15 days to sue against a labour award) and timeline,
 * and exactly the steps the hub lists in the case's availableActions for the signed-in agency: the
 * arbitration commission in whose scope it lies.
 */
import { useParams } from "react-router-dom";
import { Card, Descriptions, Space, Table, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { ArbitrationCaseAction, ArbitrationCasePageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel } from "../../labels.ts";
import { chinaDate, chinaTime, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, confirmOnly, moneyField, textField, type ActionForm } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const CaseQuery = graphql(`
  query ArbitrationCasePage($id: ID!) {
    arbitrationCase(id: $id) {
      id
      kind
      commission
      caseNumber
      divisionCode
      disputeType
      unifiedNumber
      disputeAroseAt
      appliedAt
      status
      preMediationStartedAt
      acceptedAt
      awardExtended
      dueAt
      overdue
      notAcceptedReason
      outcome
      outcomeSummary
      awardedAmount
      closedAt
      suitDueAt
      totalClaimed
      availableActions
      claims {
        position
        description
        amount
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

const StartPreMediation = graphql(`
  mutation StartArbitrationPreMediation($id: ID!) {
    startArbitrationPreMediation(id: $id) {
      id
    }
  }
`);

const Accept = graphql(`
  mutation AcceptArbitration($id: ID!, $caseNumber: String!) {
    acceptArbitration(id: $id, caseNumber: $caseNumber) {
      id
    }
  }
`);

const Decline = graphql(`
  mutation DeclineArbitration($id: ID!, $reason: String!) {
    declineArbitration(id: $id, reason: $reason) {
      id
    }
  }
`);

const StartHearing = graphql(`
  mutation StartArbitrationHearing($id: ID!) {
    startArbitrationHearing(id: $id) {
      id
    }
  }
`);

const ExtendAward = graphql(`
  mutation ExtendArbitrationAward($id: ID!, $reason: String!) {
    extendArbitrationAward(id: $id, reason: $reason) {
      id
    }
  }
`);

const CloseWithMediationStatement = graphql(`
  mutation CloseArbitrationWithMediationStatement($id: ID!, $summary: String!, $amount: Money) {
    closeArbitrationWithMediationStatement(id: $id, summary: $summary, amount: $amount) {
      id
    }
  }
`);

const CloseWithAward = graphql(`
  mutation CloseArbitrationWithAward($id: ID!, $summary: String!, $awardedAmount: Money) {
    closeArbitrationWithAward(id: $id, summary: $summary, awardedAmount: $awardedAmount) {
      id
    }
  }
`);

const Withdraw = graphql(`
  mutation WithdrawArbitration($id: ID!, $reason: String!) {
    withdrawArbitration(id: $id, reason: $reason) {
      id
    }
  }
`);

type ArbitrationCase = NonNullable<ArbitrationCasePageQuery["arbitrationCase"]>;

function useActionForms(): Record<ArbitrationCaseAction, ActionForm<ArbitrationCase>> {
  const [, startPreMediation] = useMutation(StartPreMediation);
  const [, accept] = useMutation(Accept);
  const [, decline] = useMutation(Decline);
  const [, startHearing] = useMutation(StartHearing);
  const [, extendAward] = useMutation(ExtendAward);
  const [, closeWithMediationStatement] = useMutation(CloseWithMediationStatement);
  const [, closeWithAward] = useMutation(CloseWithAward);
  const [, withdraw] = useMutation(Withdraw);
  return {
    startPreMediation: {
      fields: confirmOnly("先行调解期间暂不决定是否受理；劳动人事争议的调解期限为 15 日。"),
      submit: async (c) => (await startPreMediation({ id: c.id })).error,
      done: "已开始先行调解",
    },
    accept: {
      fields: (mark) => textField(mark, "caseNumber", "仲裁案号（如 玉劳人仲案字〔2026〕第15号）", 64, 1),
      submit: async (c, v) => (await accept({ id: c.id, caseNumber: v.caseNumber })).error,
      done: "已受理，劳动人事争议须在 45 日内结案",
    },
    decline: {
      danger: true,
      fields: (mark) => textField(mark, "reason", "不予受理的理由（申请人可向人民法院起诉）", 2000, 4),
      submit: async (c, v) => (await decline({ id: c.id, reason: v.reason })).error,
      done: "已记录不予受理",
    },
    startHearing: {
      fields: confirmOnly("开庭后，仲裁庭可先行调解并出具调解书，调解不成的作出裁决。"),
      submit: async (c) => (await startHearing({ id: c.id })).error,
      done: "已开庭审理",
    },
    extendAward: {
      fields: (mark) => textField(mark, "reason", "延长理由（经仲裁委员会主任批准，延长 15 日，仅一次）", 500),
      submit: async (c, v) => (await extendAward({ id: c.id, reason: v.reason })).error,
      done: "已延长审理期限 15 日",
    },
    closeWithMediationStatement: {
      fields: (mark) => (
        <>
          {textField(mark, "summary", "调解书内容", 2000, 5)}
          {moneyField(mark, "amount", "约定给付金额（元）")}
        </>
      ),
      submit: async (c, v) => (await closeWithMediationStatement({ id: c.id, summary: v.summary, amount: v.amount || null })).error,
      done: "已以仲裁调解书结案",
    },
    closeWithAward: {
      fields: (mark) => (
        <>
          {textField(mark, "summary", "裁决内容", 2000, 5)}
          {moneyField(mark, "awardedAmount", "裁决金额（元，不得超出仲裁请求）")}
        </>
      ),
      submit: async (c, v) => (await closeWithAward({ id: c.id, summary: v.summary, awardedAmount: v.awardedAmount || null })).error,
      done: "已作出裁决并结案",
    },
    withdraw: {
      danger: true,
      fields: (mark) => textField(mark, "reason", "撤回理由", 2000, 4),
      submit: async (c, v) => (await withdraw({ id: c.id, reason: v.reason })).error,
      done: "已记录撤回仲裁申请",
    },
  };
}

export default function ArbitrationCasePage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: CaseQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const arbitration = result.data?.arbitrationCase;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>仲裁案件 {arbitration?.caseNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {arbitration && (
        <>
          <Card title="案件信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="ArbitrationCase" status={arbitration.status} overdue={arbitration.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="当前期限">{chinaTime(arbitration.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="仲裁类别">{enumLabel("ArbitrationKind", arbitration.kind)}</Descriptions.Item>
              <Descriptions.Item label="仲裁委员会">{arbitration.commission}</Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", arbitration.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={arbitration.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="争议发生日">{chinaDate(arbitration.disputeAroseAt)}</Descriptions.Item>
              <Descriptions.Item label="申请时间">{chinaTime(arbitration.appliedAt)}</Descriptions.Item>
              <Descriptions.Item label="先行调解">{chinaTime(arbitration.preMediationStartedAt)}</Descriptions.Item>
              <Descriptions.Item label="受理时间">{chinaTime(arbitration.acceptedAt)}</Descriptions.Item>
              <Descriptions.Item label="审理期限延长">{arbitration.awardExtended ? "已延长 15 日" : "未延长"}</Descriptions.Item>
              <Descriptions.Item label="结案时间">{chinaTime(arbitration.closedAt)}</Descriptions.Item>
              {arbitration.outcome && (
                <Descriptions.Item label={`结案方式：${enumLabel("ArbitrationOutcome", arbitration.outcome)}`} span={2}>
                  {arbitration.outcomeSummary}
                  {arbitration.awardedAmount != null && `（${yuan(arbitration.awardedAmount)}）`}
                </Descriptions.Item>
              )}
              {arbitration.suitDueAt && (
                <Descriptions.Item label="起诉期限（不服裁决的）" span={2}>
                  {chinaTime(arbitration.suitDueAt)}
                </Descriptions.Item>
              )}
              {arbitration.notAcceptedReason && (
                <Descriptions.Item label="不予受理的理由" span={2}>
                  {arbitration.notAcceptedReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={`仲裁请求（合计 ${yuan(arbitration.totalClaimed)}）`}>
            <Table
              rowKey="position"
              pagination={false}
              dataSource={arbitration.claims}
              columns={[
                { title: "序号", dataIndex: "position" },
                { title: "请求事项", dataIndex: "description" },
                { title: "金额", dataIndex: "amount", render: (amount: string | null) => yuan(amount) },
              ]}
            />
          </Card>
          <CaseActions caseType="ArbitrationCase" record={arbitration} available={arbitration.availableActions} forms={forms} owner="辖区内的仲裁委员会" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="ArbitrationCase" parties={arbitration.parties} />
          <CaseTimeline caseType="ArbitrationCase" steps={arbitration.timeline} />
        </>
      )}
    </Space>
  );
}
