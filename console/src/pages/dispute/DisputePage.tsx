import { Card, Descriptions, Empty, Space, Spin, Table, Tag, Timeline, Typography } from "antd";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { DisputeProfileQuery, HandoffRecordSideFragment } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { casePagePath } from "../../case-pages.ts";
import { CASE_TYPE_LABELS, CHANNEL_LABELS, SERVICE_LABELS, actionLabel, enumLabel, roleLabel, statusLabel } from "../../labels.ts";
import { chinaTime, yuan } from "../../format.ts";

graphql(`
  fragment HandoffRecordSide on HandoffRecord {
    id
    kind
    direction
    fromChannel
    toChannel
    status
    reason
    dueAt
    overdue
    decidedAt
  }
`);

const DisputeProfile = graphql(`
  query DisputeProfile($unifiedNumber: String!) {
    dispute(unifiedNumber: $unifiedNumber) {
      unifiedNumber
      disputeType
      divisionName
      amount
      source
      sourceReference
      registeredAt
      parties {
        name
        role
        identifierMasked
      }
      history {
        at
        channel
        caseType
        caseId
        action
        fromStatus
        toStatus
        actor
        note
      }
      mediationCases {
        id
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      courtReferrals {
        id
        caseNumber
        court
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      judicialConfirmations {
        id
        caseNumber
        court
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      courtFilings {
        id
        caseNumber
        court
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      petitions {
        id
        petitionNumber
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      policeIncidents {
        id
        incidentNumber
        station
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      arbitrationCases {
        id
        caseNumber
        commission
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
      notarisations {
        id
        certificateNumber
        notaryOffice
        status
        dueAt
        overdue
        handoffs {
          ...HandoffRecordSide
        }
      }
    }
  }
`);

const HandoffSides = graphql(`
  query HandoffSides($id: ID!) {
    handoff(id: $id) {
      id
      mediationCenterRecord {
        status
        toCaseId
      }
      courtMediationRecord {
        status
        toCaseId
      }
      petitionMediationRecord {
        status
        toCaseId
      }
      policeMediationRecord {
        status
        toCaseId
      }
      arbitrationRecord {
        status
        toCaseId
      }
      notaryRecord {
        status
        toCaseId
      }
    }
  }
`);

type Dispute = NonNullable<DisputeProfileQuery["dispute"]>;
interface ChannelCaseRow {
  key: string;
  caseType: string;
  reference: string;
  /** The case's own page, where its agency acts on it; null when the console has none yet. */
  page: string | null;
  agency: string;
  status: string;
  dueAt: string | null | undefined;
  overdue: boolean;
  handoffs: HandoffRecordSideFragment[];
}

const RECORD_FIELD: Record<string, "mediationCenterRecord" | "courtMediationRecord" | "petitionMediationRecord" | "policeMediationRecord" | "arbitrationRecord" | "notaryRecord"> = {
  "mediation-center": "mediationCenterRecord",
  "court-mediation": "courtMediationRecord",
  "petition-mediation": "petitionMediationRecord",
  "police-mediation": "policeMediationRecord",
  arbitration: "arbitrationRecord",
  notary: "notaryRecord",
};

function casesOf(d: Dispute): ChannelCaseRow[] {
  const rows: ChannelCaseRow[] = [];
  const add = (caseType: string, list: { id: string; status: string; dueAt?: string | null; overdue: boolean; handoffs: HandoffRecordSideFragment[] }[] | null | undefined, reference: (c: any) => string, agency: (c: any) => string) => {
    for (const c of list ?? []) rows.push({ key: `${caseType}:${c.id}`, caseType, reference: reference(c), page: casePagePath(caseType, c.id), agency: agency(c), status: c.status, dueAt: c.dueAt, overdue: c.overdue, handoffs: c.handoffs });
  };
  add("MediationCase", d.mediationCases, () => d.unifiedNumber, () => "人民调解委员会");
  add("CourtReferral", d.courtReferrals, (c) => c.caseNumber ?? "—", (c) => c.court);
  add("JudicialConfirmation", d.judicialConfirmations, (c) => c.caseNumber ?? "—", (c) => c.court);
  add("CourtFiling", d.courtFilings, (c) => c.caseNumber ?? "—", (c) => c.court);
  add("Petition", d.petitions, (c) => c.petitionNumber, () => "信访局");
  add("PoliceIncident", d.policeIncidents, (c) => c.incidentNumber, (c) => c.station);
  add("ArbitrationCase", d.arbitrationCases, (c) => c.caseNumber ?? "—", (c) => c.commission);
  add("NotarisationApplication", d.notarisations, (c) => c.certificateNumber ?? "—", (c) => c.notaryOffice);
  return rows;
}

