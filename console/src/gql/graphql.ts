/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A party named in an online application (网上申请). A person gives an ID number, an organisation a credit code; both are checked here and a malformed one is refused with the field named. */
export type ApplicantPartyInput = {
  /** Unified social credit code (统一社会信用代码, GB 32100), required for an organisation. */
  creditCode?: string | null | undefined;
  /** Resident ID number (居民身份证号码, GB 11643), required for a person. */
  idNumber?: string | null | undefined;
  /** Person (自然人) or organisation (单位). */
  kind: PartyKind;
  /** Name (姓名 / 单位名称), 1 to 100 characters. */
  name: string;
  /** Mobile (11 digits) or landline phone number (联系电话). */
  phone?: string | null | undefined;
  /** The party's side: APPLICANT (申请人), RESPONDENT (被申请人) or THIRD_PARTY. */
  role: PartyRole;
};

/** An application for people's mediation filed online by a party (在线申请调解). */
export type ApplyForMediationInput = {
  /** Dispute type (纠纷类型). */
  disputeType: DisputeType;
  /** Where the dispute arose (纠纷发生地), a division code; its county opens the unified number. */
  divisionCode: string;
  /** What happened (事实经过), up to 3000 characters. */
  facts: string;
  /** The parties (当事人): the applicant and whoever the dispute is with; at least one. */
  parties: Array<ApplicantPartyInput>;
  /** What the applicant asks for (申请事项), up to 900 characters. */
  request: string;
};

/** A step of an arbitration case's workflow, as the console offers it. */
export type ArbitrationCaseAction =
  /** 受理: the commission accepts and numbers the case; the award period starts */
  | 'accept'
  /** 裁决结案: the tribunal makes its award (裁决书) after the hearing */
  | 'closeWithAward'
  /** 调解结案: the parties settle before the tribunal (仲裁调解书) */
  | 'closeWithMediationStatement'
  /** 不予受理: the commission does not accept the application; the applicant may sue in court */
  | 'decline'
  /** 延长审理期限: 15 more days for a complex labour case (Art 43, once) */
  | 'extendAward'
  /** 开庭审理: the tribunal opens the hearing */
  | 'startHearing'
  /** 先行调解: the commission mediates before deciding on acceptance (labour: 15 days) */
  | 'startPreMediation'
  /** 撤回申请: the applicant withdraws the application before the case ends */
  | 'withdraw';

/** Which kind of arbitration the case is. */
export type ArbitrationKind =
  /** 商事仲裁: 仲裁法; acceptance in 5 days, award time limit set by the commission's own rules */
  | 'COMMERCIAL'
  /** 劳动人事争议仲裁: 劳动争议调解仲裁法; 1-year limitation, acceptance in 5 days, award in 45 (+15) days */
  | 'LABOUR';

/** How an arbitration case ended. */
export type ArbitrationOutcome =
  /** 裁决: the tribunal's award (裁决书) */
  | 'AWARD'
  /** 仲裁调解书: the parties settled before the tribunal; binding once signed */
  | 'MEDIATION_STATEMENT'
  /** 撤回: the applicant withdrew the application */
  | 'WITHDRAWN';

/** Where an arbitration case stands. */
export type ArbitrationStatus =
  /** 已受理: the tribunal is formed; labour cases end within 45 days (+15 once) */
  | 'ACCEPTED'
  /** 已申请: the commission decides within 5 days whether to accept */
  | 'APPLIED'
  /** 已结案: with a mediation statement (仲裁调解书) or an award (裁决书) */
  | 'CLOSED'
  /** 开庭审理中 */
  | 'HEARING'
  /** 不予受理: the applicant may sue in court */
  | 'NOT_ACCEPTED'
  /** 先行调解: the commission mediates before deciding on acceptance (labour: 15 days) */
  | 'PRE_MEDIATION'
  /** 撤回仲裁申请 */
  | 'WITHDRAWN';

/** What to search for across every agency; all given conditions must hold. */
export type CaseSearchFilter = {
  /** Amount in dispute at most this many yuan. */
  amountMax?: string | null | undefined;
  /** Amount in dispute at least this many yuan. */
  amountMin?: string | null | undefined;
  /** Any of these kinds of case, e.g. Petition, CourtReferral (see IndexedCase.caseType). */
  caseTypes?: Array<string> | null | undefined;
  /** Any of these channels. */
  channels?: Array<Channel> | null | undefined;
  /** An organisation's unified social credit code; only its party key is used. */
  creditCode?: string | null | undefined;
  /** Any of these dispute types. */
  disputeTypes?: Array<DisputeType> | null | undefined;
  /** A division and everything in it: 53 (province), 5304 (city) or 530402 (county). */
  division?: string | null | undefined;
  /** A person's resident ID number; only its party key is used, never stored. */
  idNumber?: string | null | undefined;
  /** Opened before this time. */
  openedBefore?: string | null | undefined;
  /** Opened at or after this time. */
  openedFrom?: string | null | undefined;
  /** Only cases past their pending legal deadline (超期). */
  overdueOnly?: boolean | null | undefined;
  /** Part of a party's name (当事人姓名), one character or more, e.g. 建国. */
  partyName?: string | null | undefined;
  /** Any of these statuses of the case in its own channel, e.g. REFERRED, MEDIATING. */
  statuses?: Array<string> | null | undefined;
  /** Only cases of this unified dispute number. */
  unifiedNumber?: string | null | undefined;
};

/** Order of search results. */
export type CaseSortOrder =
  /** Nearest pending deadline first (most overdue at the top); cases with no pending deadline last. */
  | 'DUE_SOONEST'
  /** Most recently opened first (default). */
  | 'NEWEST'
  /** Earliest opened first. */
  | 'OLDEST';

/** An agency channel of the hub (对接渠道). */
export type Channel =
  /** 仲调对接: arbitration commissions */
  | 'ARBITRATION'
  /** 诉调对接: courts */
  | 'COURT'
  /** 人民调解 / 矛盾纠纷调处化解中心: intake and people's mediation */
  | 'MEDIATION_CENTER'
  /** 公证: notary offices */
  | 'NOTARY'
  /** 访调对接: letters and visits bureaus */
  | 'PETITION'
  /** 警调对接: public security */
  | 'POLICE';

/** Where a judicial-confirmation application (司法确认申请) stands. */
export type ConfirmationStatus =
  /** 已受理: the court rules within 15 days (+10 with approval) */
  | 'ACCEPTED'
  /** 已申请: the court decides within 3 days whether to accept */
  | 'APPLIED'
  /** 裁定确认有效: the agreement is enforceable */
  | 'CONFIRMED'
  /** 不予受理 */
  | 'NOT_ACCEPTED'
  /** 裁定驳回申请 */
  | 'REJECTED';

/** A step of a filing request's workflow; CourtFiling.availableActions lists those the caller may take now. */
export type CourtFilingAction =
  /** 立案: file the case and number it (fileCourtFiling) */
  | 'file'
  /** 不予立案: refuse to file it, with reasons (refuseCourtFiling) */
  | 'refuse';

/** Where a filing request (立案申请) received from another agency stands. */
export type CourtFilingStatus =
  /** 已立案: the case is filed and numbered (民初 etc.) */
  | 'FILED'
  /** 不予立案: the court refused to file it, with reasons */
  | 'NOT_FILED'
  /** 已收到: the court decides within 7 days whether to file the case (民事诉讼法 第126条) */
  | 'RECEIVED';

/** Trial procedure of a filed case; decides the entrusted-mediation time limit. */
export type CourtProcedure =
  /** 普通程序 */
  | 'ORDINARY'
  /** 简易程序 */
  | 'SIMPLIFIED';

/** A step of a court referral's workflow (the transitions of its table); CourtReferral.availableActions lists those the caller may take now. */
export type CourtReferralAction =
  /** 经同意延长: the parties agree to more time (extendReferralByConsent) */
  | 'extendByConsent'
  /** 移交调解中心: hand the referral to the mediation centre (handOffReferralToMediationCenter) */
  | 'handOff'
  /** 调解不成: record why mediation failed (recordReferralFailure) */
  | 'recordFailure'
  /** 调解成功: record the agreement for the court (recordReferralSuccess) */
  | 'recordSuccess'
  /** 开始调解: a mediation organisation takes it up (startReferralMediation) */
  | 'startMediation'
  /** 撤回: withdraw the referral (withdrawReferral) */
  | 'withdraw';

/** Through which door a dispute reached the mediation centre (纠纷来源). */
export type DisputeSource =
  /** 法院: referred by a court (诉前委派 / 委托) */
  | 'COURT'
  /** 12345 政务服务便民热线 ticket */
  | 'HOTLINE_12345'
  /** 网上申请: filed online */
  | 'ONLINE'
  /** 其他来源 */
  | 'OTHER'
  /** 信访: diverted by the letters-and-visits bureau */
  | 'PETITION'
  /** 110 警情: passed on by the police */
  | 'POLICE'
  /** 来访: a party came to the centre in person */
  | 'WALK_IN';

