/**
 * 人民调解案件 case page: the case, its committee and mediator, the agreement once signed, the
 * parties (masked) and timeline, and exactly the actions the hub says the signed-in agency may take
 * now (availableActions): the mediation centre in whose scope it lies accepts it (choosing a
 * mediator), starts mediation and records its end; everyone else reads only.
 */
import { useMemo } from "react";
import { useParams } from "react-router-dom";
import { Card, DatePicker, Descriptions, Form, Select, Space, Switch, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { MediationCasePageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel } from "../../labels.ts";
import { chinaTime, dayjs, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, moneyField, textField, type ActionForm, type Mark } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const CaseQuery = graphql(`
  query MediationCasePage($id: ID!) {
    mediationCase(id: $id) {
      id
      unifiedNumber
      divisionCode
      status
      registeredAt
      acceptedAt
      startedAt
      dueAt
      closedAt
      closingReason
      overdue
      availableActions
      dispute {
        disputeType
        divisionName
        amount
      }
      committee {
        id
        name
      }
      mediator {
        id
        name
        grade
      }
      agreement {
        id
        terms
        amount
        hasPaymentObligation
        signedAt
        performance
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

const MediatorChoices = graphql(`
  query MediationCaseMediators($committeeId: ID) {
    mediators(first: 100, committeeId: $committeeId) {
      edges {
        node {
          id
          name
          grade
          specialties
          committee {
            name
          }
        }
      }
    }
  }
`);

const Accept = graphql(`
  mutation AcceptMediationCase($id: ID!, $mediatorId: ID!) {
    acceptMediationCase(id: $id, mediatorId: $mediatorId) {
      id
      status
      dueAt
    }
  }
`);

const Start = graphql(`
  mutation StartMediation($id: ID!) {
    startMediation(id: $id) {
      id
      status
    }
  }
`);

const RecordAgreement = graphql(`
  mutation RecordMediationAgreement($id: ID!, $input: MediationAgreementInput!) {
    recordMediationAgreement(id: $id, input: $input) {
      id
    }
  }
`);

const RecordFailure = graphql(`
  mutation RecordMediationFailure($id: ID!, $reason: String!) {
    recordMediationFailure(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

const Terminate = graphql(`
  mutation TerminateMediation($id: ID!, $reason: String!) {
    terminateMediation(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

type MediationCase = NonNullable<MediationCasePageQuery["mediationCase"]>;

/** Mediators to put in charge: the case's committee's, else all in scope; those whose specialty is the dispute's type first (擅长). */
function MediatorSelect({ mark, committeeId, disputeType }: { mark: Mark; committeeId: string | null; disputeType: string }) {
  const [result] = useQuery({ query: MediatorChoices, variables: { committeeId } });
  const options = (result.data?.mediators.edges ?? [])
    .map(({ node }) => ({ node, fits: node.specialties.includes(disputeType as never) }))
    .sort((a, b) => Number(b.fits) - Number(a.fits))
    .map(({ node, fits }) => ({
      value: node.id,
      label: `${node.name}（${enumLabel("MediatorGrade", node.grade)}，${node.committee.name}）${fits ? " · 擅长此类纠纷" : ""}`,
    }));
  return (
    <>
      <HubErrors error={result.error} />
      <Form.Item name="mediatorId" label="承办调解员" {...mark("mediatorId")} rules={[{ required: true, message: "请选择承办调解员" }]}>
        <Select options={options} loading={result.fetching} showSearch={{ optionFilterProp: "label" }} placeholder="选择调解员" />
      </Form.Item>
    </>
  );
}

function useActionForms(mediationCase: MediationCase | null | undefined): Record<string, ActionForm<MediationCase>> {
  const [, accept] = useMutation(Accept);
  const [, start] = useMutation(Start);
  const [, agreement] = useMutation(RecordAgreement);
  const [, failure] = useMutation(RecordFailure);
  const [, terminate] = useMutation(Terminate);
  return useMemo(
    () => ({
      accept: {
        label: "受理并指派调解员",
        fields: (mark) => <MediatorSelect mark={mark} committeeId={mediationCase?.committee?.id ?? null} disputeType={mediationCase?.dispute.disputeType ?? ""} />,
        submit: async (c, v) => (await accept({ id: c.id, mediatorId: v.mediatorId })).error,
        done: "已受理，调解一般应在一个月内结束",
      },
      startMediation: {
        label: "开始调解",
        fields: () => <Typography.Paragraph>开始调解后，可记录调解成功、调解不成或终止调解。</Typography.Paragraph>,
        submit: async (c) => (await start({ id: c.id })).error,
        done: "已开始调解",
      },
      recordAgreement: {
        label: "调解成功：记录调解协议",
        fields: (mark) => (
          <>
            {textField(mark, "terms", "协议内容", 4000, 5)}
            <Form.Item name="hasPaymentObligation" label="是否有给付义务" valuePropName="checked" initialValue={false} {...mark("hasPaymentObligation")}>
              <Switch checkedChildren="有" unCheckedChildren="无" />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.hasPaymentObligation !== b.hasPaymentObligation}>
              {({ getFieldValue }) => moneyField(mark, "amount", "协议金额（元）", Boolean(getFieldValue("hasPaymentObligation")), "有给付义务的协议须写明金额")}
            </Form.Item>
            <Form.Item name="signedAt" label="签订时间" {...mark("signedAt")} rules={[{ required: true, message: "请选择协议签订时间" }]} initialValue={dayjs()}>
              <DatePicker showTime format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs())} style={{ width: "100%" }} />
            </Form.Item>
          </>
        ),
        submit: async (c, v) =>
          (
            await agreement({
              id: c.id,
              input: { terms: v.terms, hasPaymentObligation: Boolean(v.hasPaymentObligation), amount: v.amount || null, signedAt: v.signedAt.toISOString() },
            })
          ).error,
        done: "已记录调解协议，案件调解成功",
      },
      recordFailure: {
        label: "调解不成",
        danger: true,
        fields: (mark) => textField(mark, "reason", "调解不成的原因", 2000, 4),
        submit: async (c, v) => (await failure({ id: c.id, reason: v.reason })).error,
        done: "已记录调解不成",
      },
      terminate: {
        label: "终止调解",
        danger: true,
        fields: (mark) => textField(mark, "reason", "终止调解的原因（如当事人拒绝调解）", 2000, 4),
        submit: async (c, v) => (await terminate({ id: c.id, reason: v.reason })).error,
        done: "已终止调解",
      },
    }),
    [mediationCase, accept, start, agreement, failure, terminate],
  );
}

export default function MediationCasePage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: CaseQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const mediationCase = result.data?.mediationCase;
  const forms = useActionForms(mediationCase);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>人民调解案件 {mediationCase?.unifiedNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {mediationCase && (
        <>
          <Card title="案件信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="MediationCase" status={mediationCase.status} overdue={mediationCase.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="调解期限">{chinaTime(mediationCase.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={mediationCase.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", mediationCase.dispute.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="发生地">{mediationCase.dispute.divisionName}</Descriptions.Item>
              <Descriptions.Item label="涉及金额">{yuan(mediationCase.dispute.amount)}</Descriptions.Item>
              <Descriptions.Item label="调解委员会">{mediationCase.committee?.name ?? "未指派"}</Descriptions.Item>
              <Descriptions.Item label="承办调解员">
                {mediationCase.mediator ? `${mediationCase.mediator.name}（${enumLabel("MediatorGrade", mediationCase.mediator.grade)}）` : "未指派"}
              </Descriptions.Item>
              <Descriptions.Item label="登记时间">{chinaTime(mediationCase.registeredAt)}</Descriptions.Item>
              <Descriptions.Item label="受理时间">{chinaTime(mediationCase.acceptedAt)}</Descriptions.Item>
              <Descriptions.Item label="开始调解">{chinaTime(mediationCase.startedAt)}</Descriptions.Item>
              <Descriptions.Item label="结案时间">{chinaTime(mediationCase.closedAt)}</Descriptions.Item>
              {mediationCase.closingReason && (
                <Descriptions.Item label="调解不成 / 终止的原因" span={2}>
                  {mediationCase.closingReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {mediationCase.agreement && (
            <Card title="人民调解协议书">
              <Descriptions column={2} bordered size="small">
                <Descriptions.Item label="协议内容" span={2}>
                  {mediationCase.agreement.terms}
                </Descriptions.Item>
                <Descriptions.Item label="协议金额">{yuan(mediationCase.agreement.amount)}</Descriptions.Item>
                <Descriptions.Item label="给付义务">{mediationCase.agreement.hasPaymentObligation ? "有" : "无"}</Descriptions.Item>
                <Descriptions.Item label="签订时间">{chinaTime(mediationCase.agreement.signedAt)}</Descriptions.Item>
                <Descriptions.Item label="履行情况">{enumLabel("MediationAgreementPerformance", mediationCase.agreement.performance)}</Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <CaseActions record={mediationCase} available={mediationCase.availableActions} forms={forms} owner="辖区内的调解中心" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="MediationCase" parties={mediationCase.parties} />
          <CaseTimeline caseType="MediationCase" steps={mediationCase.timeline} />
        </>
      )}
    </Space>
  );
}
