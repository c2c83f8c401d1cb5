/**
 * 110 警情 case page: the incident, its parties (masked), sessions and timeline, and exactly the
 * actions the hub says the signed-in agency may take now (availableActions): the police station
 * that owns it sees its workflow's next steps, everyone else reads only. Each action opens its
 * form; the hub's refusal or bad input shows in the form with the field marked.
 */
import { useMemo } from "react";
import { useParams } from "react-router-dom";
import { Card, DatePicker, Descriptions, Form, Space, Tag, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { PoliceIncidentPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel, statusLabel } from "../../labels.ts";
import { chinaTime, dayjs } from "../../format.ts";
import { CaseActions, CaseParties, CaseTimeline, textField, type ActionForm, type Mark, type Values } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const IncidentQuery = graphql(`
  query PoliceIncidentPage($id: ID!) {
    policeIncident(id: $id) {
      id
      incidentNumber
      station
      divisionCode
      category
      disputeType
      status
      reportedAt
      dueAt
      overdue
      unifiedNumber
      mediationOrganisation
      penalty
      performanceNote
      availableActions
      mediationEligibility {
        eligible
        reasons
      }
      parties {
        partyKey
        role
        name
        identifierMasked
      }
      sessions {
        id
        sequence
        heldAt
        officer
        agreementReached
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

const ScheduleMediation = graphql(`
  mutation ScheduleIncidentMediation($id: ID!) {
    scheduleIncidentMediation(id: $id) {
      id
      status
      dueAt
    }
  }
`);

const RecordSession = graphql(`
  mutation RecordIncidentSession($input: RecordIncidentSessionInput!) {
    recordIncidentSession(input: $input) {
      id
      status
      dueAt
    }
  }
`);

const RecordPerformance = graphql(`
  mutation RecordIncidentAgreementPerformance($id: ID!, $performed: Boolean!, $note: String) {
    recordIncidentAgreementPerformance(id: $id, performed: $performed, note: $note) {
      id
      status
    }
  }
`);

const Penalise = graphql(`
  mutation PenaliseIncident($id: ID!, $penalty: String!, $adviceToSue: String!) {
    penaliseIncident(id: $id, penalty: $penalty, adviceToSue: $adviceToSue) {
      id
      status
    }
  }
`);

const Refer = graphql(`
  mutation ReferIncidentToMediationCenter($id: ID!, $mediationOrganisation: String!, $unifiedNumber: String, $idempotencyKey: String!) {
    referIncidentToMediationCenter(id: $id, mediationOrganisation: $mediationOrganisation, unifiedNumber: $unifiedNumber, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

type Incident = NonNullable<PoliceIncidentPageQuery["policeIncident"]>;

const sessionFields = (mark: Mark) => (
  <>
    <Form.Item name="heldAt" label="调解时间" {...mark("heldAt")} rules={[{ required: true, message: "请选择调解时间" }]}>
      <DatePicker showTime format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs())} style={{ width: "100%" }} />
    </Form.Item>
    {textField(mark, "officer", "主持调解民警", 100, 1)}
    {textField(mark, "notes", "调解情况", 2000, 4)}
  </>
);

function useActionForms(): Record<string, ActionForm<Incident>> {
  const [, schedule] = useMutation(ScheduleMediation);
  const [, session] = useMutation(RecordSession);
  const [, performance] = useMutation(RecordPerformance);
  const [, penalise] = useMutation(Penalise);
  const [, refer] = useMutation(Refer);
  // One key per opened referral form: a retry after a lost answer does not hand the case over twice.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const recordSession = (agreementReached: boolean) => async (incident: Incident, v: Values) =>
    (await session({ input: { incidentId: incident.id, heldAt: v.heldAt.toISOString(), officer: v.officer, notes: v.notes, agreementReached } })).error;
  return {
    scheduleMediation: {
      label: "安排治安调解",
      fields: () => <Typography.Paragraph>安排后，首次调解须在接警后 3 个工作日内进行。</Typography.Paragraph>,
      submit: async (incident) => (await schedule({ id: incident.id })).error,
      done: "已安排调解",
    },
    recordAgreement: { label: "记录调解：达成协议", fields: sessionFields, submit: recordSession(true), done: "已记录，等待当事人履行协议" },
    scheduleSecondSession: { label: "记录调解：未达成，再次调解", fields: sessionFields, submit: recordSession(false), done: "已记录，再次调解须在 7 个工作日内进行" },
    recordMediationFailure: { label: "记录再次调解：未达成", danger: true, fields: sessionFields, submit: recordSession(false), done: "已记录调解不成" },
    recordPerformance: {
      label: "协议已履行",
      fields: (mark) => textField(mark, "note", "履行情况", 2000, 3, false),
      submit: async (incident, v) => (await performance({ id: incident.id, performed: true, note: v.note || null })).error,
      done: "已记录履行，不予处罚",
    },
    recordNonPerformance: {
      label: "协议未履行",
      danger: true,
      fields: (mark) => textField(mark, "note", "未履行的原因", 2000),
      submit: async (incident, v) => (await performance({ id: incident.id, performed: false, note: v.note })).error,
      done: "已记录未履行",
    },
    penalise: {
      label: "依法处罚",
      danger: true,
      fields: (mark) => (
        <>
          {textField(mark, "penalty", "处罚决定", 2000)}
          {textField(mark, "adviceToSue", "告知当事人可就民事争议向人民法院起诉的情况", 2000)}
        </>
      ),
      submit: async (incident, v) => (await penalise({ id: incident.id, penalty: v.penalty, adviceToSue: v.adviceToSue })).error,
      done: "已记录处罚决定",
    },
    referToMediationCenter: {
      label: "移交人民调解",
      fields: (mark) => (
        <>
          {textField(mark, "mediationOrganisation", "接收的调解中心或调委会", 200, 1)}
          {textField(mark, "unifiedNumber", "统一纠纷编号（调解中心已登记时填写）", 64, 1, false)}
        </>
      ),
      submit: async (incident, v) =>
        (await refer({ id: incident.id, mediationOrganisation: v.mediationOrganisation, unifiedNumber: v.unifiedNumber || null, idempotencyKey })).error,
      done: "已移交调解中心，等待签收",
    },
  };
}

export default function PoliceIncidentPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: IncidentQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const incident = result.data?.policeIncident;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>110 警情 {incident?.incidentNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {incident && (
        <>
          <Card title="警情信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <Space>
                  <span data-testid="incident-status">{statusLabel("PoliceIncident", incident.status)}</span>
                  {incident.overdue && <Tag color="red">超期</Tag>}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label="办理期限">{incident.dueAt ? chinaTime(incident.dueAt) : "—"}</Descriptions.Item>
              <Descriptions.Item label="派出所">{incident.station}</Descriptions.Item>
              <Descriptions.Item label="接警时间">{chinaTime(incident.reportedAt)}</Descriptions.Item>
              <Descriptions.Item label="警情类别">{enumLabel("IncidentCategory", incident.category)}</Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", incident.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={incident.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="可否治安调解">
                {incident.mediationEligibility.eligible ? "可以" : `不适用：${incident.mediationEligibility.reasons.join("；")}`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <CaseActions record={incident} available={incident.availableActions} forms={forms} owner="辖区内承办的派出所" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="PoliceIncident" parties={incident.parties} />
          <CaseTimeline caseType="PoliceIncident" steps={incident.timeline} />
        </>
      )}
    </Space>
  );
}
