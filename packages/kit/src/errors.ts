import { GraphQLError } from "graphql";

/**
 * The error kinds a partner system must be able to act on. Every error names the field or
 * record it is about, so an integration developer can fix the call without reading our logs.
 *
 * Each also carries `extensions.messageZh`, the same refusal in Chinese as a clerk reads it: the
 * console shows it. The English `message` stays as it is, because partner systems parse it. The
 * Chinese is a required argument so that no refusal can be written without it.
 */
export function badInput(field: string, message: string, zh: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: "BAD_USER_INPUT", field, messageZh: zh } });
}

/** What agencies call each kind of record that can be looked up by id (the type name of its entity). */
export const RECORD_NAMES_ZH: Readonly<Record<string, string>> = {
  Dispute: "纠纷",
  MediationCase: "人民调解案件",
  MediationAgreement: "人民调解协议",
  MediationCommittee: "人民调解委员会",
  Mediator: "人民调解员",
  Dispatch: "派单",
  SupervisionItem: "督办事项",
  Handoff: "移交",
  CourtReferral: "委派/委托调解案件",
  JudicialConfirmation: "司法确认申请",
  CourtFiling: "立案申请",
  Petition: "信访件",
  PoliceIncident: "警情",
  ArbitrationCase: "仲裁案件",
  NotarisationApplication: "赋强公证申请",
};

/** `what` is the record's type name; its Chinese name comes from RECORD_NAMES_ZH. */
export function notFound(what: string, id: string): GraphQLError {
  const zh = `${RECORD_NAMES_ZH[what] ?? "记录"} ${id} 不存在，请核对编号`;
  return new GraphQLError(`${what} ${id} does not exist`, { extensions: { code: "NOT_FOUND", what, id, messageZh: zh } });
}

export function conflict(message: string, zh: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", ...extra, messageZh: zh } });
}

export function forbidden(message: string, zh: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN", ...extra, messageZh: zh } });
}

/** A refusal with another code (the gateway's SUBGRAPH_UNAVAILABLE, a scalar's BAD_USER_INPUT without a field). */
export function refusal(code: string, message: string, zh: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, messageZh: zh } });
}

/** An English problem with its Chinese, as the kit's checks of identifiers and amounts return it. */
export interface Problem {
  en: string;
  zh: string;
}

/**
 * What the console's forms call each input field, by the last segment of its path
 * (`input.parties[0].idNumber` → idNumber): the kit's shared checks name the field in Chinese
 * from here.
 */
export const FIELD_LABELS_ZH: Readonly<Record<string, string>> = {
  reason: "理由",
  note: "备注",
  notes: "备注",
  defaultNote: "说明",
  court: "法院",
  judge: "承办法官",
  summary: "纠纷概要",
  mediationOrganisation: "调解组织",
  name: "名称",
  answer: "答复",
  reply: "答复意见",
  text: "内容",
  content: "信访事项",
  narrative: "警情简要",
  penalty: "处罚决定",
  terms: "协议内容",
  agreementTerms: "协议内容",
  debtTerms: "债权债务内容",
  description: "说明",
  claims: "仲裁请求",
  station: "派出所",
  officer: "承办民警",
  commission: "仲裁委员会",
  notaryOffice: "公证机构",
  sourceReference: "来源编号",
  agreementId: "调解协议",
  caseNumber: "案号",
  adviceToSue: "诉讼建议",
  idempotencyKey: "幂等键",
  appliedAt: "申请时间",
  registeredAt: "登记时间",
  disputeAroseAt: "争议发生时间",
  agreementEffectiveAt: "协议生效时间",
  signedAt: "签订时间",
  reportedAt: "接警时间",
  referredAt: "委派时间",
  heldAt: "调解时间",
  paymentDueAt: "履行期限",
  paymentAmount: "给付金额",
  amount: "金额",
  unifiedNumber: "统一纠纷编号",
  industry: "行业领域",
  subject: "事由",
  entityType: "记录类型",
  entityId: "记录编号",
  agencyId: "机构编号",
  parties: "当事人",
  idNumber: "居民身份证号码",
  creditCode: "统一社会信用代码",
  phone: "联系电话",
  role: "当事人地位",
  kind: "当事人类型",
  payload: "移交内容",
  divisionCode: "行政区划代码",
  disputeType: "纠纷类型",
  first: "每页条数",
  after: "翻页位置",
  period: "统计期间",
  from: "起始日期",
  to: "截止日期",
};

/** The Chinese label of an input field; the path itself when the table has none. */
export function fieldLabel(field: string): string {
  const last = field.split(".").pop()!.replace(/\[\d+\]$/, "");
  return FIELD_LABELS_ZH[last] ?? field;
}
