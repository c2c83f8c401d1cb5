/**
 * 信访件 case page: the petition, its petitioners (masked), its content and answers (personal data:
 * the bureau's own, or a joint meeting's with content-reader; anyone else sees the hub's refusal in
 * that card alone), its deadlines and timeline, and exactly the steps the hub lists in the
 * petition's availableActions for the signed-in agency: the bureau that registered it, in its scope.
 */
import { useMemo } from "react";
import { useParams } from "react-router-dom";
import { Card, Descriptions, Form, Select, Space, Typography } from "antd";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/index.ts";
import type { PetitionAction, PetitionPageQuery } from "../../gql/graphql.ts";
import { HubErrors } from "../../errors.tsx";
import { enumLabel, options } from "../../labels.ts";
import { chinaTime } from "../../format.ts";
import { CaseActions, CaseParties, CaseStatus, CaseTimeline, confirmOnly, textField, type ActionForm } from "../../case-page/actions.tsx";
import { DisputeLink } from "../../dispute-link.tsx";

const PetitionQuery = graphql(`
  query PetitionPage($id: ID!) {
    petition(id: $id) {
      id
      petitionNumber
      form
      divisionCode
      disputeType
      status
      registeredAt
      dueAt
      overdue
      unifiedNumber
      acceptedAt
      handlingExtended
      handlingExtensionReason
      declineReason
      decidedAt
      mediationOrganisation
      divertedAt
      mediationOutcome
      mediationResult
      repliedAt
      reviewRequestedAt
      reviewedAt
      reReviewRequestedAt
      reReviewedAt
      closedAt
      satisfaction
      satisfactionNote
      callbackAt
      availableActions
      petitioners {
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

// Asked for apart from the record, so a reader without the right to the content still gets the rest.
const PetitionContentQuery = graphql(`
  query PetitionContent($id: ID!) {
    petition(id: $id) {
      id
      content
      reply
      reviewRequestReason
      reviewAnswer
      reReviewRequestReason
      reReviewAnswer
    }
  }
`);

const Accept = graphql(`
  mutation AcceptPetition($id: ID!) {
    acceptPetition(id: $id) {
      id
    }
  }
`);

const Decline = graphql(`
  mutation DeclinePetition($id: ID!, $reason: String!) {
    declinePetition(id: $id, reason: $reason) {
      id
    }
  }
`);

const Divert = graphql(`
  mutation DivertPetition($id: ID!, $mediationOrganisation: String!, $unifiedNumber: String, $idempotencyKey: String!) {
    divertPetitionToMediation(id: $id, mediationOrganisation: $mediationOrganisation, unifiedNumber: $unifiedNumber, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const Extend = graphql(`
  mutation ExtendPetitionHandling($id: ID!, $reason: String!) {
    extendPetitionHandling(id: $id, reason: $reason) {
      id
    }
  }
`);

const Reply = graphql(`
  mutation ReplyToPetition($id: ID!, $reply: String!) {
    replyToPetition(id: $id, reply: $reply) {
      id
    }
  }
`);

const RequestReview = graphql(`
  mutation RequestPetitionReview($id: ID!, $reason: String!) {
    requestPetitionReview(id: $id, reason: $reason) {
      id
    }
  }
`);

const AnswerReview = graphql(`
  mutation AnswerPetitionReview($id: ID!, $answer: String!) {
    answerPetitionReview(id: $id, answer: $answer) {
      id
    }
  }
`);

const RequestReReview = graphql(`
  mutation RequestPetitionReReview($id: ID!, $reason: String!) {
    requestPetitionReReview(id: $id, reason: $reason) {
      id
    }
  }
`);

const AnswerReReview = graphql(`
  mutation AnswerPetitionReReview($id: ID!, $answer: String!) {
    answerPetitionReReview(id: $id, answer: $answer) {
      id
    }
  }
`);

const Close = graphql(`
  mutation ClosePetition($id: ID!) {
    closePetition(id: $id) {
      id
    }
  }
`);

const RecordSatisfaction = graphql(`
  mutation RecordPetitionSatisfaction($id: ID!, $satisfaction: PetitionSatisfaction!, $note: String!) {
    recordPetitionSatisfaction(id: $id, satisfaction: $satisfaction, note: $note) {
      id
    }
  }
`);

type Petition = NonNullable<PetitionPageQuery["petition"]>;

function useActionForms(): Record<PetitionAction, ActionForm<Petition>> {
  const [, accept] = useMutation(Accept);
  const [, decline] = useMutation(Decline);
  const [, divert] = useMutation(Divert);
  const [, extend] = useMutation(Extend);
  const [, reply] = useMutation(Reply);
  const [, requestReview] = useMutation(RequestReview);
  const [, answerReview] = useMutation(AnswerReview);
  const [, requestReReview] = useMutation(RequestReReview);
  const [, answerReReview] = useMutation(AnswerReReview);
  const [, close] = useMutation(Close);
  const [, satisfaction] = useMutation(RecordSatisfaction);
  // One key per page visit: a retry after a lost answer does not divert the petition twice.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  return {
    accept: {
      fields: confirmOnly("受理后，须在 60 日内向信访人书面答复（经批准可延长 30 日）。"),
      submit: async (p) => (await accept({ id: p.id })).error,
      done: "已受理，书面答复须在 60 日内作出",
    },
    decline: {
      danger: true,
      fields: (mark) => textField(mark, "reason", "不予受理的理由（将告知信访人）", 2000, 4),
      submit: async (p, v) => (await decline({ id: p.id, reason: v.reason })).error,
      done: "已记录不予受理",
    },
    divert: {
      fields: (mark) => (
        <>
          {textField(mark, "mediationOrganisation", "接收的调解组织", 200, 1)}
          {textField(mark, "unifiedNumber", "统一纠纷编号（调解中心已登记时填写）", 64, 1, false)}
        </>
      ),
      submit: async (p, v) =>
        (await divert({ id: p.id, mediationOrganisation: v.mediationOrganisation, unifiedNumber: v.unifiedNumber || null, idempotencyKey })).error,
      done: "已转调解，调解组织签收后回告结果",
    },
    extendHandling: {
      fields: (mark) => textField(mark, "reason", "延期理由", 500),
      submit: async (p, v) => (await extend({ id: p.id, reason: v.reason })).error,
      done: "已延期 30 日",
    },
    reply: {
      fields: (mark) => textField(mark, "reply", "书面答复意见", 4000, 6),
      submit: async (p, v) => (await reply({ id: p.id, reply: v.reply })).error,
      done: "已书面答复，信访人可在 30 日内请求复查",
    },
    requestReview: {
      fields: (mark) => textField(mark, "reason", "信访人请求复查的理由", 2000, 4),
      submit: async (p, v) => (await requestReview({ id: p.id, reason: v.reason })).error,
      done: "已登记复查请求，复查意见须在 30 日内作出",
    },
    answerReview: {
      fields: (mark) => textField(mark, "answer", "复查意见", 4000, 6),
      submit: async (p, v) => (await answerReview({ id: p.id, answer: v.answer })).error,
      done: "已出具复查意见",
    },
    requestReReview: {
      fields: (mark) => textField(mark, "reason", "信访人请求复核的理由", 2000, 4),
      submit: async (p, v) => (await requestReReview({ id: p.id, reason: v.reason })).error,
      done: "已登记复核请求，复核意见须在 30 日内作出",
    },
    answerReReview: {
      fields: (mark) => textField(mark, "answer", "复核意见（为最终意见）", 4000, 6),
      submit: async (p, v) => (await answerReReview({ id: p.id, answer: v.answer })).error,
      done: "已出具复核意见",
    },
    close: {
      fields: confirmOnly("办结后不再有办理期限；回访仍可记录。"),
      submit: async (p) => (await close({ id: p.id })).error,
      done: "已办结",
    },
    recordSatisfaction: {
      fields: (mark) => (
        <>
          <Form.Item name="satisfaction" label="满意度" {...mark("satisfaction")} rules={[{ required: true, message: "请选择满意度" }]}>
            <Select options={options("PetitionSatisfaction")} placeholder="选择满意度" />
          </Form.Item>
          {textField(mark, "note", "回访情况", 1000)}
        </>
      ),
      submit: async (p, v) => (await satisfaction({ id: p.id, satisfaction: v.satisfaction, note: v.note })).error,
      done: "已记录回访",
    },
  };
}

/** 信访内容 and the answers given: loaded on their own, so a refusal of them leaves the rest of the page. */
function PetitionContent({ id }: { id: string }) {
  const [result] = useQuery({ query: PetitionContentQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const p = result.data?.petition;
  const rows: [string, string | null | undefined][] = [
    ["信访事项", p?.content],
    ["书面答复意见", p?.reply],
    ["复查请求理由", p?.reviewRequestReason],
    ["复查意见", p?.reviewAnswer],
    ["复核请求理由", p?.reReviewRequestReason],
    ["复核意见", p?.reReviewAnswer],
  ];
  return (
    <Card title="信访内容">
      <HubErrors error={result.error} />
      {p && (
        <Descriptions column={1} bordered size="small">
          {rows
            .filter(([, text]) => text)
            .map(([title, text]) => (
              <Descriptions.Item key={title} label={title}>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{text}</Typography.Paragraph>
              </Descriptions.Item>
            ))}
        </Descriptions>
      )}
    </Card>
  );
}

export default function PetitionPage() {
  const { id = "" } = useParams();
  const [result, reexecute] = useQuery({ query: PetitionQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const forms = useActionForms();
  const petition = result.data?.petition;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={3}>信访件 {petition?.petitionNumber ?? ""}</Typography.Title>
      <HubErrors error={result.error} />
      {petition && (
        <>
          <Card title="信访件信息">
            <Descriptions column={2} bordered size="small">
              <Descriptions.Item label="状态">
                <CaseStatus caseType="Petition" status={petition.status} overdue={petition.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label="当前期限">{chinaTime(petition.dueAt)}</Descriptions.Item>
              <Descriptions.Item label="信访形式">{enumLabel("PetitionForm", petition.form)}</Descriptions.Item>
              <Descriptions.Item label="纠纷类型">{enumLabel("DisputeType", petition.disputeType)}</Descriptions.Item>
              <Descriptions.Item label="登记时间">{chinaTime(petition.registeredAt)}</Descriptions.Item>
              <Descriptions.Item label="统一纠纷编号">
                <DisputeLink unifiedNumber={petition.unifiedNumber} />
              </Descriptions.Item>
              <Descriptions.Item label="受理时间">{chinaTime(petition.acceptedAt)}</Descriptions.Item>
              <Descriptions.Item label="延期办理">{petition.handlingExtended ? `已延期 30 日：${petition.handlingExtensionReason ?? ""}` : "未延期"}</Descriptions.Item>
              <Descriptions.Item label="书面答复时间">{chinaTime(petition.repliedAt)}</Descriptions.Item>
              <Descriptions.Item label="请求复查 / 复查意见">{`${chinaTime(petition.reviewRequestedAt)} / ${chinaTime(petition.reviewedAt)}`}</Descriptions.Item>
              <Descriptions.Item label="请求复核 / 复核意见">{`${chinaTime(petition.reReviewRequestedAt)} / ${chinaTime(petition.reReviewedAt)}`}</Descriptions.Item>
              <Descriptions.Item label="办结时间">{chinaTime(petition.closedAt)}</Descriptions.Item>
              {petition.declineReason && (
                <Descriptions.Item label="不予受理的理由" span={2}>
                  {petition.declineReason}
                </Descriptions.Item>
              )}
              {petition.mediationOrganisation && (
                <Descriptions.Item label="转调解" span={2}>
                  {`${petition.mediationOrganisation}（${chinaTime(petition.divertedAt)}）`}
                  {petition.mediationOutcome && `；${enumLabel("HandoffOutcome", petition.mediationOutcome)}${petition.mediationResult ? `：${petition.mediationResult}` : ""}`}
                </Descriptions.Item>
              )}
              {petition.satisfaction && (
                <Descriptions.Item label="回访" span={2}>
                  {`${enumLabel("PetitionSatisfaction", petition.satisfaction)}（${chinaTime(petition.callbackAt)}）：${petition.satisfactionNote ?? ""}`}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {/* Remounted (and so reloaded) after each step: a reply or a review answer adds to what it shows. */}
          <PetitionContent key={petition.timeline.length} id={petition.id} />
          <CaseActions caseType="Petition" record={petition} available={petition.availableActions} forms={forms} owner="登记该信访件的信访部门" onChanged={() => reexecute({ requestPolicy: "network-only" })} />
          <CaseParties caseType="Petition" parties={petition.petitioners} />
          <CaseTimeline caseType="Petition" steps={petition.timeline} />
        </>
      )}
    </Space>
  );
}
