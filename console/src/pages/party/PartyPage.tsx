import { useMemo, useState } from "react";
import { Alert, Button, Card, Form, Input, Modal, Table, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { PartyProfileQuery } from "../../gql/graphql.ts";
import { HubErrors, codeOf, fieldErrors, messageOf } from "../../errors.tsx";
import { authHeaders, currentSession } from "../../auth/index.ts";
import { CASE_TYPE_LABELS, roleLabel, statusLabel } from "../../labels.ts";
import { chinaDate } from "../../format.ts";
import { DisputeLink } from "../../dispute-link.tsx";

graphql(`
  fragment PartyOnCase on CaseParty {
    partyKey
    name
    role
    identifierMasked
    phoneMasked
  }
`);

const PartyProfile = graphql(`
  query PartyProfile($idNumber: ResidentId, $creditCode: CreditCode) {
    party(idNumber: $idNumber, creditCode: $creditCode) {
      partyKey
      disputes {
        unifiedNumber
        disputeType
        registeredAt
        parties {
          ...PartyOnCase
        }
      }
      mediationCases {
        id
        unifiedNumber
        status
        registeredAt
        parties {
          ...PartyOnCase
        }
      }
      courtReferrals {
        id
        caseNumber
        unifiedNumber
        status
        referredAt
        parties {
          ...PartyOnCase
        }
      }
      judicialConfirmations {
        id
        caseNumber
        unifiedNumber
        status
        appliedAt
        parties {
          ...PartyOnCase
        }
      }
      petitions {
        id
        petitionNumber
        unifiedNumber
        status
        registeredAt
        petitioners {
          ...PartyOnCase
        }
      }
      policeIncidents {
        id
        incidentNumber
        unifiedNumber
        status
        reportedAt
        parties {
          ...PartyOnCase
        }
      }
      arbitrationCases {
        id
        caseNumber
        unifiedNumber
        status
        appliedAt
        parties {
          ...PartyOnCase
        }
      }
      notarisations {
        id
        certificateNumber
        unifiedNumber
        status
        appliedAt
        parties {
          ...PartyOnCase
        }
      }
    }
  }
`);

// Unmasking reads only the intake records (every person the centre registered): each unmasked
// read is audited, so the console asks for no more numbers than the one it shows.
const PartyUnmasked = graphql(`
  query PartyUnmasked($idNumber: ResidentId, $creditCode: CreditCode) {
    party(idNumber: $idNumber, creditCode: $creditCode) {
      partyKey
      disputes {
        unifiedNumber
        parties {
          partyKey
          identifier
          phone
        }
      }
    }
  }
`);

type Party = NonNullable<PartyProfileQuery["party"]>;
type OnCase = Party["disputes"][number]["parties"][number];
interface RecordRow {
  key: string;
  caseType: string;
  reference: string;
  unifiedNumber: string | null | undefined;
  status: string;
  at: string;
  self: OnCase | undefined;
}

function rowsOf(party: Party): RecordRow[] {
  const rows: RecordRow[] = [];
  const self = (parties: OnCase[]) => parties.find((p) => p.partyKey === party.partyKey);
  for (const d of party.disputes) rows.push({ key: `d:${d.unifiedNumber}`, caseType: "Dispute", reference: d.unifiedNumber, unifiedNumber: d.unifiedNumber, status: "", at: d.registeredAt, self: self(d.parties) });
  for (const c of party.mediationCases) rows.push({ key: `m:${c.id}`, caseType: "MediationCase", reference: c.unifiedNumber, unifiedNumber: c.unifiedNumber, status: c.status, at: c.registeredAt, self: self(c.parties) });
  for (const c of party.courtReferrals ?? []) rows.push({ key: `r:${c.id}`, caseType: "CourtReferral", reference: c.caseNumber ?? "—", unifiedNumber: c.unifiedNumber, status: c.status, at: c.referredAt, self: self(c.parties) });
  for (const c of party.judicialConfirmations ?? []) rows.push({ key: `j:${c.id}`, caseType: "JudicialConfirmation", reference: c.caseNumber ?? "—", unifiedNumber: c.unifiedNumber, status: c.status, at: c.appliedAt, self: self(c.parties) });
  for (const c of party.petitions ?? []) rows.push({ key: `p:${c.id}`, caseType: "Petition", reference: c.petitionNumber, unifiedNumber: c.unifiedNumber, status: c.status, at: c.registeredAt, self: self(c.petitioners) });
  for (const c of party.policeIncidents ?? []) rows.push({ key: `i:${c.id}`, caseType: "PoliceIncident", reference: c.incidentNumber, unifiedNumber: c.unifiedNumber, status: c.status, at: c.reportedAt, self: self(c.parties) });
  for (const c of party.arbitrationCases ?? []) rows.push({ key: `a:${c.id}`, caseType: "ArbitrationCase", reference: c.caseNumber ?? "—", unifiedNumber: c.unifiedNumber, status: c.status, at: c.appliedAt, self: self(c.parties) });
  for (const c of party.notarisations ?? []) rows.push({ key: `n:${c.id}`, caseType: "NotarisationApplication", reference: c.certificateNumber ?? "—", unifiedNumber: c.unifiedNumber, status: c.status, at: c.appliedAt, self: self(c.parties) });
  return rows;
}

function Unmasked({ variables, purpose, partyKey }: { variables: { idNumber?: string; creditCode?: string }; purpose: string; partyKey: string }) {
  const context = useMemo(() => ({ fetchOptions: () => ({ headers: authHeaders(purpose) }), requestPolicy: "network-only" as const }), [purpose]);
  const [result] = useQuery({ query: PartyUnmasked, variables, context });
  if (result.fetching) return <Typography.Text>正在读取…</Typography.Text>;
  const refused = result.error?.graphQLErrors.find((e) => codeOf(e) === "FORBIDDEN");
  if (refused) return <Alert type="error" showIcon role="alert" title="无法显示完整号码（FORBIDDEN）" description={messageOf(refused)} data-testid="unmask-refused" />;
  if (result.error) return <HubErrors error={result.error} />;
  const self = result.data?.party?.disputes.flatMap((d) => d.parties).find((p) => p.partyKey === partyKey);
  if (!self) return <Alert type="info" showIcon title="调解中心没有该当事人的登记记录，无法显示完整号码" />;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="unmasked"
      title={`证件号码：${self.identifier ?? "—"}　电话：${self.phone ?? "—"}`}
      description={`查看目的：${purpose}（本次查看已记入审计日志）`}
    />
  );
}

