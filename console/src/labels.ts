/** Chinese names of the hub's codes; enum values come from the schema (gql/labels.ts). */
import { ACTION_ENUM_OF, ENUM_LABELS, STATUS_ENUM_OF } from "./gql/labels.ts";

export const CHANNEL_LABELS: Record<string, string> = {
  MEDIATION_CENTER: "人民调解中心",
  COURT: "法院（诉调对接）",
  PETITION: "信访（访调对接）",
  POLICE: "公安（警调对接）",
  ARBITRATION: "仲裁（仲调对接）",
  NOTARY: "公证（赋强公证）",
};

/** Subgraph names, as errors' extensions.serviceName and handoffs' channels carry them. */
export const SERVICE_LABELS: Record<string, string> = {
  "mediation-center": "人民调解中心",
  "court-mediation": "法院调解",
  "petition-mediation": "信访调解",
  "police-mediation": "公安调解",
  arbitration: "仲裁",
  notary: "公证",
};

export const CASE_TYPE_LABELS: Record<string, string> = {
  Dispute: "纠纷登记",
  MediationCase: "人民调解案件",
  MediationAgreement: "调解协议",
  CourtReferral: "委派/委托调解",
  JudicialConfirmation: "司法确认",
  CourtFiling: "立案申请",
  Petition: "信访件",
  PoliceIncident: "110 警情",
  ArbitrationCase: "仲裁案件",
  NotarisationApplication: "赋强公证申请",
  Handoff: "移交",
};

export const AGENCY_KIND_LABELS: Record<string, string> = {
  court: "法院",
  petition: "信访局",
  police: "公安",
  arbitration: "仲裁院",
  notary: "公证处",
  "mediation-center": "调解中心",
  "joint-meeting": "联席会议",
  auditor: "审计",
};

export const ROLE_LABELS: Record<string, string> = {
  clerk: "书记员/登记员",
  officer: "民警",
  arbitrator: "仲裁员",
  notary: "公证员",
  mediator: "调解员",
  reviewer: "审核",
  unmask: "可查看完整号码",
  "content-reader": "可阅读信访内容",
  auditor: "审计员",
};

export function enumLabel(enumName: string, value: string | null | undefined): string {
  if (value == null) return "—";
  return ENUM_LABELS[enumName]?.[value] ?? value;
}

/** A case's status in its own channel's workflow, named as that channel documents it. */
export function statusLabel(caseType: string, status: string | null | undefined): string {
  if (status == null) return "—";
  // A dispute at intake has no workflow of its own; its statuses are those of its mediation.
  const enumName = caseType === "Handoff" ? "HandoffStatus" : caseType === "Dispute" ? "MediationCaseStatus" : STATUS_ENUM_OF[caseType];
  return (enumName && ENUM_LABELS[enumName]?.[status]) || status;
}

/** Every status of every case type, for the search filter. */
export function allStatuses(): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const enumName of Object.values(STATUS_ENUM_OF)) {
    for (const [value, label] of Object.entries(ENUM_LABELS[enumName] ?? {})) {
      if (!seen.has(value)) seen.set(value, label);
      else if (!seen.get(value)!.split(" / ").includes(label)) seen.set(value, `${seen.get(value)} / ${label}`);
    }
  }
  return [...seen].map(([value, label]) => ({ value, label: `${label}（${value}）` })).sort((a, b) => a.value.localeCompare(b.value));
}

export function options(enumName: string): { value: string; label: string }[] {
  return Object.entries(ENUM_LABELS[enumName] ?? {}).map(([value, label]) => ({ value, label }));
}

export function channelOfService(service: string): string {
  return SERVICE_LABELS[service] ?? service;
}

/** Timeline actions (each workflow's transitions and the handoff protocol's steps). */
export const ACTION_LABELS: Record<string, string> = {
  register: "登记",
  accept: "受理/接收",
  answerReReview: "答复复核",
  answerReview: "答复复查",
  close: "办结",
  closeWithAward: "裁决结案",
  closeWithMediationStatement: "调解书结案",
  confirm: "确认有效",
  decline: "不予受理",
  divert: "转调解",
  extendAward: "延长裁决期限",
  extendByConsent: "经同意延长",
  extendDecision: "延长审查期限",
  extendHandling: "延长办理期限",
  file: "立案",
  handOff: "移交",
  issue: "出具公证书",
  issueEnforcementCertificate: "出具执行证书",
  penalise: "依法处罚",
  recordAgreement: "达成调解协议",
  recordDefault: "记录违约",
  recordFailure: "调解不成",
  recordMediationFailure: "调解不成",
  recordNonPerformance: "协议未履行",
  recordPerformance: "记录履行",
  recordPerformed: "协议已履行",
  recordSuccess: "调解成功",
  referToMediationCenter: "移交调解中心",
  refuse: "不予办理",
  reject: "退回",
  reply: "书面答复",
  requestReReview: "申请复核",
  requestReview: "申请复查",
  scheduleMediation: "安排调解",
  scheduleSecondSession: "安排再次调解",
  startHearing: "开庭审理",
  startMediation: "开始调解",
  startPreMediation: "先行调解",
  startReview: "开始审查",
  terminate: "终止调解",
  withdraw: "撤回",
  offer: "发出移交",
  delivered: "已送达",
  complete: "办结回告",
  expire: "逾期未答复",
};

/** A workflow step, named as the case type's own action enum describes it where it has one (PetitionAction), else as above. */
export function actionLabel(action: string, caseType?: string): string {
  const enumName = caseType ? ACTION_ENUM_OF[caseType] : undefined;
  return (enumName && ENUM_LABELS[enumName]?.[action]) || ACTION_LABELS[action] || action;
}

/** A party's side, named as the case's own channel names it (信访人 on a petition, 报警人 on a 110 call). */
export function roleLabel(role: string | null | undefined, caseType?: string): string {
  if (role === "APPLICANT") return caseType === "Petition" ? "信访人" : caseType === "PoliceIncident" ? "报警人" : "申请人";
  return enumLabel("PartyRole", role);
}
