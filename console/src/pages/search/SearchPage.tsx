import { useEffect, useMemo } from "react";
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { casePagePath } from "../../case-pages.ts";
import { useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { SearchCasesQuery } from "../../gql/graphql.ts";
import { CursorPager, useCursorPages } from "../../CursorPager.tsx";
import { HubErrors, fieldErrors } from "../../errors.tsx";
import { CASE_TYPE_LABELS, CHANNEL_LABELS, allStatuses, enumLabel, options, roleLabel, statusLabel } from "../../labels.ts";
import { chinaDate, chinaDay, chinaTime, dayjs, CHINA_TZ, yuan } from "../../format.ts";
import { FORM_FIELD_OF, PAGE_SIZES, filterOf, formFromParams, paramsFromForm, type SearchForm } from "./filter.ts";

const SearchCases = graphql(`
  query SearchCases($filter: CaseSearchFilter, $sort: CaseSortOrder, $first: Int, $after: String) {
    searchCases(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          caseId
          caseType
          channel
          unifiedNumber
          reference
          agency
          title
          disputeType
          divisionName
          status
          openedAt
          dueAt
          overdue
          amount
          parties {
            name
            role
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = SearchCasesQuery["searchCases"]["edges"][number]["node"];

interface FormValues extends Omit<SearchForm, "openedFrom" | "openedTo"> {
  opened?: [Dayjs | null, Dayjs | null] | null;
}

const toValues = (form: SearchForm): FormValues => {
  const { openedFrom, openedTo, ...rest } = form;
  return {
    ...rest,
    sort: form.sort ?? "NEWEST",
    first: form.first ?? 20,
    opened: openedFrom || openedTo ? [openedFrom ? dayjs.tz(openedFrom, CHINA_TZ) : null, openedTo ? dayjs.tz(openedTo, CHINA_TZ) : null] : null,
  };
};

const fromValues = ({ opened, ...rest }: FormValues): SearchForm => ({
  ...rest,
  openedFrom: opened?.[0] ? chinaDay(opened[0].toISOString()) : undefined,
  openedTo: opened?.[1] ? chinaDay(opened[1].toISOString()) : undefined,
});

const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }));
const CASE_TYPE_OPTIONS = Object.entries(CASE_TYPE_LABELS)
  .filter(([value]) => !["Handoff", "MediationAgreement"].includes(value))
  .map(([value, label]) => ({ value, label }));

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const form = useMemo(() => formFromParams(params), [params]);
  const [antForm] = Form.useForm<FormValues>();
  const key = params.toString();
  const pages = useCursorPages(key);
  useEffect(() => {
    antForm.resetFields();
    antForm.setFieldsValue(toValues(form));
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const variables = useMemo(
    () => ({ filter: filterOf(form), sort: form.sort ?? "NEWEST", first: form.first ?? 20, after: pages.after }),
    [form, pages.after],
  );
  const [result] = useQuery({ query: SearchCases, variables, requestPolicy: "cache-and-network" });
  const page = result.data?.searchCases;
  const invalid = fieldErrors(result.error);
  const itemProps = (name: keyof SearchForm) => {
    const message = Object.entries(invalid).find(([field]) => (FORM_FIELD_OF[field] ?? field) === name)?.[1];
    return message ? { validateStatus: "error" as const, help: message } : {};
  };

  const columns = [
    { title: "渠道", dataIndex: "channel", render: (c: string) => CHANNEL_LABELS[c] ?? c },
    { title: "类型", dataIndex: "caseType", render: (t: string, row: Row) => `${CASE_TYPE_LABELS[t] ?? t}${row.disputeType ? ` · ${enumLabel("DisputeType", row.disputeType)}` : ""}` },
    {
      title: "编号",
      dataIndex: "reference",
      render: (ref: string | null, row: Row) => (
        <Space orientation="vertical" size={0}>
          {row.unifiedNumber ? <Link to={`/disputes/${encodeURIComponent(row.unifiedNumber)}`}>{ref ?? row.unifiedNumber}</Link> : (ref ?? "—")}
          {row.unifiedNumber && ref && <Typography.Text type="secondary">{row.unifiedNumber}</Typography.Text>}
          {casePagePath(row.caseType, row.caseId) && <Link to={casePagePath(row.caseType, row.caseId)!}>案件办理页</Link>}
        </Space>
      ),
    },
    { title: "当事人", dataIndex: "parties", render: (parties: Row["parties"], row: Row) => parties.map((p) => `${p.name}（${roleLabel(p.role, row.caseType)}）`).join("、") },
    { title: "承办机构", dataIndex: "agency", render: (a: string, row: Row) => <span title={row.divisionName}>{a}</span> },
    { title: "状态", dataIndex: "status", render: (s: string, row: Row) => statusLabel(row.caseType, s) },
    { title: "受理时间", dataIndex: "openedAt", render: (at: string) => chinaDate(at) },
    { title: "涉案金额", dataIndex: "amount", align: "right" as const, render: (m: string | null) => yuan(m) },
    {
      title: "办理期限",
      dataIndex: "dueAt",
      render: (due: string | null, row: Row) => (
        <Space>
          <span>{chinaTime(due)}</span>
          {row.overdue && <Tag color="red">超期</Tag>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={3}>案件检索</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form<FormValues> form={antForm} layout="vertical" initialValues={toValues(form)} onFinish={(values) => setParams(paramsFromForm(fromValues(values)))}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="partyName" label="当事人姓名" {...itemProps("partyName")}>
                <Input placeholder="如：建国" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="idNumber" label="身份证号" {...itemProps("idNumber")}>
                <Input placeholder="18 位公民身份号码" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="creditCode" label="统一社会信用代码" {...itemProps("creditCode")}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="division" label="行政区划" {...itemProps("division")}>
                <Input placeholder="53 / 5304 / 530402" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="unifiedNumber" label="统一纠纷编号" {...itemProps("unifiedNumber")}>
                <Input placeholder="530402-2026-000001" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="disputeTypes" label="纠纷类型" {...itemProps("disputeTypes")}>
                <Select mode="multiple" allowClear options={options("DisputeType")} placeholder="全部" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="channels" label="渠道" {...itemProps("channels")}>
                <Select mode="multiple" allowClear options={CHANNEL_OPTIONS} placeholder="全部" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="caseTypes" label="案件类别" {...itemProps("caseTypes")}>
                <Select mode="multiple" allowClear options={CASE_TYPE_OPTIONS} placeholder="全部" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="statuses" label="状态" {...itemProps("statuses")}>
                <Select mode="multiple" allowClear options={allStatuses()} placeholder="全部" optionFilterProp="label" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="opened" label="受理日期（北京时间）" {...itemProps("openedTo")}>
                <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="amountMin" label="金额下限（元）" {...itemProps("amountMin")}>
                <Input inputMode="decimal" allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="amountMax" label="金额上限（元）" {...itemProps("amountMax")}>
                <Input inputMode="decimal" allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="sort" label="排序">
                <Select
                  options={[
                    { value: "NEWEST", label: "最新受理在前" },
                    { value: "OLDEST", label: "最早受理在前" },
                    { value: "DUE_SOONEST", label: "期限最近在前" },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={2}>
              <Form.Item name="first" label="每页">
                <Select options={PAGE_SIZES.map((n) => ({ value: n, label: `${n} 条` }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="overdueOnly" valuePropName="checked" label="督办">
                <Checkbox>只看超期案件</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit">
              检索
            </Button>
            <Button onClick={() => setParams(new URLSearchParams())}>清空条件</Button>
          </Space>
        </Form>
      </Card>
      <HubErrors error={result.error} />
      <Table<Row>
        rowKey={(row) => `${row.caseType}:${row.caseId}`}
        loading={result.fetching && !page}
        columns={columns}
        dataSource={page?.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: "没有符合条件的案件" }}
        scroll={{ x: true }}
      />
      <CursorPager pages={pages} page={page} />
    </>
  );
}
