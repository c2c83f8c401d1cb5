/**
 * Demo data, loaded through the gateway with the same mutations agencies use, so the demo can
 * never hold a state the workflows would refuse. Committees, mediators and people across the
 * regions of the source reports; several people appear in several channels, so a person's
 * cross-agency history is rich from the first start.
 */
import { randomUUID } from "node:crypto";
import { mintToken, type CallerClaims } from "@hub/gateway/tokens";
import { organisationInput as org, organisations as orgs, people as p, personInput as person } from "./people.ts";
import { arbitration, court, mediationCentre, notaryOffice, petitionBureau, police, staff } from "./agencies.ts";

type Variables = Record<string, unknown>;

/** Calls the gateway as the agency staff `who`, with a development token like any partner system. */
function client(gatewayUrl: string) {
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (who: CallerClaims) => {
    const key = JSON.stringify(who);
    if (!tokens.has(key)) tokens.set(key, mintToken(who, { ttl: "10m" }));
    return tokens.get(key)!;
  };
  return async function call<T = any>(who: CallerClaims, query: string, variables: Variables = {}): Promise<T> {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenOf(who)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`demo data: ${body.errors.map((e) => e.message).join("; ")}`);
    return body.data as T;
  };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

/** Loads the demo unless the mediation centre already holds disputes; returns a summary, or null. */
export async function seedDemoIfEmpty(gatewayUrl: string): Promise<string | null> {
  const call = client(gatewayUrl);
  const existing = await call<{ disputes: { edges: unknown[] } }>(staff("joint-meeting", "", "demo-loader", ["reviewer"]), "{ disputes(first: 1) { edges { node { unifiedNumber } } } }");
  if (existing.disputes.edges.length > 0) return null;
  return seedDemo(gatewayUrl);
}

