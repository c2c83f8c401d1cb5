import { Checkbox, Select, Space, Table, Tag, Typography } from "antd";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { PetitionListQuery, PetitionStatus } from "../../gql/graphql.ts";
import { CursorPager, useCursorPages } from "../../CursorPager.tsx";
import { casePagePath } from "../../case-pages.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel, options, statusLabel } from "../../labels.ts";
import { chinaDate, chinaTime } from "../../format.ts";
import { DisputeLink } from "../../dispute-link.tsx";

// The petition bureau's own list (and joint meetings'); any other agency gets the hub's FORBIDDEN,
// which the page shows as it is: petition content is personal data of the petitioner.
const PetitionList = graphql(`
  query PetitionList($filter: PetitionFilter, $first: Int, $after: String) {
    petitions(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          petitionNumber
          form
          disputeType
          status
          registeredAt
          dueAt
          overdue
          unifiedNumber
          petitioners {
            name
            identifierMasked
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

type Row = PetitionListQuery["petitions"]["edges"][number]["node"];

/** Rows per page: the hub's largest page, so a bureau's month fits on few pages. */
const PAGE_SIZE = 50;

export default function PetitionsPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") as PetitionStatus | null) ?? undefined;
  const overdueOnly = params.get("overdueOnly") === "1";
  const pages = useCursorPages(params.toString());
  const [result] = useQuery({
    query: PetitionList,
    variables: { filter: { status, overdueOnly: overdueOnly || undefined }, first: PAGE_SIZE, after: pages.after },
  });
  const page = result.data?.petitions;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <Typography.Title level={3}>信访件</Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label="状态"
          style={{ width: 200 }}
          allowClear
          placeholder="全部状态"
          value={status}
          options={options("PetitionStatus")}
          onChange={(v: string | undefined) => set("status", v ?? null)}
        />
        <Checkbox checked={overdueOnly} onChange={(e) => set("overdueOnly", e.target.checked ? "1" : null)}>
          只看超期
        </Checkbox>
      </Space>
      <HubErrors error={result.error} />
      {result.data && (
        <Table<Row>
          rowKey="id"
          loading={result.fetching && !page}
          dataSource={page?.edges.map((edge) => edge.node)}
          pagination={false}
          locale={{ emptyText: "没有信访件" }}
          columns={[
            { title: "信访件编号", dataIndex: "petitionNumber", render: (n: string, row) => <Link to={casePagePath("Petition", row.id)!}>{n}</Link> },
            { title: "形式", dataIndex: "form", render: (f: string) => enumLabel("PetitionForm", f) },
            { title: "纠纷类型", dataIndex: "disputeType", render: (t: string) => enumLabel("DisputeType", t) },
            { title: "信访人", dataIndex: "petitioners", render: (ps: Row["petitioners"]) => ps.map((p) => `${p.name}（${p.identifierMasked}）`).join("、") },
            { title: "状态", dataIndex: "status", render: (s: string) => statusLabel("Petition", s) },
            { title: "登记日期", dataIndex: "registeredAt", render: (at: string) => chinaDate(at) },
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
            { title: "统一纠纷编号", dataIndex: "unifiedNumber", render: (u: string | null) => <DisputeLink unifiedNumber={u} /> },
          ]}
        />
      )}
      {page && <CursorPager pages={pages} page={page} />}
    </>
  );
}
