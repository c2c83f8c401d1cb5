/**
 * 司法确认 case page: a joint application to confirm a mediation agreement, its applicants
 * (masked) and timeline, and exactly the actions the hub says the signed-in agency may take now
 * (availableActions): the court applied to accepts it (numbering it) or refuses it within 3 days,
 * rules within 15 days (once 10 more with approval); everyone else reads only.
 */
import { useParams } from "react-router-dom";
import { Card, Descriptions, Space, Tag, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { JudicialConfirmationPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel } from "../../labels.ts";
import { chinaTime, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, textField, type ActionForm } from "../../case-page/actions.tsx";
import { caseNumberField } from "../../case-page/court-fields.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const ConfirmationQuery = graphql(`
  query JudicialConfirmationPage($id: ID!) {
    judicialConfirmation(id: $id) {
      id
      court
      divisionCode
      unifiedNumber
      agreementTerms
      agreementAmount
      agreementEffectiveAt
      appliedAt
      status
      caseNumber
      acceptedAt
      decisionExtended
      dueAt
      decidedAt
      decisionReason
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

const Accept = graphql(`
  mutation AcceptJudicialConfirmation($id: ID!, $caseNumber: CaseNumber!) {
    acceptJudicialConfirmation(id: $id, caseNumber: $caseNumber) {
      id
      status
      dueAt
    }
  }
`);

const Refuse = graphql(`
  mutation RefuseJudicialConfirmation($id: ID!, $reason: String!) {
    refuseJudicialConfirmation(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Extend = graphql(`
  mutation ExtendJudicialConfirmationDecision($id: ID!, $reason: String!) {
    extendJudicialConfirmationDecision(id: $id, reason: $reason) {
      id
      dueAt
      decisionExtended
    }
  }
`);

const Rule = graphql(`
  mutation RuleOnJudicialConfirmation($id: ID!, $confirmed: Boolean!, $reason: String) {
    ruleOnJudicialConfirmation(id: $id, confirmed: $confirmed, reason: $reason) {
      id
      status
    }
  }
`);

type Confirmation = NonNullable<JudicialConfirmationPageQuery["judicialConfirmation"]>;
const action = (name: string) => enumLabel("JudicialConfirmationAction", name);

function useActionForms(): Record<string, ActionForm<Confirmation>> {
  const [, accept] = useMutation(Accept);
  const [, refuse] = useMutation(Refuse);
  const [, extend] = useMutation(Extend);
  const [, rule] = useMutation(Rule);
  return {
    accept: {
      label: action("accept"),
      fields: (mark) => caseNumberField(mark, "案号（民特或诉前调确）", "（2026）云0402民特15号"),
      submit: async (application, v) => (await accept({ id: application.id, caseNumber: v.caseNumber.trim() })).error,
      done: "已受理，应在 15 日内作出裁定",
    },
    refuse: {
      label: action("refuse"),
      danger: true,
      fields: (mark) => textField(mark, "reason", "不予受理的理由", 2000, 4),
      submit: async (application, v) => (await refuse({ id: application.id, reason: v.reason })).error,
      done: "已记录不予受理",
    },
    extendDecision: {
      label: action("extendDecision"),
      fields: (mark) => (
        <>
          <Typography.Paragraph>经院长批准，审查期限可延长 10 日，只能延长一次。</Typography.Paragraph>
          {textField(mark, "reason", "延长的理由及批准情况", 500, 3)}
        </>
      ),
      submit: async (application, v) => (await extend({ id: application.id, reason: v.reason })).error,
      done: "已延长审查期限 10 日",
    },
    confirm: {
      label: action("confirm"),
      fields: (mark) => textField(mark, "reason", "裁定理由（可不填）", 2000, 3, false),
      submit: async (application, v) => (await rule({ id: application.id, confirmed: true, reason: v.reason || null })).error,
      done: "已裁定确认调解协议有效",
    },
    reject: {
      label: action("reject"),
      danger: true,
      fields: (mark) => textField(mark, "reason", "驳回的理由", 2000, 4),
      submit: async (application, v) => (await rule({ id: application.id, confirmed: false, reason: v.reason })).error,
      done: "已裁定驳回申请",
    },
  };
}

export default function JudicialConfirmationPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: ConfirmationQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const application = result.data?.judicialConfirmation;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>司法确认申请 {application?.caseNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {application && (
        <>
          <Card title="申请信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <Space>
                  <CaseStatus caseType="JudicialConfirmation" status={application.status} overdue={application.overdue} />
                  {application.decisionExtended && <Tag>已延长审查期限</Tag>}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={application.acceptedAt ? "裁定期限" : "受理期限"}>{chinaTime(application.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="受理法院">{application.court}</Descriptions.Item>
              <Descriptions.Item label="申请时间">{chinaTime(application.appliedAt)}</Descriptions.Item>
              <Descriptions.Item label="协议生效时间">{chinaTime(application.agreementEffectiveAt)}</Descriptions.Item>
              <Descriptions.Item label="协议金额">{yuan(application.agreementAmount)}</Descriptions.Item>
              <Descriptions.Item label="受理时间">{chinaTime(application.acceptedAt)}</Descriptions.Item>
              <Descriptions.Item label="裁定时间">{chinaTime(application.decidedAt)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号" span={2}>
                <DisputeLink unifiedNumber={application.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="调解协议内容" span={2}>{application.agreementTerms}</Descriptions.Item>
              {application.decisionReason && <Descriptions.Item label="理由" span={2}>{application.decisionReason}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <CaseActions record={application} available={application.availableActions} forms={forms} owner="受理申请的人民法院" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="JudicialConfirmation" parties={application.parties} />
          <CaseTimeline caseType="JudicialConfirmation" steps={application.timeline} />
        </>
      )}
    </Space>
  );
}