/** Dispute type (纠纷类型), hub code list version 2026.1. */
export type DisputeType =
  /** 消费 */
  | 'CONSUMER'
  /** 合同 */
  | 'CONTRACT'
  /** 损害赔偿 */
  | 'DAMAGES'
  /** 环境污染 */
  | 'ENVIRONMENTAL_POLLUTION'
  /** 电子商务 */
  | 'E_COMMERCE'
  /** 山林土地 */
  | 'FOREST_LAND'
  /** 房屋宅基地 */
  | 'HOUSING_HOMESTEAD'
  /** 劳动争议 */
  | 'LABOUR'
  /** 征地拆迁 */
  | 'LAND_ACQUISITION_DEMOLITION'
  /** 婚姻家庭 */
  | 'MARRIAGE_FAMILY'
  /** 医疗 */
  | 'MEDICAL'
  /** 拖欠农民工工资 */
  | 'MIGRANT_WORKER_WAGES'
  /** 邻里 */
  | 'NEIGHBOURHOOD'
  /** 其他 */
  | 'OTHER'
  /** 生产经营 */
  | 'PRODUCTION_BUSINESS'
  /** 物业 */
  | 'PROPERTY_MANAGEMENT'
  /** 道路交通事故 */
  | 'ROAD_TRAFFIC_ACCIDENT'
  /** 旅游 */
  | 'TOURISM';

/** A party's evaluation once their dispute has concluded (评价). */
export type EvaluateDisputeInput = {
  /** What the party wants to say, up to 1000 characters. */
  comment?: string | null | undefined;
  /** 满意, 基本满意 or 不满意. */
  satisfaction: PartySatisfaction;
};

/** Whether this channel sent or received the handoff. */
export type HandoffDirection =
  /** 移入: this channel received it */
  | 'INCOMING'
  /** 移出: this channel sent it */
  | 'OUTGOING';

/** The linkage a handoff belongs to. */
export type HandoffKind =
  /** 不服仲裁裁决起诉: an arbitration award challenged in court, arbitration → court */
  | 'AWARD_CHALLENGE'
  /** 调解不成转立案: a failed or terminated mediation sent to a court for filing, mediation centre → court */
  | 'COURT_FILING'
  /** 诉调对接: 委派 / 委托 mediation, court → mediation centre; the result goes back to the court */
  | 'COURT_REFERRAL'
  /** 赋强公证: an agreement with a payment obligation, mediation centre → notary */
  | 'ENFORCEABLE_NOTARISATION'
  /** 司法确认: a signed agreement sent for confirmation, mediation centre → court, within 30 days */
  | 'JUDICIAL_CONFIRMATION'
  /** 劳动仲裁: a failed labour mediation, mediation centre → arbitration */
  | 'LABOUR_ARBITRATION'
  /** 访调对接: a petition diverted to mediation, petition bureau → mediation centre */
  | 'PETITION_DIVERSION'
  /** 警调对接: a civil dispute from a 110 incident, police → mediation centre */
  | 'POLICE_REFERRAL';

/** How the receiver's case ended. */
export type HandoffOutcome =
  /** 未成功: mediation failed or ended, confirmation rejected, notarisation refused, arbitration declined or withdrawn */
  | 'FAILED'
  /** 成功: agreement reached, agreement confirmed, certificate issued, case closed with a 调解书 or award */
  | 'SUCCEEDED';

/** Where a handoff stands. offered → delivered → accepted / rejected → completed, or expired. */
export type HandoffStatus =
  /** 已接收: the receiver opened its own case */
  | 'ACCEPTED'
  /** 已办结: the receiver's case ended and its result went back to the sender */
  | 'COMPLETED'
  /** 已送达: the receiver has it and must accept or reject before dueAt */
  | 'DELIVERED'
  /** 已超期: nobody accepted or rejected it before dueAt */
  | 'EXPIRED'
  /** 已发出: written by the sender, on its way */
  | 'OFFERED'
  /** 已退回: the receiver refused it, with a reason */
  | 'REJECTED';

/** Category of a 110 incident (警情类别). HIRED_VIOLENCE, GANG_FIGHT and PROVOCATION are excluded from police mediation by 公通字〔2007〕81号. */
export type IncidentCategory =
  /** 消费纠纷 */
  | 'CONSUMER_DISPUTE'
  /** 家庭纠纷 */
  | 'FAMILY_DISPUTE'
  /** 结伙斗殴: excluded from police mediation */
  | 'GANG_FIGHT'
  /** 雇凶伤害: excluded from police mediation */
  | 'HIRED_VIOLENCE'
  /** 劳资纠纷 */
  | 'LABOUR_WAGE'
  /** 轻微伤害: minor injury arising from a civil dispute */
  | 'MINOR_ASSAULT'
  /** 邻里纠纷 */
  | 'NEIGHBOUR_QUARREL'
  /** 其他 */
  | 'OTHER'
  /** 损毁财物 */
  | 'PROPERTY_DAMAGE'
  /** 寻衅滋事: excluded from police mediation */
  | 'PROVOCATION'
  /** 交通纠纷 */
  | 'TRAFFIC_DISPUTE';

/** A step of a judicial-confirmation application's workflow; JudicialConfirmation.availableActions lists those the caller may take now. */
export type JudicialConfirmationAction =
  /** 受理: accept the application and number it (acceptJudicialConfirmation) */
  | 'accept'
  /** 裁定确认有效: rule the agreement valid (ruleOnJudicialConfirmation, confirmed: true) */
  | 'confirm'
  /** 延长审查期限: 10 more days for the ruling, once, with the president's approval (extendJudicialConfirmationDecision) */
  | 'extendDecision'
  /** 不予受理: refuse the application, with reasons (refuseJudicialConfirmation) */
  | 'refuse'
  /** 裁定驳回申请: reject the application (ruleOnJudicialConfirmation, confirmed: false) */
  | 'reject';

/** The people's mediation agreement reached (人民调解协议书). */
export type MediationAgreementInput = {
  /** Amount the agreement settles or obliges, yuan; required when there is a payment obligation. */
  amount?: string | null | undefined;
  /** Whether a party owes a payment under the agreement. */
  hasPaymentObligation: boolean;
  /** When the parties signed and the committee stamped it (the date it takes effect); defaults to now. Not in the future, not before the case was accepted. */
  signedAt?: string | null | undefined;
  /** Terms agreed, up to 4000 characters. */
  terms: string;
};

/** Whether the parties have carried out a people's mediation agreement (协议履行情况, 人民调解法 Art 31). */
export type MediationAgreementPerformance =
  /** 未履行 / 违约: a party did not perform; the other may seek judicial confirmation, notarised enforcement or sue */
  | 'DEFAULTED'
  /** 待履行: signed, not yet carried out */
  | 'PENDING'
  /** 已履行 */
  | 'PERFORMED';

/** Where a people's mediation case (人民调解案件) stands. */
export type MediationCaseStatus =
  /** 已受理: a mediator is assigned; mediation is generally concluded within one month */
  | 'ACCEPTED'
  /** 调解成功: a mediation agreement (人民调解协议书) was signed */
  | 'AGREEMENT_REACHED'
  /** 调解不成: the parties may turn to arbitration, administrative or judicial channels */
  | 'FAILED'
  /** 调解中 */
  | 'MEDIATING'
  /** 已登记: registered at intake, waiting for a committee to accept it */
  | 'REGISTERED'
  /** 终止调解: a party refused or withdrew from mediation (当事人拒绝调解) */
  | 'TERMINATED';

/** Grade of a people's mediator (人民调解员等级), as local grading schemes use. */
export type MediatorGrade =
  /** 中级人民调解员 */
  | 'INTERMEDIATE'
  /** 初级人民调解员 */
  | 'JUNIOR'
  /** 首席人民调解员 */
  | 'PRINCIPAL'
  /** 高级人民调解员 */
  | 'SENIOR';

/** A step of a compulsory-enforcement notarisation (赋强公证), as the console offers it. */
export type NotarisationApplicationAction =
  /** 出具公证书: the debt instrument gets compulsory enforcement effect */
  | 'issue'
  /** 出具执行证书: the debtor failed to pay when due; the creditor may apply to court for enforcement */
  | 'issueEnforcementCertificate'
  /** 不予办理: the notary office refuses the notarisation */
  | 'refuse'
  /** 受理审查: the notary office accepts the application; the certificate is due within 15 working days */
  | 'startReview';

/** Where an application for compulsory-enforcement notarisation (赋强公证) stands. */
export type NotarisationStatus =
  /** 已申请: waiting for the notary office to accept it */
  | 'APPLIED'
  /** 已出具执行证书: the debtor defaulted; the creditor may apply to court for enforcement */
  | 'ENFORCEMENT_CERTIFICATE_ISSUED'
  /** 已出具公证书: the debt instrument has compulsory enforcement effect */
  | 'ISSUED'
  /** 不予办理: the notary office refused the notarisation */
  | 'REFUSED'
  /** 已受理, 审查中: the certificate is due within 15 working days of acceptance */
  | 'REVIEWING';

/** Natural person (自然人) or organisation (法人/非法人组织). */
export type PartyKind =
  /** 单位, identified by unified social credit code */
  | 'ORGANISATION'
  /** 自然人, identified by resident ID */
  | 'PERSON';

/** A party's side in a case. */
export type PartyRole =
  /** 申请人 / 信访人 / 报警人: the side that brought the matter */
  | 'APPLICANT'
  /** 被申请人: the other side */
  | 'RESPONDENT'
  /** 第三人 */
  | 'THIRD_PARTY';

