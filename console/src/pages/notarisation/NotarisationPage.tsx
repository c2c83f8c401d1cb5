/**
 * 赋强公证 case page: the application, the debt instrument and its payment obligation, the
 * certificates issued, the parties (masked), the deadlines and the timeline, and exactly the steps
 * the hub lists in the application's availableActions for the signed-in agency: the notary office
 * in whose scope it lies (an enforcement certificate only once the payment is overdue).
 */
import { useParams } from "react-router-dom";
import { Card, Descriptions, Space, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { NotarisationApplicationAction, NotarisationPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { chinaTime, yuan } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, confirmOnly, textField, type ActionForm } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const ApplicationQuery = graphql(`
  query NotarisationPage($id: ID!) {
    notarisationApplication(id: $id) {
      id
      notaryOffice
      divisionCode
      unifiedNumber
      agreementId
      debtTerms
      paymentAmount
      paymentDueAt
      debtorConsentToEnforcement
      appliedAt
      status
      reviewStartedAt
      dueAt
      overdue
      certificateNumber
      issuedAt
      refusalReason
      refusedAt
      enforcementCertificateNumber
      enforcementCertificateIssuedAt
      defaultNote
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

const StartReview = graphql(`
  mutation StartNotarisationReview($id: ID!) {
    startNotarisationReview(id: $id) {
      id
    }
  }
`);

const Issue = graphql(`
  mutation IssueNotarialCertificate($id: ID!, $certificateNumber: String!) {
    issueNotarialCertificate(id: $id, certificateNumber: $certificateNumber) {
      id
    }
  }
`);

const Refuse = graphql(`
  mutation RefuseNotarisation($id: ID!, $reason: String!) {
    refuseNotarisation(id: $id, reason: $reason) {
      id
    }
  }
`);

const IssueEnforcementCertificate = graphql(`
  mutation IssueEnforcementCertificate($id: ID!, $enforcementCertificateNumber: String!, $defaultNote: String!) {
    issueEnforcementCertificate(id: $id, enforcementCertificateNumber: $enforcementCertificateNumber, defaultNote: $defaultNote) {
      id
    }
  }
`);

type Application = NonNullable<NotarisationPageQuery["notarisationApplication"]>;

function useActionForms(): Record<NotarisationApplicationAction, ActionForm<Application>> {
  const [, startReview] = useMutation(StartReview);
  const [, issue] = useMutation(Issue);
  const [, refuse] = useMutation(Refuse);
  const [, enforce] = useMutation(IssueEnforcementCertificate);
  // The hub checks the numbers (format, year, uniqueness) and names the field it refuses.
  return {
    startReview: {
      fields: confirmOnly("受理后，须在 15 个工作日内出具公证书或决定不予办理。"),
      submit: async (a) => (await startReview({ id: a.id })).error,
      done: "已受理，进入审查",
    },
    issue: {
      fields: (mark) => textField(mark, "certificateNumber", "公证书编号（如 （2026）鄂咸证字第123号）", 64, 1),
      submit: async (a, v) => (await issue({ id: a.id, certificateNumber: v.certificateNumber })).error,
      done: "已出具公证书，债权文书具有强制执行效力",
    },
    refuse: {
      danger: true,
      fields: (mark) => textField(mark, "reason", "不予办理的理由", 2000, 4),
      submit: async (a, v) => (await refuse({ id: a.id, reason: v.reason })).error,
      done: "已记录不予办理",
    },
    issueEnforcementCertificate: {
      danger: true,
      fields: (mark) => (
        <>
          {textField(mark, "enforcementCertificateNumber", "执行证书编号（如 （2026）鄂咸执证字第5号）", 64, 1)}
          {textField(mark, "defaultNote", "债务人违约情况及核实经过", 2000, 4)}
        </>
      ),
      submit: async (a, v) => (await enforce({ id: a.id, enforcementCertificateNumber: v.enforcementCertificateNumber, defaultNote: v.defaultNote })).error,
      done: "已出具执行证书，债权人可向人民法院申请强制执行",
    },
  };
}

export default function NotarisationPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: ApplicationQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const application = result.data?.notarisationApplication;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>赋强公证申请 {application?.certificateNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {application && (
        <>
          <Card title="申请信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="NotarisationApplication" status={application.status} overdue={application.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="出证期限">{chinaTime(application.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="公证机构">{application.notaryOffice}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={application.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="申请时间">{chinaTime(application.appliedAt)}</Descriptions.Item>
              <Descriptions.Item label="受理时间">{chinaTime(application.reviewStartedAt)}</Descriptions.Item>
              <Descriptions.Item label="给付金额">{yuan(application.paymentAmount)}</Descriptions.Item>
              <Descriptions.Item label="履行期限">{chinaTime(application.paymentDueAt)}</Descriptions.Item>
              <Descriptions.Item label="债务人书面承诺接受强制执行">{application.debtorConsentToEnforcement ? "是" : "否"}</Descriptions.Item>
              <Descriptions.Item label="来源调解协议">{application.agreementId ?? "—"}</Descriptions.Item>
              <Descriptions.Item label="债权文书内容" span={2}>
                {application.debtTerms}
              </Descriptions.Item>
              <Descriptions.Item label="公证书">{application.certificateNumber ? `${application.certificateNumber}（${chinaTime(application.issuedAt)}）` : "—"}</Descriptions.Item>
              <Descriptions.Item label="执行证书">
                {application.enforcementCertificateNumber ? `${application.enforcementCertificateNumber}（${chinaTime(application.enforcementCertificateIssuedAt)}）` : "—"}
              </Descriptions.Item>
              {application.defaultNote && (
                <Descriptions.Item label="违约情况" span={2}>
                  {application.defaultNote}
                </Descriptions.Item>
              )}
              {application.refusalReason && (
                <Descriptions.Item label={`不予办理（${chinaTime(application.refusedAt)}）`} span={2}>
                  {application.refusalReason}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <CaseActions caseType="NotarisationApplication" record={application} available={application.availableActions} forms={forms} owner="辖区内受理该申请的公证机构" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="NotarisationApplication" parties={application.parties} />
          <CaseTimeline caseType="NotarisationApplication" steps={application.timeline} />
        </>
      )}
    </Space>
  );
}
