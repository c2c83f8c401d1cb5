import { IncidentCategory } from "./incident.workflow.ts";

/**
 * Cases the police must not mediate (不适用治安调解), as data: a change in the rules is a change
 * to this list. Source: 《公安机关治安调解工作规范》(公通字〔2007〕81号) 第3条, which excludes
 * hired violence, gang fights and other 寻衅滋事, and repeated violations of public-order law.
 */
export const POLICE_MEDIATION_SOURCE = "公通字〔2007〕81号 第3条";

export interface PoliceMediationExclusion {
  /** Chinese wording of the excluded situation, as in the rule. */
  zh: string;
  /** English explanation for integration developers. */
  en: string;
}

/** Incident categories excluded from police mediation whatever the parties want. */
export const EXCLUDED_CATEGORIES: ReadonlyMap<IncidentCategory, PoliceMediationExclusion> = new Map([
  [IncidentCategory.HIRED_VIOLENCE, { zh: "雇凶伤害他人的，不适用治安调解", en: "hired violence (雇凶伤害) is excluded from police mediation" }],
  [IncidentCategory.GANG_FIGHT, { zh: "结伙斗殴的，不适用治安调解", en: "a gang fight (结伙斗殴) is excluded from police mediation" }],
  [IncidentCategory.PROVOCATION, { zh: "寻衅滋事的，不适用治安调解", en: "provocation / picking quarrels (寻衅滋事) is excluded from police mediation" }],
]);

/** A party who has violated public-order law repeatedly (多次违反治安管理) is excluded too. */
export const REPEAT_OFFENDER_EXCLUSION: PoliceMediationExclusion = {
  zh: "多次实施违反治安管理行为的，不适用治安调解",
  en: "a repeat offender against public-order law is excluded from police mediation",
};

export interface MediationEligibilityResult {
  eligible: boolean;
  reasons: string[];
  /** The same reasons as the rule words them, for the Chinese text of the refusal. */
  reasonsZh: string[];
}

function reasonOf(exclusion: PoliceMediationExclusion): string {
  return `${exclusion.zh} (${POLICE_MEDIATION_SOURCE}): ${exclusion.en}`;
}

/** Whether the police may mediate an incident, and every reason why not. */
export function mediationEligibility(category: IncidentCategory, repeatOffender: boolean): MediationEligibilityResult {
  const excluded = EXCLUDED_CATEGORIES.get(category);
  const exclusions = [...(excluded ? [excluded] : []), ...(repeatOffender ? [REPEAT_OFFENDER_EXCLUSION] : [])];
  return { eligible: exclusions.length === 0, reasons: exclusions.map(reasonOf), reasonsZh: exclusions.map((e) => e.zh) };
}
