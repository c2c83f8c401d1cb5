/**
 * 立案申请 case page: a filing request another agency sent to the court (a failed mediation, a
 * challenged award), its parties (masked) and timeline, and exactly the actions the hub says the
 * signed-in agency may take now (availableActions): the court it was sent to files it or refuses
 * it within 7 days; everyone else reads only.
 */
import { useParams } from "react-router-dom";
import { Card, Descriptions, Space, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { CourtFilingPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel } from "../../labels.ts";
import { chinaTime, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, textField, type ActionForm } from "../../case-page/actions.tsx";
import { caseNumberField } from "../../case-page/court-fields.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const FilingQuery = graphql(`
  query CourtFilingPage($id: ID!) {
    courtFiling(id: $id) {
      id
      origin
      court
      divisionCode
      unifiedNumber
      disputeType
      amount
      claims
      reason
      sourceReference
      receivedAt
      status
      caseNumber
      decidedAt
      refusalReason
      dueAt
      overdue
      availableActions
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

const File = graphql(`
  mutation FileCourtFiling($id: ID!, $caseNumber: CaseNumber!) {
    fileCourtFiling(id: $id, caseNumber: $caseNumber) {
      id
      status
    }
  }
`);

const Refuse = graphql(`
  mutation RefuseCourtFiling($id: ID!, $reason: String!) {
    refuseCourtFiling(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type Filing = NonNullable<CourtFilingPageQuery["courtFiling"]>;
const action = (name: string) => enumLabel("CourtFilingAction", name);

function useActionForms(): Record<string, ActionForm<Filing>> {
  const [, file] = useMutation(File);
  const [, refuse] = useMutation(Refuse);
  return {
    file: {
      label: action("file"),
      fields: (mark) => caseNumberField(mark, "立案案号", "（2026）云0402民初15号"),
      submit: async (filing, v) => (await file({ id: filing.id, caseNumber: v.caseNumber.trim() })).error,
      done: "已立案，结果已告知移送部门",
    },
    refuse: {
      label: action("refuse"),
      danger: true,
      fields: (mark) => textField(mark, "reason", "不予立案的理由", 2000, 4),
      submit: async (filing, v) => (await refuse({ id: filing.id, reason: v.reason })).error,
      done: "已记录不予立案，结果已告知移送部门",
    },
  };
}

export default function CourtFilingPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: FilingQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const filing = result.data?.courtFiling;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>立案申请 {filing?.caseNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {filing && (
        <>
          <Card title="立案申请信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="CourtFiling" status={filing.status} overdue={filing.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="立案审查期限">{chinaTime(filing.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="来源">{enumLabel("HandoffKind", filing.origin)}</Descriptions.Item>
              <Descriptions.Item label="收到时间">{chinaTime(filing.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label="受理法院">{filing.court}</Descriptions.Item>
              <Descriptions.Item label="移送部门案号">{filing.sourceReference}</Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", filing.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="涉及金额">{yuan(filing.amount)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={filing.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="决定时间">{chinaTime(filing.decidedAt)}</Descriptions.Item>
              <Descriptions.Item label="诉讼请求" span={2}>{filing.claims}</Descriptions.Item>
              <Descriptions.Item label="移送理由" span={2}>{filing.reason}</Descriptions.Item>
              {filing.refusalReason && <Descriptions.Item label="不予立案理由" span={2}>{filing.refusalReason}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <CaseActions record={filing} available={filing.availableActions} forms={forms} owner="受理的人民法院" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="CourtFiling" parties={filing.parties} />
          <CaseTimeline caseType="CourtFiling" steps={filing.timeline} />
        </>
      )}
    </Space>
  );
}