export async function seedDemo(gatewayUrl: string): Promise<string> {
  const call = client(gatewayUrl);
  const counts: Record<string, number> = {};
  const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);

  // --- mediation centre: committees and mediators -------------------------------------------
  const committeeDivision = new Map<string, string>();
  const committee = async (name: string, kind: string, divisionCode: string, industry?: string) => {
    const { createMediationCommittee } = await call(mediationCentre(divisionCode, "司法局管理员"), `mutation($input: CreateMediationCommitteeInput!) { createMediationCommittee(input: $input) { id } }`, {
      input: { name, kind, divisionCode, industry },
    });
    count("committees");
    committeeDivision.set(createMediationCommittee.id, divisionCode);
    return createMediationCommittee.id as string;
  };
  const mediator = async (committeeId: string, name: string, employment: string, grade: string, specialties: string[]) => {
    const { appointMediator } = await call(mediationCentre(committeeDivision.get(committeeId)!, "司法局管理员"), `mutation($input: AppointMediatorInput!) { appointMediator(input: $input) { id } }`, {
      input: { committeeId, name, employment, grade, specialties },
    });
    count("mediators");
    return appointMediator.id as string;
  };
  const yuxing = await committee("红塔区玉兴街道人民调解委员会", "TOWNSHIP_STREET", "530402");
  const hongtaMedical = await committee("红塔区医疗纠纷人民调解委员会", "INDUSTRY", "530402", "医疗卫生");
  const wenquan = await committee("咸安区温泉街道人民调解委员会", "TOWNSHIP_STREET", "421202");
  const zhanqian = await committee("站前区跃进街道人民调解委员会", "TOWNSHIP_STREET", "210802");
  const alar = await committee("阿拉尔市金银川路街道人民调解委员会", "TOWNSHIP_STREET", "659002");
  const meilan = await committee("美兰区白龙街道人民调解委员会", "TOWNSHIP_STREET", "460108");
  const longhuaVillage = await committee("龙华区新坡镇仁南村人民调解委员会", "VILLAGE", "460106");
  const mYang = await mediator(yuxing, "杨德华", "FULL_TIME", "PRINCIPAL", ["NEIGHBOURHOOD", "MARRIAGE_FAMILY", "LABOUR", "MIGRANT_WORKER_WAGES"]);
  const mZhang = await mediator(hongtaMedical, "张慧敏", "FULL_TIME", "SENIOR", ["MEDICAL"]);
  const mHu = await mediator(wenquan, "胡长林", "PART_TIME", "INTERMEDIATE", ["PROPERTY_MANAGEMENT", "CONTRACT"]);
  const mGao = await mediator(zhanqian, "高淑琴", "FULL_TIME", "SENIOR", ["MARRIAGE_FAMILY", "NEIGHBOURHOOD"]);
  const mAili = await mediator(alar, "艾力·买买提", "FULL_TIME", "INTERMEDIATE", ["LABOUR", "FOREST_LAND"]);
  const mFu = await mediator(meilan, "符少雄", "PART_TIME", "JUNIOR", ["TOURISM", "CONSUMER"]);
  await mediator(longhuaVillage, "王海燕", "PART_TIME", "JUNIOR", ["HOUSING_HOMESTEAD"]);

  // --- disputes registered at the centre and their mediation --------------------------------
  // Each case is worked on by the centre of its own district.
  const caseDivision = new Map<string, string>();
  const register = async (input: Variables) => {
    const { registerDispute } = await call(mediationCentre(String(input.divisionCode), "窗口受理"), `mutation($input: RegisterDisputeInput!) {
      registerDispute(input: $input) { unifiedNumber mediationCases { id } } }`, { input });
    count("disputes");
    caseDivision.set(registerDispute.mediationCases[0].id, String(input.divisionCode));
    return { unifiedNumber: registerDispute.unifiedNumber as string, caseId: registerDispute.mediationCases[0].id as string };
  };
  const mediatorAt = (caseId: string) => mediationCentre(caseDivision.get(caseId)!, "调解员");
  const accept = (id: string, mediatorId: string) =>
    call(mediatorAt(id), `mutation { acceptMediationCase(id: "${id}", mediatorId: "${mediatorId}") { id } }`);
  const start = (id: string) => call(mediatorAt(id), `mutation { startMediation(id: "${id}") { id } }`);
  const agree = async (id: string, terms: string, amount: string | null) => {
    const { recordMediationAgreement } = await call(mediatorAt(id), `mutation($input: MediationAgreementInput!) {
      recordMediationAgreement(id: "${id}", input: $input) { id } }`, { input: { terms, amount, hasPaymentObligation: amount !== null } });
    count("agreements");
    return recordMediationAgreement.id as string;
  };

  // 王建国 v 赵明: a neighbourhood dispute over a shared lane in 红塔区, mediated to agreement.
  const lane = await register({
    disputeType: "NEIGHBOURHOOD", divisionCode: "530402", amount: "8600.00", source: "WALK_IN", committeeId: yuxing, registeredAt: daysAgo(20),
    description: "王建国与赵明因相邻通道搭建彩钢棚引发通行纠纷,要求拆除并赔偿损失。",
    parties: [person(p.wangJianguo, "APPLICANT"), person(p.zhaoMing, "RESPONDENT")],
  });
  await accept(lane.caseId, mYang);
  await start(lane.caseId);
  const laneAgreement = await agree(lane.caseId, "赵明于十日内自行拆除彩钢棚,并一次性赔偿王建国损失人民币捌仟陆佰元。", "8600.00");

  // 李秀英 and other workers v the labour company: unpaid wages, mediation failed, on to arbitration.
  const wages = await register({
    disputeType: "MIGRANT_WORKER_WAGES", divisionCode: "530402", amount: "46800.00", source: "HOTLINE_12345", committeeId: yuxing, registeredAt: daysAgo(18),
    sourceReference: "12345-20261108-0419",
    description: "李秀英等6名农民工反映玉溪红塔建安劳务有限公司拖欠2026年7至9月工资共计46800元。",
    parties: [person(p.liXiuying, "APPLICANT"), org(orgs.labourCompany, "RESPONDENT")],
  });
  await accept(wages.caseId, mYang);
  await start(wages.caseId);
  await call(mediatorAt(wages.caseId), `mutation { recordMediationFailure(id: "${wages.caseId}", reason: "被申请人对工程量结算有异议,拒绝按申请人主张金额支付。") { id } }`);

  // A medical dispute, still in mediation.
  const medical = await register({
    disputeType: "MEDICAL", divisionCode: "530402", amount: "120000.00", source: "WALK_IN", committeeId: hongtaMedical, registeredAt: daysAgo(9),
    description: "赵明之父在某医院术后感染,家属认为院方存在过错,要求赔偿医疗费及误工费。",
    parties: [person(p.zhaoMing, "APPLICANT")],
  });
  await accept(medical.caseId, mZhang);
  await start(medical.caseId);

  // 陈桂花 v the property company in 咸安区: property fees, agreement without payment to notarise later.
  const property = await register({
    disputeType: "PROPERTY_MANAGEMENT", divisionCode: "421202", amount: "3200.00", source: "ONLINE", committeeId: wenquan, registeredAt: daysAgo(12),
    description: "陈桂花以电梯长期停运为由拒交物业费,物业公司要求补交2025年度物业费3200元。",
    parties: [person(p.chenGuihua, "APPLICANT"), org(orgs.propertyCompany, "RESPONDENT")],
  });
  await accept(property.caseId, mHu);
  await start(property.caseId);
  const propertyAgreement = await agree(property.caseId, "物业公司于三十日内修复电梯;陈桂花于电梯修复后五日内补交物业费叁仟贰佰元。", "3200.00");

  // 孙丽 v 周海洋 in 站前区: a family dispute, registered, not yet accepted.
  await register({
    disputeType: "MARRIAGE_FAMILY", divisionCode: "210802", source: "WALK_IN", committeeId: zhanqian, registeredAt: daysAgo(2),
    description: "孙丽与周海洋离婚后就子女探望时间及抚养费支付发生纠纷。",
    parties: [person(p.sunLi, "APPLICANT"), person(p.zhouHaiyang, "RESPONDENT")],
  });
  void mGao;

  // 马玉明 v 阿依古丽 in 阿拉尔市: a labour dispute over a season's cotton-picking pay, agreed.
  const cotton = await register({
    disputeType: "LABOUR", divisionCode: "659002", amount: "5400.00", source: "WALK_IN", committeeId: alar, registeredAt: daysAgo(40),
    description: "阿依古丽受雇于马玉明承包的棉田采摘,双方就计件工资标准发生争议。",
    parties: [person(p.aYiguli, "APPLICANT"), person(p.maYuming, "RESPONDENT")],
  });
  await accept(cotton.caseId, mAili);
  await start(cotton.caseId);
  await agree(cotton.caseId, "马玉明按每公斤2元标准结算,一次性支付阿依古丽采摘工资伍仟肆佰元。", "5400.00");

  // 吴美玲 and 杨帆 v the travel agency in 美兰区: a tourism dispute from a police call.
  const tour = await register({
    disputeType: "TOURISM", divisionCode: "460108", amount: "9800.00", source: "POLICE", committeeId: meilan, registeredAt: daysAgo(6),
    description: "吴美玲、杨帆参加旅行社组织的海南环岛游,行程被擅自变更并被要求额外购物。",
    parties: [person(p.wuMeiling, "APPLICANT"), person(p.yangFan, "APPLICANT"), org(orgs.travelAgency, "RESPONDENT")],
  });
  await accept(tour.caseId, mFu);

  // 符海涛 in 龙华区: a homestead dispute with a pilot-code cooperative (flagged, not refused).
  await register({
    disputeType: "HOUSING_HOMESTEAD", divisionCode: "460106", source: "WALK_IN", committeeId: longhuaVillage, registeredAt: daysAgo(1),
    description: "符海涛与合作社就宅基地边界及围墙建设发生争议。",
    parties: [person(p.fuHaitao, "APPLICANT"), org(orgs.pilotCooperative, "RESPONDENT")],
  });

  // --- court-mediation: referrals and a judicial confirmation -------------------------------
  const refer = async (input: Variables) => {
    const { referCaseToMediation } = await call(court(String(input.divisionCode), "立案庭"), `mutation($input: ReferCaseInput!) { referCaseToMediation(input: $input) { id } }`, { input });
    count("court referrals");
    return referCaseToMediation.id as string;
  };
  const laneReferral = await refer({
    kind: "DELEGATED", court: "玉溪市红塔区人民法院", divisionCode: "530402", judge: "李文", unifiedNumber: lane.unifiedNumber,
    caseNumber: "（2026）云0402诉前调1187号", disputeType: "NEIGHBOURHOOD", amount: "8600.00", referredAt: daysAgo(21),
    summary: "原告王建国诉被告赵明相邻关系纠纷,诉前委派玉兴街道人民调解委员会调解。",
    parties: [person(p.wangJianguo, "APPLICANT"), person(p.zhaoMing, "RESPONDENT")],
  });
  // The court records what the committee it referred to reports back.
  await call(court("530402", "立案庭"), `mutation { startReferralMediation(id: "${laneReferral}", mediationOrganisation: "红塔区玉兴街道人民调解委员会") { id } }`);
  await call(court("530402", "立案庭"), `mutation($r: ReferralResultInput!) { recordReferralSuccess(id: "${laneReferral}", result: $r) { id } }`, {
    r: { resultSummary: "双方达成调解协议:拆除彩钢棚并赔偿8600元。", agreedAmount: "8600.00" },
  });
  const confirmation = await call(court("530402", "诉讼服务中心"), `mutation($input: JudicialConfirmationInput!) { applyForJudicialConfirmation(input: $input) { id } }`, {
    input: {
      court: "玉溪市红塔区人民法院", divisionCode: "530402", unifiedNumber: lane.unifiedNumber, agreementId: laneAgreement,
      agreementTerms: "赵明于十日内自行拆除彩钢棚,并一次性赔偿王建国损失人民币捌仟陆佰元。", agreementAmount: "8600.00", agreementEffectiveAt: new Date().toISOString(),
      parties: [person(p.wangJianguo, "APPLICANT"), person(p.zhaoMing, "APPLICANT")],
    },
  });
  count("judicial confirmations");
  await call(court("530402", "李文"), `mutation { acceptJudicialConfirmation(id: "${confirmation.applyForJudicialConfirmation.id}", caseNumber: "（2026）云0402民特236号") { id } }`);
  await refer({
    kind: "ENTRUSTED", procedure: "SIMPLIFIED", court: "营口市站前区人民法院", divisionCode: "210802", judge: "刘晓东",
    caseNumber: "（2026）辽0802民初3521号", disputeType: "CONTRACT", amount: "23000.00", referredAt: daysAgo(10),
    summary: "原告周海洋诉被告孙丽民间借贷纠纷,立案后委托跃进街道人民调解委员会调解。",
    parties: [person(p.zhouHaiyang, "APPLICANT"), person(p.sunLi, "RESPONDENT")],
  });

  // --- petition-mediation -----------------------------------------------------------------
  const petition = async (input: Variables) => {
    const { registerPetition } = await call(petitionBureau(String(input.divisionCode), "登记"), `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`, { input });
    count("petitions");
    return registerPetition.id as string;
  };
  const wagePetition = await petition({
    form: "VISIT", divisionCode: "530402", disputeType: "MIGRANT_WORKER_WAGES", registeredAt: daysAgo(25),
    content: "李秀英来访反映:在玉溪红塔建安劳务有限公司承建工地务工,三个月工资未结算,要求协调解决。",
    petitioners: [person(p.liXiuying, "APPLICANT"), org(orgs.labourCompany, "RESPONDENT")],
  });
  await call(petitionBureau("530402", "办理"), `mutation { divertPetitionToMediation(id: "${wagePetition}", mediationOrganisation: "红塔区玉兴街道人民调解委员会", unifiedNumber: "${wages.unifiedNumber}", idempotencyKey: "${randomUUID()}") { id } }`);
  const lanePetition = await petition({
    form: "HOTLINE_12345", divisionCode: "530402", disputeType: "NEIGHBOURHOOD", registeredAt: daysAgo(28),
    content: "王建国来电反映邻居赵明在公共通道搭建彩钢棚,影响车辆通行,多次协商未果。",
    petitioners: [person(p.wangJianguo, "APPLICANT")],
  });
  await call(petitionBureau("530402", "办理"), `mutation { acceptPetition(id: "${lanePetition}") { id } }`);
  await call(petitionBureau("530402", "办理"), `mutation { replyToPetition(id: "${lanePetition}", reply: "经协调,已引导双方至玉兴街道人民调解委员会调解并达成协议。") { id } }`);
  await call(petitionBureau("530402", "回访"), `mutation { recordPetitionSatisfaction(id: "${lanePetition}", satisfaction: SATISFIED, note: "电话回访,信访人表示满意。") { id } }`);
  await petition({
    form: "ONLINE", divisionCode: "421202", disputeType: "PROPERTY_MANAGEMENT", registeredAt: daysAgo(4),
    content: "陈桂花网上信访反映小区电梯长期停运,物业公司不予维修却催缴物业费。",
    petitioners: [person(p.chenGuihua, "APPLICANT"), org(orgs.propertyCompany, "RESPONDENT")],
  });

  // --- police-mediation ---------------------------------------------------------------------
  const incident = async (input: Variables) => {
    const { reportIncident } = await call(police(String(input.divisionCode), "110指挥中心"), `mutation($input: ReportPoliceIncidentInput!) { reportIncident(input: $input) { id } }`, { input });
    count("police incidents");
    return reportIncident.id as string;
  };
  const laneIncident = await incident({
    incidentNumber: "J5304022026110300187", station: "玉溪市公安局红塔分局玉兴派出所", divisionCode: "530402", category: "NEIGHBOUR_QUARREL",
    disputeType: "NEIGHBOURHOOD", reportedAt: daysAgo(30), unifiedNumber: lane.unifiedNumber,
    narrative: "报警人王建国称邻居赵明搭建彩钢棚堵塞通道,双方发生口角推搡,无人受伤。",
    parties: [person(p.wangJianguo, "APPLICANT"), person(p.zhaoMing, "RESPONDENT")],
  });
  await call(police("530402", "玉兴派出所"), `mutation { referIncidentToMediationCenter(id: "${laneIncident}", mediationOrganisation: "红塔区玉兴街道人民调解委员会", unifiedNumber: "${lane.unifiedNumber}", idempotencyKey: "${randomUUID()}") { id } }`);
  const tourIncident = await incident({
    incidentNumber: "J4601082026111500932", station: "海口市公安局美兰分局白龙派出所", divisionCode: "460108", category: "CONSUMER_DISPUTE",
    disputeType: "TOURISM", reportedAt: daysAgo(7),
    narrative: "游客吴美玲、杨帆报警称导游强制购物并扣留行李,民警到场后行李已归还。",
    parties: [person(p.wuMeiling, "APPLICANT"), person(p.yangFan, "APPLICANT"), org(orgs.travelAgency, "RESPONDENT")],
  });
  await call(police("460108", "白龙派出所"), `mutation { scheduleIncidentMediation(id: "${tourIncident}") { id } }`);
  await call(police("460108", "白龙派出所民警陈磊"), `mutation($input: RecordIncidentSessionInput!) { recordIncidentSession(input: $input) { id } }`, {
    input: { incidentId: tourIncident, heldAt: daysAgo(6), officer: "陈磊", agreementReached: false, notes: "旅行社同意退还部分团费,游客要求全额退款,未达成一致。" },
  });
  await incident({
    incidentNumber: "J2108022026112000455", station: "营口市公安局站前分局跃进派出所", divisionCode: "210802", category: "FAMILY_DISPUTE",
    disputeType: "MARRIAGE_FAMILY", reportedAt: daysAgo(2),
    narrative: "孙丽报警称前夫周海洋在接孩子时与其争吵,情绪激动。",
    parties: [person(p.sunLi, "APPLICANT"), person(p.zhouHaiyang, "RESPONDENT")],
  });

  // --- arbitration: the wage dispute that mediation could not settle ------------------------
  const { applyForArbitration } = await call(arbitration("530402", "立案"), `mutation($input: ArbitrationApplicationInput!) { applyForArbitration(input: $input) { id } }`, {
    input: {
      kind: "LABOUR", commission: "玉溪市红塔区劳动人事争议仲裁委员会", divisionCode: "530402", disputeType: "MIGRANT_WORKER_WAGES",
      unifiedNumber: wages.unifiedNumber, disputeAroseAt: daysAgo(60), appliedAt: daysAgo(8),
      claims: [
        { description: "支付2026年7月至9月拖欠工资", amount: "46800.00" },
        { description: "支付拖欠工资期间的经济补偿", amount: "4680.00" },
      ],
      parties: [person(p.liXiuying, "APPLICANT"), org(orgs.labourCompany, "RESPONDENT")],
    },
  });
  count("arbitration cases");
  await call(arbitration("530402", "仲裁员"), `mutation { acceptArbitration(id: "${applyForArbitration.id}", caseNumber: "玉红劳人仲案字〔2026〕第215号") { id } }`);
  await call(arbitration("530402", "仲裁员"), `mutation { startArbitrationHearing(id: "${applyForArbitration.id}") { id } }`);

  // --- notary: the property agreement's payment, notarised with enforcement effect ----------
  const { applyForEnforceableNotarisation } = await call(notaryOffice("421202", "受理"), `mutation($input: NotarisationApplicationInput!) { applyForEnforceableNotarisation(input: $input) { id } }`, {
    input: {
      notaryOffice: "湖北省咸宁市咸安公证处", divisionCode: "421202", unifiedNumber: property.unifiedNumber, agreementId: propertyAgreement,
      debtTerms: "陈桂花于电梯修复后五日内向咸宁温泉物业服务有限公司支付物业费叁仟贰佰元,逾期愿受强制执行。",
      paymentAmount: "3200.00", paymentDueAt: new Date(Date.now() + 40 * 24 * 60 * 60 * 1000).toISOString(), debtorConsentToEnforcement: true,
      parties: [org(orgs.propertyCompany, "APPLICANT"), person(p.chenGuihua, "RESPONDENT")],
    },
  });
  count("notarisations");
  await call(notaryOffice("421202", "公证员"), `mutation { startNotarisationReview(id: "${applyForEnforceableNotarisation.id}") { id } }`);
  await call(notaryOffice("421202", "公证员"), `mutation { issueNotarialCertificate(id: "${applyForEnforceableNotarisation.id}", certificateNumber: "（2026）鄂咸安证字第1021号") { id } }`);

  return Object.entries(counts).map(([what, n]) => `${n} ${what}`).join(", ");
}

/** The demo's richest person, for the README and the start banner. */
export const DEMO_PERSON = p.wangJianguo;