function HandoffBothSides({ record }: { record: HandoffRecordSideFragment }) {
  const [result] = useQuery({ query: HandoffSides, variables: { id: record.id } });
  const sides = result.data?.handoff;
  const side = (channel: string) => {
    const field = RECORD_FIELD[channel];
    const state = field && sides ? sides[field] : null;
    return `${SERVICE_LABELS[channel] ?? channel}：${state ? enumLabel("HandoffStatus", state.status) : result.fetching ? "…" : "无权查看或暂无记录"}`;
  };
  return (
    <div data-testid="handoff">
      <Tag color="purple">{enumLabel("HandoffKind", record.kind)}</Tag>
      <span>{side(record.fromChannel)}</span> → <span>{side(record.toChannel)}</span>
      {record.reason && <Typography.Text type="secondary">（退回理由：{record.reason}）</Typography.Text>}
      {record.overdue && <Tag color="red">超期未答复</Tag>}
    </div>
  );
}

export default function DisputePage() {
  const { unifiedNumber = "" } = useParams();
  const [result] = useQuery({ query: DisputeProfile, variables: { unifiedNumber } });
  const dispute = result.data?.dispute;
  if (result.fetching && !result.data) return <Spin size="large" style={{ display: "block", margin: 64 }} />;
  const rows = dispute ? casesOf(dispute) : [];
  const handoffs = [...new Map(rows.flatMap((r) => r.handoffs).map((h) => [h.id, h])).values()];
  return (
    <>
      <Typography.Title level={3}>纠纷档案 {unifiedNumber}</Typography.Title>
      <HubErrors error={result.error} />
      {!dispute && !result.error && <Empty description="没有这个统一纠纷编号的纠纷，或无权查看" />}
      {dispute && (
        <Space orientation="vertical" size="large" style={{ width: "100%" }}>
          <Card title="基本情况">
            <Descriptions column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", dispute.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="发生地">{dispute.divisionName}</Descriptions.Item>
              <Descriptions.Item label="涉案金额">{yuan(dispute.amount)}</Descriptions.Item>
              <Descriptions.Item label="来源">
                {enumLabel("DisputeSource", dispute.source)}
                {dispute.sourceReference ? `（${dispute.sourceReference}）` : ""}
              </Descriptions.Item>
              <Descriptions.Item label="登记时间">{chinaTime(dispute.registeredAt)}</Descriptions.Item>
              <Descriptions.Item label="当事人">
                {dispute.parties.map((p) => `${p.name}（${roleLabel(p.role)}，${p.identifierMasked}）`).join("、")}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="各部门案件">
            <Table<ChannelCaseRow>
              rowKey="key"
              pagination={false}
              dataSource={rows}
              locale={{ emptyText: "暂无案件" }}
              columns={[
                { title: "类别", dataIndex: "caseType", render: (t: string) => CASE_TYPE_LABELS[t] ?? t },
                { title: "编号", dataIndex: "reference", render: (reference: string, row: ChannelCaseRow) => (row.page ? <Link to={row.page}>{reference}</Link> : reference) },
                { title: "承办机构", dataIndex: "agency" },
                { title: "状态", dataIndex: "status", render: (s: string, row) => statusLabel(row.caseType, s) },
                {
                  title: "办理期限",
                  dataIndex: "dueAt",
                  render: (due: string | null, row) => (
                    <Space>
                      {chinaTime(due)}
                      {row.overdue && <Tag color="red">超期</Tag>}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
          <Card title="移交记录（双方状态）">
            {handoffs.length === 0 ? <Empty description="暂无移交" /> : handoffs.map((h) => <HandoffBothSides key={h.id} record={h} />)}
          </Card>
          <Card title="跨部门办理时间线">
            <Timeline
              data-testid="timeline"
              items={dispute.history.map((step, i) => ({
                key: i,
                color: step.caseType === "Handoff" ? "purple" : "blue",
                content: (
                  <div data-testid="timeline-step" data-channel={step.channel}>
                    <Typography.Text strong>{chinaTime(step.at)}</Typography.Text> <Tag>{CHANNEL_LABELS[step.channel] ?? step.channel}</Tag>
                    {CASE_TYPE_LABELS[step.caseType] ?? step.caseType} · {actionLabel(step.action, step.caseType)}：{step.fromStatus ? `${statusLabel(step.caseType, step.fromStatus)} → ` : ""}
                    {statusLabel(step.caseType, step.toStatus)}
                    <div>
                      <Typography.Text type="secondary">办理人：{step.actor}</Typography.Text>
                      {step.note && <Typography.Text type="secondary">；备注：{step.note}</Typography.Text>}
                    </div>
                  </div>
                ),
              }))}
            />
          </Card>
          <Link to={`/search?unifiedNumber=${encodeURIComponent(dispute.unifiedNumber)}`}>在案件检索中查看此纠纷的全部案件</Link>
        </Space>
      )}
    </>
  );
}
