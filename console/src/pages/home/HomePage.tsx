import { useEffect, useMemo, useState } from "react";
import { App, Button, Card, Col, Empty, Form, Input, Modal, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { useMutation, useQuery, type CombinedError } from "urql";
import { graphql } from "../../gql/index.ts";
import type { InboxHandoffFragment } from "../../gql/graphql.ts";
import { HubErrors, fieldErrors } from "../../errors.tsx";
import { currentSession } from "../../auth/index.ts";
import { CASE_TYPE_LABELS, CHANNEL_LABELS, SERVICE_LABELS, enumLabel, statusLabel } from "../../labels.ts";
import { ENUM_LABELS, STATUS_ENUM_OF } from "../../gql/labels.ts";
import { chinaTime, dayjs, CHINA_TZ } from "../../format.ts";
import { AGENCY_CHANNELS, threeWorkingDaysFrom, type AgencyChannel } from "./channels.ts";
import { DisputeLink } from "../../dispute-link.tsx";

const REFRESH_MS = 15_000;

/** What the inbox shows of each waiting handoff, whichever channel's list it comes from. */
graphql(`
  fragment InboxHandoff on HandoffRecord {
    id
    kind
    fromChannel
    fromCaseType
    summary
    unifiedNumber
    offeredAt
    dueAt
    overdue
    status
  }
`);

// Each desk includes only its own channel's list; the gateway costs only what is included.
const Inbox = graphql(`
  query Inbox($mc: Boolean!, $court: Boolean!, $notary: Boolean!, $arbitration: Boolean!) {
    mediationCenterHandoffs(direction: INCOMING, status: DELIVERED, first: 100) @include(if: $mc) {
      edges {
        node {
          ...InboxHandoff
        }
      }
    }
    courtMediationHandoffs(direction: INCOMING, status: DELIVERED, first: 100) @include(if: $court) {
      edges {
        node {
          ...InboxHandoff
        }
      }
    }
    notaryHandoffs(direction: INCOMING, status: DELIVERED, first: 100) @include(if: $notary) {
      edges {
        node {
          ...InboxHandoff
        }
      }
    }
    arbitrationHandoffs(direction: INCOMING, status: DELIVERED, first: 100) @include(if: $arbitration) {
      edges {
        node {
          ...InboxHandoff
        }
      }
    }
  }
`);

type InboxItem = InboxHandoffFragment;

/** The delivered handoffs of the agency's channel, whichever list field that channel has. */
function inboxItems(data: unknown): InboxItem[] {
  if (!data) return [];
  const lists = Object.values(data as Record<string, { edges: { node: InboxItem }[] } | undefined>);
  return lists.flatMap((l) => l?.edges.map((edge) => edge.node) ?? []);
}

const AcceptHandoff = graphql(`
  mutation AcceptHandoff($id: ID!, $mc: Boolean!, $court: Boolean!, $notary: Boolean!, $arbitration: Boolean!) {
    acceptHandoffAtMediationCenter(id: $id) @include(if: $mc) {
      id
      status
    }
    acceptHandoffAtCourtMediation(id: $id) @include(if: $court) {
      id
      status
    }
    acceptHandoffAtNotary(id: $id) @include(if: $notary) {
      id
      status
    }
    acceptHandoffAtArbitration(id: $id) @include(if: $arbitration) {
      id
      status
    }
  }
`);

const RejectHandoff = graphql(`
  mutation RejectHandoff($id: ID!, $reason: String!, $mc: Boolean!, $court: Boolean!, $notary: Boolean!, $arbitration: Boolean!) {
    rejectHandoffAtMediationCenter(id: $id, reason: $reason) @include(if: $mc) {
      id
      status
    }
    rejectHandoffAtCourtMediation(id: $id, reason: $reason) @include(if: $court) {
      id
      status
    }
    rejectHandoffAtNotary(id: $id, reason: $reason) @include(if: $notary) {
      id
      status
    }
    rejectHandoffAtArbitration(id: $id, reason: $reason) @include(if: $arbitration) {
      id
      status
    }
  }
`);

const Supervision = graphql(`
  query Supervision($filter: CaseSearchFilter) {
    searchCases(filter: $filter, sort: DUE_SOONEST, first: 50) {
      totalCount
      edges {
        node {
          caseId
          caseType
          channel
          unifiedNumber
          reference
          title
          status
          dueAt
          overdue
        }
      }
    }
  }
`);

const Urges = graphql(`
  query Urges {
    disputeUrges(first: 20) {
      totalCount
      edges {
        node {
          id
          unifiedNumber
          holderChannel
          holderAgency
          note
          urgedAt
          replyDueAt
        }
      }
    }
  }
`);

const CaseCount = graphql(`
  query CaseCount($filter: CaseSearchFilter) {
    searchCases(filter: $filter, first: 1) {
      totalCount
    }
  }
`);

/** Re-runs a query from the network every REFRESH_MS, so the desk stays current without a reload. */
function useRefresh(reexecute: (opts: { requestPolicy: "network-only" }) => void) {
  useEffect(() => {
    const timer = setInterval(() => reexecute({ requestPolicy: "network-only" }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);
}

function flagsOf(inbox: AgencyChannel["inbox"]) {
  return { mc: inbox === "mc", court: inbox === "court", notary: inbox === "notary", arbitration: inbox === "arbitration" };
}

function InboxCard({ agency }: { agency: AgencyChannel }) {
  const flags = flagsOf(agency.inbox);
  const [result, reexecute] = useQuery({ query: Inbox, variables: flags, requestPolicy: "cache-and-network" });
  useRefresh(reexecute);
  const [accepting, accept] = useMutation(AcceptHandoff);
  const [rejecting, reject] = useMutation(RejectHandoff);
  const [rejectOf, setRejectOf] = useState<InboxItem | null>(null);
  const [mutationError, setMutationError] = useState<CombinedError | undefined>();
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const items = inboxItems(result.data);
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const invalid = fieldErrors(mutationError);
  return (
    <Card title={`待签收的移交（${items.length}）`} style={{ marginBottom: 16 }}>
      <HubErrors error={result.error} />
      {rejectOf === null && <HubErrors error={mutationError} />}
      <Table<InboxItem>
        rowKey="id"
        pagination={false}
        loading={result.fetching && !result.data}
        dataSource={items}
        locale={{ emptyText: "没有待签收的移交" }}
        columns={[
          { title: "类别", dataIndex: "kind", render: (k: string) => enumLabel("HandoffKind", k) },
          { title: "来自", dataIndex: "fromChannel", render: (c: string) => SERVICE_LABELS[c] ?? c },
          { title: "摘要", dataIndex: "summary" },
          { title: "统一纠纷编号", dataIndex: "unifiedNumber", render: (u: string | null) => <DisputeLink unifiedNumber={u} /> },
          { title: "发出时间", dataIndex: "offeredAt", render: (at: string) => chinaTime(at) },
          {
            title: "签收期限",
            dataIndex: "dueAt",
            render: (due: string, row) => (
              <Space>
                {chinaTime(due)}
                {row.overdue && <Tag color="red">超期</Tag>}
              </Space>
            ),
          },
          {
            title: "操作",
            key: "actions",
            render: (_: unknown, row) => (
              <Space>
                <Button
                  type="primary"
                  loading={accepting.fetching}
                  onClick={async () => {
                    const answer = await accept({ id: row.id, ...flags });
                    setMutationError(answer.error);
                    if (!answer.error) {
                      message.success("已接收，已开立本部门案件");
                      refresh();
                    }
                  }}
                >
                  接收
                </Button>
                <Button
                  danger
                  onClick={() => {
                    setMutationError(undefined);
                    form.resetFields();
                    setRejectOf(row);
                  }}
                >
                  退回
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={rejectOf !== null}
        title="退回移交"
        okText="确认退回"
        cancelText="取消"
        okButtonProps={{ danger: true, loading: rejecting.fetching }}
        onCancel={() => setRejectOf(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <HubErrors error={mutationError} hideCodes={["BAD_USER_INPUT"]} />
        <Form
          form={form}
          layout="vertical"
          onFinish={async ({ reason }) => {
            if (!rejectOf) return;
            const answer = await reject({ id: rejectOf.id, reason, ...flags });
            setMutationError(answer.error);
            if (!answer.error) {
              setRejectOf(null);
              message.success("已退回，发送方将看到退回理由");
              refresh();
            }
          }}
        >
          <Form.Item
            name="reason"
            label="退回理由"
            rules={[{ required: true, whitespace: true, message: "请填写退回理由" }, { max: 2000, message: "最多 2000 字" }]}
            {...(invalid.reason ? { validateStatus: "error" as const, help: invalid.reason } : {})}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

function SupervisionCard({ channel }: { channel: AgencyChannel | null }) {
  const filter = channel ? { channels: [channel.channel] } : {};
  const [overdue, reexecuteOverdue] = useQuery({ query: Supervision, variables: { filter: { ...filter, overdueOnly: true } }, requestPolicy: "cache-and-network" });
  const [soonest, reexecuteSoonest] = useQuery({ query: Supervision, variables: { filter }, requestPolicy: "cache-and-network" });
  useRefresh(reexecuteOverdue);
  useRefresh(reexecuteSoonest);
  const limit = threeWorkingDaysFrom(new Date(), (d) => dayjs(d).tz(CHINA_TZ).day()).getTime();
  const dueSoon = (soonest.data?.searchCases.edges ?? []).map((e) => e.node).filter((n) => !n.overdue && n.dueAt && Date.parse(n.dueAt) <= limit);
  const overdueCases = (overdue.data?.searchCases.edges ?? []).map((e) => e.node);
  const rows = [...overdueCases, ...dueSoon];
  return (
    <Card title={`督办：超期 ${overdue.data?.searchCases.totalCount ?? "…"} 件，3 个工作日内到期 ${dueSoon.length} 件`} style={{ marginBottom: 16 }}>
      <HubErrors error={overdue.error ?? soonest.error} />
      <Table
        rowKey={(n) => `${n.caseType}:${n.caseId}`}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: "没有超期或即将到期的案件" }}
        columns={[
          { title: "渠道", dataIndex: "channel", render: (c: string) => CHANNEL_LABELS[c] ?? c },
          { title: "类别", dataIndex: "caseType", render: (t: string) => CASE_TYPE_LABELS[t] ?? t },
          {
            title: "编号",
            dataIndex: "reference",
            render: (ref: string | null, n) => (n.unifiedNumber ? <Link to={`/disputes/${encodeURIComponent(n.unifiedNumber)}`}>{ref ?? n.unifiedNumber}</Link> : (ref ?? "—")),
          },
          { title: "案由", dataIndex: "title" },
          { title: "状态", dataIndex: "status", render: (s: string, n) => statusLabel(n.caseType, s) },
          {
            title: "办理期限",
            dataIndex: "dueAt",
            render: (due: string | null, n) => (
              <Space>
                {chinaTime(due)}
                {n.overdue ? <Tag color="red">超期</Tag> : <Tag style={{ color: "#8a4b00", background: "#fff7e6", borderColor: "#ffd591" }}>即将到期</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 群众催办: the parties' hurry-ups addressed to this desk (or, for joint meetings, every desk), with their reply clocks. */
function UrgesCard() {
  const [result, reexecute] = useQuery({ query: Urges, requestPolicy: "cache-and-network" });
  useRefresh(reexecute);
  const rows = (result.data?.disputeUrges.edges ?? []).map((e) => e.node);
  return (
    <Card title={`群众催办（${result.data?.disputeUrges.totalCount ?? "…"}）`} style={{ marginBottom: 16 }}>
      <HubErrors error={result.error} />
      <Table
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: "没有当事人催办" }}
        columns={[
          { title: "统一纠纷编号", dataIndex: "unifiedNumber", render: (n: string) => <DisputeLink unifiedNumber={n} /> },
          { title: "承办单位", dataIndex: "holderAgency" },
          { title: "催办时间", dataIndex: "urgedAt", render: (at: string) => chinaTime(at) },
          { title: "当事人留言", dataIndex: "note", render: (note: string | null) => note ?? "—" },
          {
            title: "答复时限",
            dataIndex: "replyDueAt",
            render: (due: string) => <Space>{chinaTime(due)}{Date.parse(due) < Date.now() && <Tag color="red">超期</Tag>}</Space>,
          },
        ]}
      />
    </Card>
  );
}

function CountTile({ title, filter }: { title: string; filter: Record<string, unknown> }) {
  const [result, reexecute] = useQuery({ query: CaseCount, variables: { filter }, requestPolicy: "cache-and-network" });
  useRefresh(reexecute);
  return (
    <Col xs={12} md={6} xl={4}>
      <Card size="small">
        <Statistic title={title} value={result.data?.searchCases.totalCount ?? (result.error ? "—" : "…")} />
      </Card>
    </Col>
  );
}

function CountsCard({ channel }: { channel: AgencyChannel | null }) {
  // An agency counts its own cases by status; joint meetings count every channel's cases.
  const tiles = useMemo(() => {
    if (!channel) return Object.entries(CHANNEL_LABELS).map(([c, label]) => ({ title: label, filter: { channels: [c] } }));
    return channel.caseTypes.flatMap((caseType) =>
      Object.entries(ENUM_LABELS[STATUS_ENUM_OF[caseType] ?? ""] ?? {}).map(([status, label]) => ({
        title: channel.caseTypes.length > 1 ? `${CASE_TYPE_LABELS[caseType]}·${label}` : label,
        filter: { channels: [channel.channel], caseTypes: [caseType], statuses: [status] },
      })),
    );
  }, [channel]);
  return (
    <Card title={channel ? "本部门案件状态统计" : "各渠道案件数"}>
      <Row gutter={[12, 12]}>
        {tiles.map((t) => (
          <CountTile key={t.title} title={t.title} filter={t.filter} />
        ))}
      </Row>
    </Card>
  );
}

export default function HomePage() {
  const session = currentSession();
  const kind = session?.identity.agencyKind ?? "";
  const channel = AGENCY_CHANNELS[kind] ?? null;
  return (
    <>
      <Typography.Title level={3}>工作台</Typography.Title>
      {kind === "auditor" ? (
        <Empty description="审计人员的工作台在审计日志中（后续版本提供）；案件数据对审计人员不可见。" />
      ) : (
        <>
          {channel?.inbox && <InboxCard agency={channel} />}
          <SupervisionCard channel={channel} />
          <UrgesCard />
          <CountsCard channel={channel} />
        </>
      )}
    </>
  );
}
