/**
 * The pieces every case page shares: the card of actions the hub says the signed-in agency may
 * take now (a case type's `availableActions`), the dialog each action opens, and the parties and
 * timeline cards. A page supplies only its query, its mutations and one form per action.
 */
import { useState } from "react";
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag, Timeline, Typography } from "antd";
import type { CombinedError } from "urql";
import { HubErrors, fieldErrors } from "../errors.tsx";
import { actionLabel, roleLabel, statusLabel } from "../labels.ts";
import { chinaTime } from "../format.ts";

export type Values = Record<string, any>;
/** The hub's message for a form field, as Form.Item props (the field turns red with the message under it). */
export type Mark = (name: string) => { validateStatus?: "error"; help?: string };

/** One workflow action's button and dialog. */
export interface ActionForm<R> {
  /** The button and the dialog's title; by default the action's name in the case type's action enum (PetitionAction: 受理). */
  label?: string;
  danger?: boolean;
  fields: (mark: Mark) => React.ReactNode;
  /** Runs the mutation; resolves to its error, if any. */
  submit: (record: R, values: Values) => Promise<CombinedError | undefined>;
  /** Shown once the hub has accepted it. */
  done: string;
}

/** A text field the hub also checks: required unless said otherwise, at most `max` characters. */
export const textField = (mark: Mark, name: string, label: string, max: number, rows = 3, required = true) => (
  <Form.Item key={name} name={name} label={label} {...mark(name)} rules={[...(required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []), { max, message: `最多 ${max} 字` }]}>
    {rows > 1 ? <Input.TextArea rows={rows} /> : <Input />}
  </Form.Item>
);

/** An amount in yuan as the hub takes it (a decimal string, at most two decimals); whether it exceeds a limit only the hub knows. */
export const moneyField = (mark: Mark, name: string, label: string, required = false, requiredMessage = `请填写${label}`) => (
  <Form.Item
    key={name}
    name={name}
    label={label}
    {...mark(name)}
    rules={[
      { required, message: requiredMessage },
      { pattern: /^\d{1,13}(\.\d{1,2})?$/, message: "金额以元为单位，最多两位小数，如 46800.50" },
    ]}
  >
    <Input inputMode="decimal" placeholder="如 46800.50" />
  </Form.Item>
);

/** A step with nothing to fill in: the dialog says what happens next, and 提交 takes it. */
export const confirmOnly = (text: string) => () => <Typography.Paragraph>{text}</Typography.Paragraph>;

/** 状态 on a case's card: the channel's own name for it, and 超期 when it is past its due date. */
export function CaseStatus({ caseType, status, overdue }: { caseType: string; status: string; overdue: boolean }) {
  return (
    <Space>
      <span data-testid="case-status">{statusLabel(caseType, status)}</span>
      {overdue && <Tag color="red">超期</Tag>}
    </Space>
  );
}

function ActionDialog<R>({ record, title, form: spec, onClose }: { record: R; title: string; form: ActionForm<R>; onClose: (changed: boolean) => void }) {
  const [form] = Form.useForm();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const invalid = fieldErrors(error);
  // The hub names input fields (input.heldAt, penalty); mark the form item it names.
  const mark: Mark = (name) => (invalid[name] ? { validateStatus: "error", help: invalid[name] } : {});
  return (
    <Modal
      open
      title={title}
      okText="提交"
      cancelText="取消"
      okButtonProps={{ danger: spec.danger, loading: busy }}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <HubErrors error={error} hideCodes={Object.keys(invalid).length ? ["BAD_USER_INPUT"] : []} />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setBusy(true);
          const answer = await spec.submit(record, values).finally(() => setBusy(false));
          setError(answer);
          if (!answer) {
            message.success(spec.done);
            onClose(true);
          }
        }}
      >
        {spec.fields(mark)}
      </Form>
    </Modal>
  );
}

/**
 * 可办理的操作: one button per action the hub offers (and the page has a form for); the chosen
 * action's dialog; `onChanged` after the hub accepted one, so the page reloads the case.
 */
export function CaseActions<R>({ record, caseType, available, forms, owner, onChanged }: {
  record: R;
  /** Names the buttons of forms without a label of their own. */
  caseType?: string;
  available: readonly string[];
  forms: Record<string, ActionForm<R>>;
  /** Who may act, for the "nothing to do" line (e.g. 辖区内承办的派出所). */
  owner: string;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const offered = available.filter((action) => forms[action]);
  const labelOf = (action: string) => forms[action]!.label ?? actionLabel(action, caseType);
  return (
    <Card title="可办理的操作">
      {offered.length === 0 ? (
        <Typography.Text type="secondary" data-testid="no-actions">
          本部门当前无可办理的操作（只有{owner}可以办理，且须符合当前环节）。
        </Typography.Text>
      ) : (
        <Space wrap>
          {offered.map((action) => (
            // No space put into two-character terms (受理 stays 受理, not 受 理): they are the agencies' words.
            <Button key={action} type={forms[action]!.danger ? "default" : "primary"} danger={forms[action]!.danger} autoInsertSpace={false} onClick={() => setOpen(action)}>
              {labelOf(action)}
            </Button>
          ))}
        </Space>
      )}
      {open && forms[open] && (
        <ActionDialog
          record={record}
          title={labelOf(open)}
          form={forms[open]!}
          onClose={(changed) => {
            setOpen(null);
            if (changed) onChanged();
          }}
        />
      )}
    </Card>
  );
}

/** 当事人: names and masked identifiers only, roles named as the case type names them. */
export function CaseParties({ caseType, parties }: { caseType: string; parties: readonly { partyKey: string; role: string; name: string; identifierMasked: string }[] }) {
  return (
    <Card title="当事人">
      <Table
        rowKey="partyKey"
        pagination={false}
        dataSource={parties as { partyKey: string; role: string; name: string; identifierMasked: string }[]}
        columns={[
          { title: "身份", dataIndex: "role", render: (role: string) => roleLabel(role, caseType) },
          { title: "姓名 / 单位", dataIndex: "name" },
          { title: "证件号码（已脱敏）", dataIndex: "identifierMasked" },
        ]}
      />
    </Card>
  );
}

/** 办理记录: every state change, oldest first. */
export function CaseTimeline({ caseType, steps }: { caseType: string; steps: readonly { id: string; action: string; toStatus: string; actor: string; at: string; note?: string | null }[] }) {
  return (
    <Card title="办理记录">
      <Timeline
        items={steps.map((step) => ({
          key: step.id,
          content: (
            <>
              <Typography.Text strong>{actionLabel(step.action, caseType)}</Typography.Text>：{statusLabel(caseType, step.toStatus)} · {chinaTime(step.at)} · {step.actor}
              {step.note && <div>{step.note}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}