export default function PartyPage() {
  const [params, setParams] = useSearchParams();
  const idNumber = params.get("idNumber")?.trim() || undefined;
  const creditCode = params.get("creditCode")?.trim() || undefined;
  const variables = useMemo(() => (idNumber ? { idNumber } : creditCode ? { creditCode } : null), [idNumber, creditCode]);
  const [result] = useQuery({ query: PartyProfile, variables: variables ?? {}, pause: !variables });
  const [asking, setAsking] = useState(false);
  const [purpose, setPurpose] = useState<string | null>(null);
  const [purposeForm] = Form.useForm<{ purpose: string }>();
  const party = result.data?.party;
  const invalid = fieldErrors(result.error);
  const canUnmask = currentSession()?.identity.roles.includes("unmask");
  return (
    <>
      <Typography.Title level={3}>当事人档案</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form
          layout="inline"
          initialValues={{ identifier: idNumber ?? creditCode ?? "" }}
          onFinish={({ identifier }: { identifier: string }) => {
            const value = identifier.trim().toUpperCase();
            setPurpose(null);
            setParams(value.length === 18 && /^\d{17}[\dX]$/.test(value) ? { idNumber: value } : { creditCode: value });
          }}
        >
          <Form.Item
            name="identifier"
            label="身份证号或统一社会信用代码"
            rules={[{ required: true, message: "请输入 18 位证件号码" }]}
            {...(invalid.idNumber || invalid.creditCode ? { validateStatus: "error" as const, help: invalid.idNumber ?? invalid.creditCode } : {})}
          >
            <Input style={{ width: 260 }} allowClear />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form>
      </Card>
      <HubErrors error={result.error} />
      {party && (
        <Card
          title={`各部门记录（证件号码已脱敏）`}
          extra={
            <Button onClick={() => setAsking(true)} data-testid="unmask-button">
              显示完整号码
            </Button>
          }
        >
          {!canUnmask && <Typography.Paragraph type="secondary">当前身份没有查看完整号码的权限，申请查看时将显示平台的拒绝理由。</Typography.Paragraph>}
          {purpose && variables && <Unmasked variables={variables} purpose={purpose} partyKey={party.partyKey} />}
          <Table<RecordRow>
            rowKey="key"
            pagination={false}
            dataSource={rowsOf(party)}
            locale={{ emptyText: "各部门均无该当事人的记录（或无权查看）" }}
            columns={[
              { title: "类别", dataIndex: "caseType", render: (t: string) => CASE_TYPE_LABELS[t] ?? t },
              { title: "编号", dataIndex: "reference" },
              { title: "统一纠纷编号", dataIndex: "unifiedNumber", render: (u: string | null) => <DisputeLink unifiedNumber={u} /> },
              { title: "状态", dataIndex: "status", render: (s: string, row) => (s ? statusLabel(row.caseType, s) : "—") },
              { title: "日期", dataIndex: "at", render: (at: string) => chinaDate(at) },
              { title: "姓名", dataIndex: "self", render: (p?: OnCase) => p?.name ?? "—" },
              { title: "身份", dataIndex: "self", key: "role", render: (p: OnCase | undefined, row) => roleLabel(p?.role, row.caseType) },
              { title: "证件号码", dataIndex: "self", key: "id", render: (p?: OnCase) => p?.identifierMasked ?? "—" },
              { title: "电话", dataIndex: "self", key: "phone", render: (p?: OnCase) => p?.phoneMasked ?? "—" },
            ]}
          />
        </Card>
      )}
      <Modal
        open={asking}
        title="显示完整号码"
        okText="确认查看"
        cancelText="取消"
        onCancel={() => setAsking(false)}
        onOk={() => purposeForm.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph>查看完整证件号码和电话须说明目的，查看记录将写入审计日志。</Typography.Paragraph>
        <Form
          form={purposeForm}
          layout="vertical"
          onFinish={({ purpose: stated }) => {
            setPurpose(stated.trim());
            setAsking(false);
          }}
        >
          <Form.Item name="purpose" label="查看目的" rules={[{ required: true, whitespace: true, message: "请填写查看目的" }, { max: 500, message: "最多 500 字" }]}>
            <Input.TextArea rows={3} placeholder="如：核实当事人身份" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
