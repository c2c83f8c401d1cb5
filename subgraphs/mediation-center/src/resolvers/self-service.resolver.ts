import {
  Access, badInput, checkCreditCode, normaliseCreditCode, normaliseResidentId, PartyKind, residentIdProblem, writeInTransaction, type HubContext, type PartyInput,
} from "@hub/kit";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { DisputeSource } from "../workflow/dispute.workflow.ts";
import { SELF_SERVICE_RULES } from "../workflow/self-service.rules.ts";
import { registerDisputeIntake } from "./intake.ts";
import { ApplicantPartyInput, ApplyForMediationInput, MediationApplication } from "./types/self-service.types.ts";

// 群众端 (issue 13): what a member of the public does without an agency account. The gateway lets
// a request without a token through only for these operations (gateway/src/public-operations.ts).
// Its messages were Chinese from the start; messageZh repeats them, but for the identifier
// problem, which the kit words in each language.

/** Plain text of a party's form field: trimmed, required, at most `max` characters; messages in Chinese, naming the field. */
function formText(field: string, label: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `请填写${label}`, `请填写${label}`);
  if (text.length > max) throw badInput(field, `${label}最多 ${max} 个字，现有 ${text.length} 个字`, `${label}最多 ${max} 个字，现有 ${text.length} 个字`);
  return text;
}

/**
 * A party of the form as the intake takes it. Identifiers are checked here rather than by the
 * ResidentId / CreditCode scalars, so that a person typing on a phone gets a Chinese message
 * naming the field instead of a variable-coercion error.
 */
function applicantParty(input: ApplicantPartyInput, at: string): PartyInput {
  const idNumber = input.idNumber?.trim() || null;
  const creditCode = input.creditCode?.trim() || null;
  if (input.kind === PartyKind.PERSON) {
    if (!idNumber) throw badInput(`${at}.idNumber`, "请填写当事人的居民身份证号码", "请填写当事人的居民身份证号码");
    const problem = residentIdProblem(idNumber);
    if (problem) throw badInput(`${at}.idNumber`, `居民身份证号码有误（${problem.en}），请核对后重新填写`, `居民身份证号码有误（${problem.zh}），请核对后重新填写`);
    if (creditCode) throw badInput(`${at}.creditCode`, "自然人不填写统一社会信用代码", "自然人不填写统一社会信用代码");
    return { role: input.role, kind: input.kind, name: input.name, idNumber: normaliseResidentId(idNumber), creditCode: null, phone: input.phone ?? null };
  }
  if (!creditCode) throw badInput(`${at}.creditCode`, "请填写单位的统一社会信用代码", "请填写单位的统一社会信用代码");
  const { problem } = checkCreditCode(creditCode);
  if (problem) throw badInput(`${at}.creditCode`, `统一社会信用代码有误（${problem.en}），请核对后重新填写`, `统一社会信用代码有误（${problem.zh}），请核对后重新填写`);
  if (idNumber) throw badInput(`${at}.idNumber`, "单位不填写居民身份证号码", "单位不填写居民身份证号码");
  return { role: input.role, kind: input.kind, name: input.name, idNumber: null, creditCode: normaliseCreditCode(creditCode), phone: input.phone ?? null };
}

@Resolver()
export class SelfServiceResolver {
  @Authorized(Access.PUBLIC)
  @Mutation(() => MediationApplication, {
    description:
      "Applies for people's mediation online (在线申请调解), without an agency account: registers the dispute at the centre's unified intake (统一受理) as source ONLINE, with its parties, and answers its unified dispute number. Bad input is refused with BAD_USER_INPUT and a Chinese message naming the field; nothing is written then.",
  })
  async applyForMediation(
    @Arg("input", () => ApplyForMediationInput, { description: "The application: parties, dispute type, place, what happened and what is asked for." }) input: ApplyForMediationInput,
    @Ctx() ctx: HubContext,
  ): Promise<MediationApplication> {
    const { minParties, maxParties, maxFactsLength, maxRequestLength } = SELF_SERVICE_RULES;
    if (input.parties.length < minParties) throw badInput("input.parties", "请至少填写一名当事人（申请人本人）", "请至少填写一名当事人（申请人本人）");
    if (input.parties.length > maxParties) throw badInput("input.parties", `当事人最多 ${maxParties} 名`, `当事人最多 ${maxParties} 名`);
    const parties = input.parties.map((p, i) => applicantParty(p, `input.parties[${i}]`));
    const facts = formText("input.facts", "事实经过", input.facts, maxFactsLength);
    const request = formText("input.request", "申请事项", input.request, maxRequestLength);
    const { dispute } = await writeInTransaction(ctx, (tx) =>
      registerDisputeIntake(tx, {
        disputeType: input.disputeType,
        divisionCode: input.divisionCode,
        description: `事实经过：${facts}\n申请事项：${request}`,
        source: DisputeSource.ONLINE,
        parties,
        note: "当事人网上申请",
      }),
    );
    return {
      unifiedNumber: dispute.unifiedNumber,
      registeredAt: dispute.registeredAt,
      nextStep: "调解中心将在受理后指派人民调解委员会；请凭统一纠纷编号和本人身份证号码查询进度",
    };
  }
}