/** A party's evaluation of how their dispute was handled (当事人评价). */
export type PartySatisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 满意 */
  | 'SATISFIED'
  /** 不满意: opens a callback (回访) for the committee */
  | 'UNSATISFIED';

/** A step of a petition's workflow (信访工作条例), as the console offers it. */
export type PetitionAction =
  /** 受理: the bureau accepts the petition; the written reply is due within 60 days */
  | 'accept'
  /** 复核意见: the re-reviewing authority's final opinion */
  | 'answerReReview'
  /** 复查意见: the reviewing authority answers the review request */
  | 'answerReview'
  /** 办结: the petition is closed after the reply or the (re-)review */
  | 'close'
  /** 不予受理: the bureau does not accept the petition and tells the petitioner why */
  | 'decline'
  /** 转调解: the bureau diverts a civil dispute to a mediation organisation (访调对接) */
  | 'divert'
  /** 延期办理: the handling period is extended by 30 days (once) */
  | 'extendHandling'
  /** 回访: the petitioner's answer to the satisfaction callback */
  | 'recordSatisfaction'
  /** 书面答复: the bureau's written reply; the petitioner may request a review within 30 days */
  | 'reply'
  /** 申请复核: the petitioner asks for a re-review within 30 days of the review opinion */
  | 'requestReReview'
  /** 申请复查: the petitioner asks for a review within 30 days of the reply */
  | 'requestReview';

/** Filters for listing petitions. */
export type PetitionFilter = {
  /** Only petitions registered inside this division (e.g. 5304 for 玉溪市). */
  divisionPrefix?: string | null | undefined;
  /** Only petitions that came in this way. */
  form?: PetitionForm | null | undefined;
  /** Only petitions whose agency step is past its deadline (督办). */
  overdueOnly?: boolean | null | undefined;
  /** Only petitions in this status. */
  status?: PetitionStatus | null | undefined;
};

/** How the petition reached the letters-and-visits bureau (信访形式). */
export type PetitionForm =
  /** 12345热线: a ticket passed on from the 12345 government service hotline */
  | 'HOTLINE_12345'
  /** 来信: by letter */
  | 'LETTER'
  /** 网上信访: through the online petition platform */
  | 'ONLINE'
  /** 来访: the petitioner came in person */
  | 'VISIT';

/** The petitioner's answer to the satisfaction callback (回访满意度). */
export type PetitionSatisfaction =
  /** 基本满意 */
  | 'BASICALLY_SATISFIED'
  /** 满意 */
  | 'SATISFIED'
  /** 不满意 */
  | 'UNSATISFIED';

/** Where a petition (信访件) stands under the 信访工作条例 (2022). */
export type PetitionStatus =
  /** 已受理: a written reply is due within 60 days (+30 once with approval) */
  | 'ACCEPTED'
  /** 已办结 */
  | 'CLOSED'
  /** 已转调解 (访调对接): diverted to a mediation organisation; its outcome and the satisfaction callback come back */
  | 'DIVERTED'
  /** 不予受理: the petitioner was told why */
  | 'NOT_ACCEPTED'
  /** 已登记: the bureau decides within 15 days to accept, not accept or divert it */
  | 'REGISTERED'
  /** 已书面答复: the petitioner may request a review (复查) within 30 days */
  | 'REPLIED'
  /** 已复核: the re-review opinion is final */
  | 'REREVIEWED'
  /** 复核中: the re-review answer is due within 30 days of the request */
  | 'REREVIEW_REQUESTED'
  /** 已复查: the petitioner may request a re-review (复核) within 30 days */
  | 'REVIEWED'
  /** 复查中: the review answer is due within 30 days of the request */
  | 'REVIEW_REQUESTED';

/** Where a 110 incident stands in police mediation (治安调解). */
export type PoliceIncidentStatus =
  /** 达成协议: waiting for the parties to perform it */
  | 'AGREEMENT_REACHED'
  /** 调解不成或协议未履行: the police decide on a penalty or refer the case */
  | 'FAILED'
  /** 已安排调解: the first session is due within 3 working days of the report */
  | 'MEDIATION_SCHEDULED'
  /** 依法处罚: penalised, and the parties told they may sue over the civil dispute (告知可向法院起诉) */
  | 'PENALISED'
  /** 协议已履行: no penalty is imposed (不予处罚) */
  | 'PERFORMED'
  /** 移交调解中心: handed to people's mediation (公调对接) */
  | 'REFERRED_TO_MEDIATION_CENTER'
  /** 已接警: recorded from the 110 call, not yet in mediation */
  | 'REPORTED'
  /** 再次调解: the first session failed; a second is due within 7 working days of it */
  | 'SECOND_SESSION_SCHEDULED';

/** A police mediation session that was held on an incident. */
export type RecordIncidentSessionInput = {
  /** Whether the parties reached an agreement. If not, a first session leads to a second one and a second session to failure. */
  agreementReached: boolean;
  /** When the session was held; not before the report or an earlier session, not in the future. */
  heldAt: string;
  /** Id of the incident mediated. */
  incidentId: string | number;
  /** Outcome: the terms agreed, or why no agreement was reached; up to 2000 characters. */
  notes: string;
  /** Police officer who mediated (主持调解民警), up to 100 characters. */
  officer: string;
};

/** How the court hands the case to mediation. */
export type ReferralKind =
  /** 委派调解: before the case is filed (诉前), 30 days */
  | 'DELEGATED'
  /** 委托调解: after filing (诉中), 15 days ordinary / 7 days simplified procedure */
  | 'ENTRUSTED';

/** The mediation result returned to the court. */
export type ReferralResultInput = {
  /** Amount agreed, yuan (success only). */
  agreedAmount?: string | null | undefined;
  /** Agreement terms, or why mediation failed; up to 2000 characters. */
  resultSummary: string;
};

/** Where a court referral stands. */
export type ReferralStatus =
  /** 调解不成: the court files the case or continues the trial */
  | 'FAILED'
  /** 调解中 */
  | 'IN_MEDIATION'
  /** 已委派/委托, waiting for a mediation organisation to take it up */
  | 'REFERRED'
  /** 调解成功: agreement reached, result returned to the court */
  | 'SUCCEEDED'
  /** 撤回: the court or the parties withdrew the referral */
  | 'WITHDRAWN';

export type ArbitrationCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ArbitrationCasePageQuery = { arbitrationCase: { id: string, kind: ArbitrationKind, commission: string, caseNumber: string | null, divisionCode: string, disputeType: DisputeType, unifiedNumber: string | null, disputeAroseAt: string | null, appliedAt: string, status: ArbitrationStatus, preMediationStartedAt: string | null, acceptedAt: string | null, awardExtended: boolean, dueAt: string | null, overdue: boolean, notAcceptedReason: string | null, outcome: ArbitrationOutcome | null, outcomeSummary: string | null, awardedAmount: string | null, closedAt: string | null, suitDueAt: string | null, totalClaimed: string, availableActions: Array<ArbitrationCaseAction>, claims: Array<{ position: number, description: string, amount: string | null }>, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type StartArbitrationPreMediationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartArbitrationPreMediationMutation = { startArbitrationPreMediation: { id: string } };

export type AcceptArbitrationMutationVariables = Exact<{
  id: string | number;
  caseNumber: string;
}>;


export type AcceptArbitrationMutation = { acceptArbitration: { id: string } };

export type DeclineArbitrationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineArbitrationMutation = { declineArbitration: { id: string } };

export type StartArbitrationHearingMutationVariables = Exact<{
  id: string | number;
}>;


export type StartArbitrationHearingMutation = { startArbitrationHearing: { id: string } };

export type ExtendArbitrationAwardMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExtendArbitrationAwardMutation = { extendArbitrationAward: { id: string } };

export type CloseArbitrationWithMediationStatementMutationVariables = Exact<{
  id: string | number;
  summary: string;
  amount?: string | null | undefined;
}>;


export type CloseArbitrationWithMediationStatementMutation = { closeArbitrationWithMediationStatement: { id: string } };

export type CloseArbitrationWithAwardMutationVariables = Exact<{
  id: string | number;
  summary: string;
  awardedAmount?: string | null | undefined;
}>;


export type CloseArbitrationWithAwardMutation = { closeArbitrationWithAward: { id: string } };

export type WithdrawArbitrationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawArbitrationMutation = { withdrawArbitration: { id: string } };

export type CourtFilingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtFilingPageQuery = { courtFiling: { id: string, origin: HandoffKind, court: string, divisionCode: string, unifiedNumber: string | null, disputeType: DisputeType, amount: string | null, claims: string, reason: string, sourceReference: string, receivedAt: string, status: CourtFilingStatus, caseNumber: string | null, decidedAt: string | null, refusalReason: string | null, dueAt: string | null, overdue: boolean, availableActions: Array<CourtFilingAction>, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type FileCourtFilingMutationVariables = Exact<{
  id: string | number;
  caseNumber: string;
}>;


export type FileCourtFilingMutation = { fileCourtFiling: { id: string, status: CourtFilingStatus } };

export type RefuseCourtFilingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseCourtFilingMutation = { refuseCourtFiling: { id: string, status: CourtFilingStatus } };

export type CourtReferralPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CourtReferralPageQuery = { courtReferral: { id: string, kind: ReferralKind, procedure: CourtProcedure | null, court: string, divisionCode: string, caseNumber: string | null, judge: string, unifiedNumber: string | null, disputeType: DisputeType, amount: string | null, summary: string, status: ReferralStatus, referredAt: string, extensionDays: number, dueAt: string, overdue: boolean, mediationOrganisation: string | null, resultSummary: string | null, agreedAmount: string | null, availableActions: Array<CourtReferralAction>, handoffs: Array<{ id: string, status: HandoffStatus, dueAt: string, reason: string | null }>, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type HandOffReferralToMediationCenterMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type HandOffReferralToMediationCenterMutation = { handOffReferralToMediationCenter: { id: string, status: ReferralStatus } };

export type StartReferralMediationMutationVariables = Exact<{
  id: string | number;
  mediationOrganisation: string;
}>;


export type StartReferralMediationMutation = { startReferralMediation: { id: string, status: ReferralStatus } };

export type ExtendReferralByConsentMutationVariables = Exact<{
  id: string | number;
  days: number;
  reason: string;
}>;


export type ExtendReferralByConsentMutation = { extendReferralByConsent: { id: string, dueAt: string } };

export type RecordReferralSuccessMutationVariables = Exact<{
  id: string | number;
  result: ReferralResultInput;
}>;


export type RecordReferralSuccessMutation = { recordReferralSuccess: { id: string, status: ReferralStatus } };

export type RecordReferralFailureMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RecordReferralFailureMutation = { recordReferralFailure: { id: string, status: ReferralStatus } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { id: string, status: ReferralStatus } };

export type HandoffRecordSideFragment = { id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null };

export type DisputeProfileQueryVariables = Exact<{
  unifiedNumber: string;
}>;


export type DisputeProfileQuery = { dispute: { unifiedNumber: string, disputeType: DisputeType, divisionName: string, amount: string | null, source: DisputeSource, sourceReference: string | null, registeredAt: string, parties: Array<{ name: string, role: PartyRole, identifierMasked: string }>, history: Array<{ at: string, channel: Channel, caseType: string, caseId: string, action: string, fromStatus: string | null, toStatus: string, actor: string, note: string | null }>, mediationCases: Array<{ id: string, status: MediationCaseStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }>, courtReferrals: Array<{ id: string, caseNumber: string | null, court: string, status: ReferralStatus, dueAt: string, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, judicialConfirmations: Array<{ id: string, caseNumber: string | null, court: string, status: ConfirmationStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, courtFilings: Array<{ id: string, caseNumber: string | null, court: string, status: CourtFilingStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, petitions: Array<{ id: string, petitionNumber: string, status: PetitionStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, policeIncidents: Array<{ id: string, incidentNumber: string, station: string, status: PoliceIncidentStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, arbitrationCases: Array<{ id: string, caseNumber: string | null, commission: string, status: ArbitrationStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null, notarisations: Array<{ id: string, certificateNumber: string | null, notaryOffice: string, status: NotarisationStatus, dueAt: string | null, overdue: boolean, handoffs: Array<{ id: string, kind: HandoffKind, direction: HandoffDirection, fromChannel: string, toChannel: string, status: HandoffStatus, reason: string | null, dueAt: string, overdue: boolean, decidedAt: string | null }> }> | null } | null };

export type HandoffSidesQueryVariables = Exact<{
  id: string | number;
}>;


export type HandoffSidesQuery = { handoff: { id: string, mediationCenterRecord: { status: HandoffStatus, toCaseId: string | null } | null, courtMediationRecord: { status: HandoffStatus, toCaseId: string | null } | null, petitionMediationRecord: { status: HandoffStatus, toCaseId: string | null } | null, policeMediationRecord: { status: HandoffStatus, toCaseId: string | null } | null, arbitrationRecord: { status: HandoffStatus, toCaseId: string | null } | null, notaryRecord: { status: HandoffStatus, toCaseId: string | null } | null } };

export type InboxHandoffFragment = { id: string, kind: HandoffKind, fromChannel: string, fromCaseType: string, summary: string, unifiedNumber: string | null, offeredAt: string, dueAt: string, overdue: boolean, status: HandoffStatus };

export type InboxQueryVariables = Exact<{
  mc: boolean;
  court: boolean;
  notary: boolean;
  arbitration: boolean;
}>;


export type InboxQuery = { mediationCenterHandoffs?: { edges: Array<{ node: { id: string, kind: HandoffKind, fromChannel: string, fromCaseType: string, summary: string, unifiedNumber: string | null, offeredAt: string, dueAt: string, overdue: boolean, status: HandoffStatus } }> }, courtMediationHandoffs?: { edges: Array<{ node: { id: string, kind: HandoffKind, fromChannel: string, fromCaseType: string, summary: string, unifiedNumber: string | null, offeredAt: string, dueAt: string, overdue: boolean, status: HandoffStatus } }> }, notaryHandoffs?: { edges: Array<{ node: { id: string, kind: HandoffKind, fromChannel: string, fromCaseType: string, summary: string, unifiedNumber: string | null, offeredAt: string, dueAt: string, overdue: boolean, status: HandoffStatus } }> }, arbitrationHandoffs?: { edges: Array<{ node: { id: string, kind: HandoffKind, fromChannel: string, fromCaseType: string, summary: string, unifiedNumber: string | null, offeredAt: string, dueAt: string, overdue: boolean, status: HandoffStatus } }> } };

export type AcceptHandoffMutationVariables = Exact<{
  id: string | number;
  mc: boolean;
  court: boolean;
  notary: boolean;
  arbitration: boolean;
}>;


export type AcceptHandoffMutation = { acceptHandoffAtMediationCenter?: { id: string, status: HandoffStatus }, acceptHandoffAtCourtMediation?: { id: string, status: HandoffStatus }, acceptHandoffAtNotary?: { id: string, status: HandoffStatus }, acceptHandoffAtArbitration?: { id: string, status: HandoffStatus } };

export type RejectHandoffMutationVariables = Exact<{
  id: string | number;
  reason: string;
  mc: boolean;
  court: boolean;
  notary: boolean;
  arbitration: boolean;
}>;


export type RejectHandoffMutation = { rejectHandoffAtMediationCenter?: { id: string, status: HandoffStatus }, rejectHandoffAtCourtMediation?: { id: string, status: HandoffStatus }, rejectHandoffAtNotary?: { id: string, status: HandoffStatus }, rejectHandoffAtArbitration?: { id: string, status: HandoffStatus } };

export type SupervisionQueryVariables = Exact<{
  filter?: CaseSearchFilter | null | undefined;
}>;


export type SupervisionQuery = { searchCases: { totalCount: number, edges: Array<{ node: { caseId: string, caseType: string, channel: Channel, unifiedNumber: string | null, reference: string | null, title: string, status: string, dueAt: string | null, overdue: boolean } }> } };

export type UrgesQueryVariables = Exact<{ [key: string]: never; }>;


export type UrgesQuery = { disputeUrges: { totalCount: number, edges: Array<{ node: { id: string, unifiedNumber: string, holderChannel: Channel, holderAgency: string, note: string | null, urgedAt: string, replyDueAt: string } }> } };

export type CaseCountQueryVariables = Exact<{
  filter?: CaseSearchFilter | null | undefined;
}>;


export type CaseCountQuery = { searchCases: { totalCount: number } };

export type JudicialConfirmationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type JudicialConfirmationPageQuery = { judicialConfirmation: { id: string, court: string, divisionCode: string, unifiedNumber: string | null, agreementTerms: string, agreementAmount: string | null, agreementEffectiveAt: string, appliedAt: string, status: ConfirmationStatus, caseNumber: string | null, acceptedAt: string | null, decisionExtended: boolean, dueAt: string | null, decidedAt: string | null, decisionReason: string | null, overdue: boolean, availableActions: Array<JudicialConfirmationAction>, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type AcceptJudicialConfirmationMutationVariables = Exact<{
  id: string | number;
  caseNumber: string;
}>;


export type AcceptJudicialConfirmationMutation = { acceptJudicialConfirmation: { id: string, status: ConfirmationStatus, dueAt: string | null } };

export type RefuseJudicialConfirmationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseJudicialConfirmationMutation = { refuseJudicialConfirmation: { id: string, status: ConfirmationStatus } };

export type ExtendJudicialConfirmationDecisionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExtendJudicialConfirmationDecisionMutation = { extendJudicialConfirmationDecision: { id: string, dueAt: string | null, decisionExtended: boolean } };

export type RuleOnJudicialConfirmationMutationVariables = Exact<{
  id: string | number;
  confirmed: boolean;
  reason?: string | null | undefined;
}>;


export type RuleOnJudicialConfirmationMutation = { ruleOnJudicialConfirmation: { id: string, status: ConfirmationStatus } };

export type MediationCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type MediationCasePageQuery = { mediationCase: { id: string, unifiedNumber: string, divisionCode: string, status: MediationCaseStatus, registeredAt: string, acceptedAt: string | null, startedAt: string | null, dueAt: string | null, closedAt: string | null, closingReason: string | null, overdue: boolean, availableActions: Array<string>, dispute: { disputeType: DisputeType, divisionName: string, amount: string | null }, committee: { id: string, name: string } | null, mediator: { id: string, name: string, grade: MediatorGrade } | null, agreement: { id: string, terms: string, amount: string | null, hasPaymentObligation: boolean, signedAt: string, performance: MediationAgreementPerformance } | null, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type MediationCaseMediatorsQueryVariables = Exact<{
  committeeId?: string | number | null | undefined;
}>;


export type MediationCaseMediatorsQuery = { mediators: { edges: Array<{ node: { id: string, name: string, grade: MediatorGrade, specialties: Array<DisputeType>, committee: { name: string } } }> } };

export type AcceptMediationCaseMutationVariables = Exact<{
  id: string | number;
  mediatorId: string | number;
}>;


export type AcceptMediationCaseMutation = { acceptMediationCase: { id: string, status: MediationCaseStatus, dueAt: string | null } };

export type StartMediationMutationVariables = Exact<{
  id: string | number;
}>;


export type StartMediationMutation = { startMediation: { id: string, status: MediationCaseStatus } };

export type RecordMediationAgreementMutationVariables = Exact<{
  id: string | number;
  input: MediationAgreementInput;
}>;


export type RecordMediationAgreementMutation = { recordMediationAgreement: { id: string } };

export type RecordMediationFailureMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RecordMediationFailureMutation = { recordMediationFailure: { id: string, status: MediationCaseStatus } };

export type TerminateMediationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type TerminateMediationMutation = { terminateMediation: { id: string, status: MediationCaseStatus } };

export type NotarisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type NotarisationPageQuery = { notarisationApplication: { id: string, notaryOffice: string, divisionCode: string, unifiedNumber: string | null, agreementId: string | null, debtTerms: string, paymentAmount: string, paymentDueAt: string, debtorConsentToEnforcement: boolean, appliedAt: string, status: NotarisationStatus, reviewStartedAt: string | null, dueAt: string | null, overdue: boolean, certificateNumber: string | null, issuedAt: string | null, refusalReason: string | null, refusedAt: string | null, enforcementCertificateNumber: string | null, enforcementCertificateIssuedAt: string | null, defaultNote: string | null, availableActions: Array<NotarisationApplicationAction>, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type StartNotarisationReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type StartNotarisationReviewMutation = { startNotarisationReview: { id: string } };

export type IssueNotarialCertificateMutationVariables = Exact<{
  id: string | number;
  certificateNumber: string;
}>;


export type IssueNotarialCertificateMutation = { issueNotarialCertificate: { id: string } };

export type RefuseNotarisationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseNotarisationMutation = { refuseNotarisation: { id: string } };

export type IssueEnforcementCertificateMutationVariables = Exact<{
  id: string | number;
  enforcementCertificateNumber: string;
  defaultNote: string;
}>;


export type IssueEnforcementCertificateMutation = { issueEnforcementCertificate: { id: string } };

export type PartyOnCaseFragment = { partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null };

export type PartyProfileQueryVariables = Exact<{
  idNumber?: string | null | undefined;
  creditCode?: string | null | undefined;
}>;


export type PartyProfileQuery = { party: { partyKey: string, disputes: Array<{ unifiedNumber: string, disputeType: DisputeType, registeredAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }>, mediationCases: Array<{ id: string, unifiedNumber: string, status: MediationCaseStatus, registeredAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }>, courtReferrals: Array<{ id: string, caseNumber: string | null, unifiedNumber: string | null, status: ReferralStatus, referredAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null, judicialConfirmations: Array<{ id: string, caseNumber: string | null, unifiedNumber: string | null, status: ConfirmationStatus, appliedAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null, petitions: Array<{ id: string, petitionNumber: string, unifiedNumber: string | null, status: PetitionStatus, registeredAt: string, petitioners: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null, policeIncidents: Array<{ id: string, incidentNumber: string, unifiedNumber: string | null, status: PoliceIncidentStatus, reportedAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null, arbitrationCases: Array<{ id: string, caseNumber: string | null, unifiedNumber: string | null, status: ArbitrationStatus, appliedAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null, notarisations: Array<{ id: string, certificateNumber: string | null, unifiedNumber: string | null, status: NotarisationStatus, appliedAt: string, parties: Array<{ partyKey: string, name: string, role: PartyRole, identifierMasked: string, phoneMasked: string | null }> }> | null } | null };

export type PartyUnmaskedQueryVariables = Exact<{
  idNumber?: string | null | undefined;
  creditCode?: string | null | undefined;
}>;


export type PartyUnmaskedQuery = { party: { partyKey: string, disputes: Array<{ unifiedNumber: string, parties: Array<{ partyKey: string, identifier: string | null, phone: string | null }> }> } | null };

export type PetitionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionPageQuery = { petition: { id: string, petitionNumber: string, form: PetitionForm, divisionCode: string, disputeType: DisputeType, status: PetitionStatus, registeredAt: string, dueAt: string | null, overdue: boolean, unifiedNumber: string | null, acceptedAt: string | null, handlingExtended: boolean, handlingExtensionReason: string | null, declineReason: string | null, decidedAt: string | null, mediationOrganisation: string | null, divertedAt: string | null, mediationOutcome: HandoffOutcome | null, mediationResult: string | null, repliedAt: string | null, reviewRequestedAt: string | null, reviewedAt: string | null, reReviewRequestedAt: string | null, reReviewedAt: string | null, closedAt: string | null, satisfaction: PetitionSatisfaction | null, satisfactionNote: string | null, callbackAt: string | null, availableActions: Array<PetitionAction>, petitioners: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type PetitionContentQueryVariables = Exact<{
  id: string | number;
}>;


export type PetitionContentQuery = { petition: { id: string, content: string | null, reply: string | null, reviewRequestReason: string | null, reviewAnswer: string | null, reReviewRequestReason: string | null, reReviewAnswer: string | null } | null };

export type AcceptPetitionMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptPetitionMutation = { acceptPetition: { id: string } };

export type DeclinePetitionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclinePetitionMutation = { declinePetition: { id: string } };

export type DivertPetitionMutationVariables = Exact<{
  id: string | number;
  mediationOrganisation: string;
  unifiedNumber?: string | null | undefined;
  idempotencyKey: string;
}>;


export type DivertPetitionMutation = { divertPetitionToMediation: { id: string } };

export type ExtendPetitionHandlingMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExtendPetitionHandlingMutation = { extendPetitionHandling: { id: string } };

export type ReplyToPetitionMutationVariables = Exact<{
  id: string | number;
  reply: string;
}>;


export type ReplyToPetitionMutation = { replyToPetition: { id: string } };

export type RequestPetitionReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RequestPetitionReviewMutation = { requestPetitionReview: { id: string } };

export type AnswerPetitionReviewMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type AnswerPetitionReviewMutation = { answerPetitionReview: { id: string } };

export type RequestPetitionReReviewMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RequestPetitionReReviewMutation = { requestPetitionReReview: { id: string } };

export type AnswerPetitionReReviewMutationVariables = Exact<{
  id: string | number;
  answer: string;
}>;


export type AnswerPetitionReReviewMutation = { answerPetitionReReview: { id: string } };

export type ClosePetitionMutationVariables = Exact<{
  id: string | number;
}>;


export type ClosePetitionMutation = { closePetition: { id: string } };

export type RecordPetitionSatisfactionMutationVariables = Exact<{
  id: string | number;
  satisfaction: PetitionSatisfaction;
  note: string;
}>;


export type RecordPetitionSatisfactionMutation = { recordPetitionSatisfaction: { id: string } };

export type PetitionListQueryVariables = Exact<{
  filter?: PetitionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PetitionListQuery = { petitions: { totalCount: number, edges: Array<{ node: { id: string, petitionNumber: string, form: PetitionForm, disputeType: DisputeType, status: PetitionStatus, registeredAt: string, dueAt: string | null, overdue: boolean, unifiedNumber: string | null, petitioners: Array<{ name: string, identifierMasked: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PoliceIncidentPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PoliceIncidentPageQuery = { policeIncident: { id: string, incidentNumber: string, station: string, divisionCode: string, category: IncidentCategory, disputeType: DisputeType, status: PoliceIncidentStatus, reportedAt: string, dueAt: string | null, overdue: boolean, unifiedNumber: string | null, mediationOrganisation: string | null, penalty: string | null, performanceNote: string | null, availableActions: Array<string>, mediationEligibility: { eligible: boolean, reasons: Array<string> }, parties: Array<{ partyKey: string, role: PartyRole, name: string, identifierMasked: string }>, sessions: Array<{ id: string, sequence: number, heldAt: string, officer: string, agreementReached: boolean }>, timeline: Array<{ id: string, action: string, toStatus: string, actor: string, at: string, note: string | null }> } | null };

export type ScheduleIncidentMediationMutationVariables = Exact<{
  id: string | number;
}>;


export type ScheduleIncidentMediationMutation = { scheduleIncidentMediation: { id: string, status: PoliceIncidentStatus, dueAt: string | null } };

export type RecordIncidentSessionMutationVariables = Exact<{
  input: RecordIncidentSessionInput;
}>;


export type RecordIncidentSessionMutation = { recordIncidentSession: { id: string, status: PoliceIncidentStatus, dueAt: string | null } };

export type RecordIncidentAgreementPerformanceMutationVariables = Exact<{
  id: string | number;
  performed: boolean;
  note?: string | null | undefined;
}>;


export type RecordIncidentAgreementPerformanceMutation = { recordIncidentAgreementPerformance: { id: string, status: PoliceIncidentStatus } };

export type PenaliseIncidentMutationVariables = Exact<{
  id: string | number;
  penalty: string;
  adviceToSue: string;
}>;


export type PenaliseIncidentMutation = { penaliseIncident: { id: string, status: PoliceIncidentStatus } };

export type ReferIncidentToMediationCenterMutationVariables = Exact<{
  id: string | number;
  mediationOrganisation: string;
  unifiedNumber?: string | null | undefined;
  idempotencyKey: string;
}>;


export type ReferIncidentToMediationCenterMutation = { referIncidentToMediationCenter: { id: string, status: PoliceIncidentStatus } };

export type SearchCasesQueryVariables = Exact<{
  filter?: CaseSearchFilter | null | undefined;
  sort?: CaseSortOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchCasesQuery = { searchCases: { totalCount: number, edges: Array<{ cursor: string, node: { caseId: string, caseType: string, channel: Channel, unifiedNumber: string | null, reference: string | null, agency: string, title: string, disputeType: DisputeType | null, divisionName: string, status: string, openedAt: string, dueAt: string | null, overdue: boolean, amount: string | null, parties: Array<{ name: string, role: PartyRole }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SelfServiceApplyMutationVariables = Exact<{
  input: ApplyForMediationInput;
}>;


export type SelfServiceApplyMutation = { applyForMediation: { unifiedNumber: string, registeredAt: string, nextStep: string } };

export type SelfServiceLookUpMutationVariables = Exact<{
  unifiedNumber: string;
  identifier: string;
}>;


export type SelfServiceLookUpMutation = { lookUpDispute: { token: string, expiresAt: string, progress: { unifiedNumber: string } } };

export type SelfServiceProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfServiceProgressQuery = { myDispute: { unifiedNumber: string, disputeType: DisputeType, divisionName: string, registeredAt: string, yourName: string, yourRole: PartyRole, concluded: boolean, mayUrge: boolean, lastUrgedAt: string | null, committee: string | null, mediator: string | null, current: { channel: Channel, caseType: string, agency: string, status: string, dueAt: string | null } | null, steps: Array<{ at: string, channel: Channel, caseType: string, action: string, toStatus: string }>, evaluation: { satisfaction: PartySatisfaction, comment: string | null, evaluatedAt: string } | null } };

export type SelfServiceUrgeMutationVariables = Exact<{
  note?: string | null | undefined;
}>;


export type SelfServiceUrgeMutation = { urgeDispute: { holderAgency: string, replyDueAt: string } };

export type SelfServiceEvaluateMutationVariables = Exact<{
  input: EvaluateDisputeInput;
}>;


export type SelfServiceEvaluateMutation = { evaluateDispute: { satisfaction: PartySatisfaction } };

export const HandoffRecordSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoffRecordSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromChannel"}},{"kind":"Field","name":{"kind":"Name","value":"toChannel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<HandoffRecordSideFragment, unknown>;
export const InboxHandoffFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxHandoff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromChannel"}},{"kind":"Field","name":{"kind":"Name","value":"fromCaseType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<InboxHandoffFragment, unknown>;
export const PartyOnCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyOnCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}}]} as unknown as DocumentNode<PartyOnCaseFragment, unknown>;
export const ArbitrationCasePageDocument = {"__meta__":{"hash":"sha256:d7d7cd51439cbaf7a7741409280e530a9fb83b67d36a4cddaba8e1a4a63ab47d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArbitrationCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arbitrationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"commission"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeAroseAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preMediationStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awardExtended"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notAcceptedReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"awardedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suitDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalClaimed"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ArbitrationCasePageQuery, ArbitrationCasePageQueryVariables>;
export const StartArbitrationPreMediationDocument = {"__meta__":{"hash":"sha256:3f7448cf96017c7a8951b389ec90b24f8bca9a9182eec1a6076529ca17f3d116"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArbitrationPreMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArbitrationPreMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartArbitrationPreMediationMutation, StartArbitrationPreMediationMutationVariables>;
export const AcceptArbitrationDocument = {"__meta__":{"hash":"sha256:557f11897054874a184692781cbb22909fb75631b1f1cfc53685fd1949e7d464"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptArbitration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptArbitration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptArbitrationMutation, AcceptArbitrationMutationVariables>;
export const DeclineArbitrationDocument = {"__meta__":{"hash":"sha256:319eabcb00f76874d1cdde95acf4bec799bb0d3251a55a59d3eb9d03e6279d6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineArbitration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineArbitration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeclineArbitrationMutation, DeclineArbitrationMutationVariables>;
export const StartArbitrationHearingDocument = {"__meta__":{"hash":"sha256:c9a765794249239f5b27e90ec9679791e40c5739328174e0940bc40e9fa737e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArbitrationHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArbitrationHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartArbitrationHearingMutation, StartArbitrationHearingMutationVariables>;
export const ExtendArbitrationAwardDocument = {"__meta__":{"hash":"sha256:3d231a0995d763aeb6ced8759e49cb3b97c9c5d9f79ca673edc5bd1bc5e6ef34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendArbitrationAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendArbitrationAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExtendArbitrationAwardMutation, ExtendArbitrationAwardMutationVariables>;
export const CloseArbitrationWithMediationStatementDocument = {"__meta__":{"hash":"sha256:9fca2486501981951fab72683e19c8396ddb7f7ee9455e6b7e55ee231ab670e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseArbitrationWithMediationStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeArbitrationWithMediationStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloseArbitrationWithMediationStatementMutation, CloseArbitrationWithMediationStatementMutationVariables>;
export const CloseArbitrationWithAwardDocument = {"__meta__":{"hash":"sha256:0158f670c3c13d6444a50072f637164385bbfe2402c34671f7c8355f02041222"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseArbitrationWithAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awardedAmount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeArbitrationWithAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"Argument","name":{"kind":"Name","value":"awardedAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardedAmount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloseArbitrationWithAwardMutation, CloseArbitrationWithAwardMutationVariables>;
export const WithdrawArbitrationDocument = {"__meta__":{"hash":"sha256:6bd8729ee0a62b075f0bb919d8d8932c6a06542f732d8fd731607a4d4ffb75e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawArbitration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawArbitration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WithdrawArbitrationMutation, WithdrawArbitrationMutationVariables>;
export const CourtFilingPageDocument = {"__meta__":{"hash":"sha256:e2baafcb2935419b6a479da83356c3cffd5361656c213f42b3d3a6dc80633f70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtFilingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CourtFilingPageQuery, CourtFilingPageQueryVariables>;
export const FileCourtFilingDocument = {"__meta__":{"hash":"sha256:f06dc730898517c15e1fd1f9666f518d92bfca2fda4eaf9ce50c1fae6edaff7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCourtFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCourtFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FileCourtFilingMutation, FileCourtFilingMutationVariables>;
export const RefuseCourtFilingDocument = {"__meta__":{"hash":"sha256:dbeca5e7507fcb1bfd4f000b180b541a107d3b3ac49ccaf062930ed19cb76f18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseCourtFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseCourtFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RefuseCourtFilingMutation, RefuseCourtFilingMutationVariables>;
export const CourtReferralPageDocument = {"__meta__":{"hash":"sha256:8b07e5fe7d228efcd80f533b850952c181f79daac65550ce23a747bcb0bdc4c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourtReferralPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courtReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"judge"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"extensionDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"mediationOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"resultSummary"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<CourtReferralPageQuery, CourtReferralPageQueryVariables>;
export const HandOffReferralToMediationCenterDocument = {"__meta__":{"hash":"sha256:df8eea97554e6733596479a4084581c58484dbc3aab6ae4cd78cbad56c37353a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOffReferralToMediationCenter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOffReferralToMediationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HandOffReferralToMediationCenterMutation, HandOffReferralToMediationCenterMutationVariables>;
export const StartReferralMediationDocument = {"__meta__":{"hash":"sha256:9ca145a8ada9e459a856ffc69b84994b2b6c953cf0aa95812556069225374052"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReferralMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReferralMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediationOrganisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartReferralMediationMutation, StartReferralMediationMutationVariables>;
export const ExtendReferralByConsentDocument = {"__meta__":{"hash":"sha256:abdf545eaecd86b4c6825de0897f3b6228114dbd7f28a4996f31afba0b83bc3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendReferralByConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendReferralByConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<ExtendReferralByConsentMutation, ExtendReferralByConsentMutationVariables>;
export const RecordReferralSuccessDocument = {"__meta__":{"hash":"sha256:7a0098e23aa45898e8c3e557dc7b314a5c1d82a765f7a366ba2c73838662fb58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralSuccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralSuccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordReferralSuccessMutation, RecordReferralSuccessMutationVariables>;
export const RecordReferralFailureDocument = {"__meta__":{"hash":"sha256:0aa03a0b288f753b00b12fd510e85dbd0e4c4c8fa7f66e096b9ee3cd005b65a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralFailure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralFailure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordReferralFailureMutation, RecordReferralFailureMutationVariables>;
export const WithdrawReferralDocument = {"__meta__":{"hash":"sha256:b16723c254150a8451f2353d6d52e0844d9ebde918f6e96fb7875f1c6de3cc6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const DisputeProfileDocument = {"__meta__":{"hash":"sha256:52ed8e531dd92d5400a26b5a6c269678d1c35578a38e664915251ab77aad14fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unifiedNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediationCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtFilings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commission"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notarisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notaryOffice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"handoffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoffRecordSide"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoffRecordSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromChannel"}},{"kind":"Field","name":{"kind":"Name","value":"toChannel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<DisputeProfileQuery, DisputeProfileQueryVariables>;
export const HandoffSidesDocument = {"__meta__":{"hash":"sha256:8d20c445c991e1baf770aad3d366bb67fc85b2b9b1938ba5849d936f5ca37b72"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HandoffSides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mediationCenterRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtMediationRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitionMediationRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeMediationRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notaryRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toCaseId"}}]}}]}}]}}]} as unknown as DocumentNode<HandoffSidesQuery, HandoffSidesQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:caf878810cbc3efc397e71e3202446a50b7b7aa83c322a5fca27d2b8221a0304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"court"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationCenterHandoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELIVERED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mc"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxHandoff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtMediationHandoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELIVERED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxHandoff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notaryHandoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELIVERED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notary"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxHandoff"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationHandoffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"INCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DELIVERED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxHandoff"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxHandoff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HandoffRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromChannel"}},{"kind":"Field","name":{"kind":"Name","value":"fromCaseType"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const AcceptHandoffDocument = {"__meta__":{"hash":"sha256:a00949bbadf3017091126e7728fc6b4d01edb326fd999dc8d088f2b28d98b492"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"court"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptHandoffAtMediationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mc"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptHandoffAtCourtMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptHandoffAtNotary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notary"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptHandoffAtArbitration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptHandoffMutation, AcceptHandoffMutationVariables>;
export const RejectHandoffDocument = {"__meta__":{"hash":"sha256:100a1cf7a09458ddd4d218be79012e724d358191728c9da45a808448d48a522d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectHandoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"court"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectHandoffAtMediationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mc"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectHandoffAtCourtMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"court"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectHandoffAtNotary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notary"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectHandoffAtArbitration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arbitration"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectHandoffMutation, RejectHandoffMutationVariables>;
export const SupervisionDocument = {"__meta__":{"hash":"sha256:fcf4b131ed4e79d17d912b36d0dd2f66dc634eaf7079285638047bcbf280c427"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Supervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"DUE_SOONEST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionQuery, SupervisionQueryVariables>;
export const UrgesDocument = {"__meta__":{"hash":"sha256:aa4f0be79882505550e3b491311400c544a926a93a4f2f4adca76ba3e57d55fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Urges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeUrges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderChannel"}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"urgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UrgesQuery, UrgesQueryVariables>;
export const CaseCountDocument = {"__meta__":{"hash":"sha256:296a1347c0603f2284fcbae264a26fe182b00bbfab4ff5afeef4953e2282fe80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CaseCountQuery, CaseCountQueryVariables>;
export const JudicialConfirmationPageDocument = {"__meta__":{"hash":"sha256:17003a3721fd7b6e501f1dd9ed4c5d2c892967bd71efec38088a54fd5130bc00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JudicialConfirmationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementTerms"}},{"kind":"Field","name":{"kind":"Name","value":"agreementAmount"}},{"kind":"Field","name":{"kind":"Name","value":"agreementEffectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionExtended"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<JudicialConfirmationPageQuery, JudicialConfirmationPageQueryVariables>;
export const AcceptJudicialConfirmationDocument = {"__meta__":{"hash":"sha256:e48da2853dfb215aba6bf039f8e38a2c9eb94c01c3b96be4a09453745fb9707d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptJudicialConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNumber"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<AcceptJudicialConfirmationMutation, AcceptJudicialConfirmationMutationVariables>;
export const RefuseJudicialConfirmationDocument = {"__meta__":{"hash":"sha256:e02249dbcee356dc8559d69fea328dd75b27cad3b4401c50f44ac489f81eddf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseJudicialConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RefuseJudicialConfirmationMutation, RefuseJudicialConfirmationMutationVariables>;
export const ExtendJudicialConfirmationDecisionDocument = {"__meta__":{"hash":"sha256:25c02da6659f37632f23468ffd6c3b8f990edc579b99b9eb49d94c956072faa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendJudicialConfirmationDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendJudicialConfirmationDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionExtended"}}]}}]}}]} as unknown as DocumentNode<ExtendJudicialConfirmationDecisionMutation, ExtendJudicialConfirmationDecisionMutationVariables>;
export const RuleOnJudicialConfirmationDocument = {"__meta__":{"hash":"sha256:4031fa891bede38ca65de7043ef60da550a4ab2e6402b4320afc083122cb9c4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleOnJudicialConfirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleOnJudicialConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmed"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RuleOnJudicialConfirmationMutation, RuleOnJudicialConfirmationMutationVariables>;
export const MediationCasePageDocument = {"__meta__":{"hash":"sha256:bcee9e8e8f6723f2266792de0ffc46e762d05e46d33488451a39666d24a36ad5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediationCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"hasPaymentObligation"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"performance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MediationCasePageQuery, MediationCasePageQueryVariables>;
export const MediationCaseMediatorsDocument = {"__meta__":{"hash":"sha256:e8346ffd30956d062864419b6a6cbadcf63231dc2de96cf0527b502a93e9298a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediationCaseMediators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"committeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"committeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"specialties"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MediationCaseMediatorsQuery, MediationCaseMediatorsQueryVariables>;
export const AcceptMediationCaseDocument = {"__meta__":{"hash":"sha256:94be0d3ae8d5b4fc67392fda69fcb9494e5524f558810f8067fd148abba0215e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMediationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMediationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<AcceptMediationCaseMutation, AcceptMediationCaseMutationVariables>;
export const StartMediationDocument = {"__meta__":{"hash":"sha256:98c23b8a92e747d9a35760257cb1b027ef0dbf1f110a09a93022fc15735c20cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartMediationMutation, StartMediationMutationVariables>;
export const RecordMediationAgreementDocument = {"__meta__":{"hash":"sha256:106f0ebc63a29d7e4366937718c470e754be1b9f15d4efba8c06f3fee2981214"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMediationAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MediationAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMediationAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordMediationAgreementMutation, RecordMediationAgreementMutationVariables>;
export const RecordMediationFailureDocument = {"__meta__":{"hash":"sha256:331e044bbc0d03481466ea7009e597eff88e2f4fd38ba4efe29875945ed93664"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMediationFailure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMediationFailure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordMediationFailureMutation, RecordMediationFailureMutationVariables>;
export const TerminateMediationDocument = {"__meta__":{"hash":"sha256:7511b6da18afe38034e61b1cad12584254d933fa733d4646960f807217ec2526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TerminateMediationMutation, TerminateMediationMutationVariables>;
export const NotarisationPageDocument = {"__meta__":{"hash":"sha256:7d12e38caca8fc191fce687aa1d1619ca495762122934add1d4e186ead2f1162"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotarisationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notarisationApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notaryOffice"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"debtTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"debtorConsentToEnforcement"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"refusedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementCertificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementCertificateIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"defaultNote"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<NotarisationPageQuery, NotarisationPageQueryVariables>;
export const StartNotarisationReviewDocument = {"__meta__":{"hash":"sha256:287462832bb8abba71d298e30b359c85de7649572933c2c2560affa47f26f972"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartNotarisationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startNotarisationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartNotarisationReviewMutation, StartNotarisationReviewMutationVariables>;
export const IssueNotarialCertificateDocument = {"__meta__":{"hash":"sha256:dc3c90d8202c7cd3d6d6fc352f23e1147a9ec570b9b1ec2cd0792fac7a46b50a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueNotarialCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certificateNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueNotarialCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"certificateNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certificateNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueNotarialCertificateMutation, IssueNotarialCertificateMutationVariables>;
export const RefuseNotarisationDocument = {"__meta__":{"hash":"sha256:a39b15664ce340165ad9b1412e0e98229525072521c66a35e5f5b933e22483fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseNotarisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseNotarisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RefuseNotarisationMutation, RefuseNotarisationMutationVariables>;
export const IssueEnforcementCertificateDocument = {"__meta__":{"hash":"sha256:6fdb2bcf37baacdf6a34415685d130a491e8b3f2642fa847e758d51a4623e760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueEnforcementCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enforcementCertificateNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"defaultNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueEnforcementCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enforcementCertificateNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enforcementCertificateNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"defaultNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"defaultNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueEnforcementCertificateMutation, IssueEnforcementCertificateMutationVariables>;
export const PartyProfileDocument = {"__meta__":{"hash":"sha256:af8ce4743cea3aeeaf16964ec7999d1a443fd885cec295954aa31a713e622c5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentId"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediationCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"courtReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"judicialConfirmations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"petitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policeIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"arbitrationCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notarisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartyOnCase"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartyOnCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseParty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}}]}}]} as unknown as DocumentNode<PartyProfileQuery, PartyProfileQueryVariables>;
export const PartyUnmaskedDocument = {"__meta__":{"hash":"sha256:6e0af66fb5c4a1cf3f67bf975e50c4df34fb72b8b8f9c02f801bdb60b6296e3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyUnmasked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResidentId"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartyUnmaskedQuery, PartyUnmaskedQueryVariables>;
export const PetitionPageDocument = {"__meta__":{"hash":"sha256:a6361fe86bccb740b25848d87839483cd4498f13f3fa4181ac7cf923bf3154d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"handlingExtended"}},{"kind":"Field","name":{"kind":"Name","value":"handlingExtensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mediationOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"divertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mediationOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"mediationResult"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reReviewRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionNote"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PetitionPageQuery, PetitionPageQueryVariables>;
export const PetitionContentDocument = {"__meta__":{"hash":"sha256:11c29d7bb9cc452e56567918abf2825392793bd2e77e4011f491250bcac775be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequestReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"reReviewRequestReason"}},{"kind":"Field","name":{"kind":"Name","value":"reReviewAnswer"}}]}}]}}]} as unknown as DocumentNode<PetitionContentQuery, PetitionContentQueryVariables>;
export const AcceptPetitionDocument = {"__meta__":{"hash":"sha256:357c73484d3c438b019ec04b3adb48990edb5f15a50718400221593c35d2034b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptPetitionMutation, AcceptPetitionMutationVariables>;
export const DeclinePetitionDocument = {"__meta__":{"hash":"sha256:4027f4bf5b8b69fd18ce596a19d7a4cc71e3c0e6792e675438d559fb81e8d37c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclinePetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declinePetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeclinePetitionMutation, DeclinePetitionMutationVariables>;
export const DivertPetitionDocument = {"__meta__":{"hash":"sha256:b2e7418d15c7f8d1eb02633899d91bb2b81e13c30979e5acb099eb8c24b674d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DivertPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divertPetitionToMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediationOrganisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"unifiedNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DivertPetitionMutation, DivertPetitionMutationVariables>;
export const ExtendPetitionHandlingDocument = {"__meta__":{"hash":"sha256:a1ca6da4d5ff2c75fac7e2e6103b49759e3e560f0833fceb3517b91fad8bb8c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendPetitionHandling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendPetitionHandling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ExtendPetitionHandlingMutation, ExtendPetitionHandlingMutationVariables>;
export const ReplyToPetitionDocument = {"__meta__":{"hash":"sha256:4666fcb85d425b236b51acca92d2b42c3388f9c4a065966407c32166a178e342"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToPetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reply"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToPetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reply"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reply"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyToPetitionMutation, ReplyToPetitionMutationVariables>;
export const RequestPetitionReviewDocument = {"__meta__":{"hash":"sha256:f0b80792826ecb53b7798a30a72676e08b69aa473e19efce93162e188863b63c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPetitionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPetitionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestPetitionReviewMutation, RequestPetitionReviewMutationVariables>;
export const AnswerPetitionReviewDocument = {"__meta__":{"hash":"sha256:e054f205c8222655d1db2324d6d7b74924cac6bde920ac7dbd244b61ceb41000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPetitionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPetitionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerPetitionReviewMutation, AnswerPetitionReviewMutationVariables>;
export const RequestPetitionReReviewDocument = {"__meta__":{"hash":"sha256:706e87229a797a0972ad756372e40a7491997378529e053153a6615a3785399b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPetitionReReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPetitionReReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestPetitionReReviewMutation, RequestPetitionReReviewMutationVariables>;
export const AnswerPetitionReReviewDocument = {"__meta__":{"hash":"sha256:5eb500dd0810ea76c2cc0eeb1bfa1cefb8ef626c3fba808476ce7651e5a13357"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPetitionReReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPetitionReReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerPetitionReReviewMutation, AnswerPetitionReReviewMutationVariables>;
export const ClosePetitionDocument = {"__meta__":{"hash":"sha256:10b8f27bf218300352c6ee49234ecde4120802f65a4e4140a44a9a1aea2d215c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePetition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePetition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClosePetitionMutation, ClosePetitionMutationVariables>;
export const RecordPetitionSatisfactionDocument = {"__meta__":{"hash":"sha256:3813b286891c0873b4821990848d04bebde3b757d43ddf38be35c0ce112ca7af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPetitionSatisfaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionSatisfaction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPetitionSatisfaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"satisfaction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"satisfaction"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPetitionSatisfactionMutation, RecordPetitionSatisfactionMutationVariables>;
export const PetitionListDocument = {"__meta__":{"hash":"sha256:52a22042bbf32afbbbd12e67fa5907e63dcefe9ff6b14f8090b075f823f8e469"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PetitionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PetitionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"petitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"petitionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"petitioners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PetitionListQuery, PetitionListQueryVariables>;
export const PoliceIncidentPageDocument = {"__meta__":{"hash":"sha256:66aac24b7f00033c3d8e3a423f0b2c527290f06047a52c3bfa55689e8921950d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoliceIncidentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"incidentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"station"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mediationOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"performanceNote"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"mediationEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKey"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifierMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"agreementReached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<PoliceIncidentPageQuery, PoliceIncidentPageQueryVariables>;
export const ScheduleIncidentMediationDocument = {"__meta__":{"hash":"sha256:876818065294175e63a017475e5cdd0fb44e0c3f220204c62a01e9d49c0a5074"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleIncidentMediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleIncidentMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<ScheduleIncidentMediationMutation, ScheduleIncidentMediationMutationVariables>;
export const RecordIncidentSessionDocument = {"__meta__":{"hash":"sha256:50834a63bcbecf2627ffba6a2e7017e40ddaefd49a4c07edc3163153925f3878"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncidentSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIncidentSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncidentSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]} as unknown as DocumentNode<RecordIncidentSessionMutation, RecordIncidentSessionMutationVariables>;
export const RecordIncidentAgreementPerformanceDocument = {"__meta__":{"hash":"sha256:80f34d7924e3b2e296538c209fef66760519add90c4e04623744e0bc2415d2d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIncidentAgreementPerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"performed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncidentAgreementPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"performed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"performed"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordIncidentAgreementPerformanceMutation, RecordIncidentAgreementPerformanceMutationVariables>;
export const PenaliseIncidentDocument = {"__meta__":{"hash":"sha256:14343844cfbae96df1582aa8bed6fff3194b076e12c15fe6b1662e4f92d2b3fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PenaliseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"penalty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adviceToSue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaliseIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"penalty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"penalty"}}},{"kind":"Argument","name":{"kind":"Name","value":"adviceToSue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adviceToSue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PenaliseIncidentMutation, PenaliseIncidentMutationVariables>;
export const ReferIncidentToMediationCenterDocument = {"__meta__":{"hash":"sha256:418e3e751514d49508b7e107b472c1d7408830e70975d6f89bfcd62c91517d84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferIncidentToMediationCenter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referIncidentToMediationCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediationOrganisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediationOrganisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"unifiedNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferIncidentToMediationCenterMutation, ReferIncidentToMediationCenterMutationVariables>;
export const SearchCasesDocument = {"__meta__":{"hash":"sha256:eea404e45c33b3b3b473d995d0376adcd41870424c38a0e5ff1867a20842cc69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchCasesQuery, SearchCasesQueryVariables>;
export const SelfServiceApplyDocument = {"__meta__":{"hash":"sha256:a87f6fb2a7124c65ca47d9b6644aa2d27a4308887c96b973bf44214993192f59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfServiceApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForMediationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<SelfServiceApplyMutation, SelfServiceApplyMutationVariables>;
export const SelfServiceLookUpDocument = {"__meta__":{"hash":"sha256:69802c34429ed5b67d1ea75d89b38422b184d6d3050a2c71037b57ecd2393309"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfServiceLookUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookUpDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unifiedNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unifiedNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identifier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}}]}}]}}]}}]} as unknown as DocumentNode<SelfServiceLookUpMutation, SelfServiceLookUpMutationVariables>;
export const SelfServiceProgressDocument = {"__meta__":{"hash":"sha256:983cfa30042bb77d79ae20f459df303535cc4db6384e373883bf209403974b24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfServiceProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unifiedNumber"}},{"kind":"Field","name":{"kind":"Name","value":"disputeType"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"yourName"}},{"kind":"Field","name":{"kind":"Name","value":"yourRole"}},{"kind":"Field","name":{"kind":"Name","value":"concluded"}},{"kind":"Field","name":{"kind":"Name","value":"mayUrge"}},{"kind":"Field","name":{"kind":"Name","value":"lastUrgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"committee"}},{"kind":"Field","name":{"kind":"Name","value":"mediator"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SelfServiceProgressQuery, SelfServiceProgressQueryVariables>;
export const SelfServiceUrgeDocument = {"__meta__":{"hash":"sha256:13a1f32ccf83912903665e770fe6d508e53e547631d6ce833930f2412219a58f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfServiceUrge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderAgency"}},{"kind":"Field","name":{"kind":"Name","value":"replyDueAt"}}]}}]}}]} as unknown as DocumentNode<SelfServiceUrgeMutation, SelfServiceUrgeMutationVariables>;
export const SelfServiceEvaluateDocument = {"__meta__":{"hash":"sha256:1fb08ed12743339342c3b88b21d619c6fd4f862668c1b72d32abf20152f802e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelfServiceEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}}]}}]}}]} as unknown as DocumentNode<SelfServiceEvaluateMutation, SelfServiceEvaluateMutationVariables>;