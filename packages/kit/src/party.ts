import { defineEntity, OptionalProps, p } from "@mikro-orm/core";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import type { HubContext } from "./context.ts";
import { groupByKey } from "./context.ts";
import { badInput } from "./errors.ts";
import { checkCreditCode, decryptField, encryptField, maskIdentifier, maskPhone, partyKeyOf } from "./ids.ts";
import { CreditCodeScalar, ResidentIdScalar } from "./scalars.ts";

export enum PartyKind {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
}
registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "Natural person (自然人) or organisation (法人/非法人组织).",
  valuesConfig: { PERSON: { description: "自然人, identified by resident ID" }, ORGANISATION: { description: "单位, identified by unified social credit code" } },
});

export enum PartyRole {
  APPLICANT = "APPLICANT",
  RESPONDENT = "RESPONDENT",
  THIRD_PARTY = "THIRD_PARTY",
}
registerEnumType(PartyRole, {
  name: "PartyRole",
  description: "A party's side in a case.",
  valuesConfig: {
    APPLICANT: { description: "申请人 / 信访人 / 报警人: the side that brought the matter" },
    RESPONDENT: { description: "被申请人: the other side" },
    THIRD_PARTY: { description: "第三人" },
  },
});

/**
 * A person or organisation across every agency (当事人). The gateway joins each channel's
 * records on `partyKey`, so one query returns the party's whole cross-agency history.
 */
@ObjectType({ description: "A party (当事人) across all agencies, identified by a keyed hash of its ID number or credit code, never the raw number." })
@Directive('@key(fields: "partyKey")')
export class Party {
  @Field(() => ID, { description: "HMAC of the normalised ID number or credit code under the hub's key; the same in every channel." })
  partyKey!: string;
}

/** A party as recorded on one case in one channel. */
@ObjectType({ description: "A party as recorded on one case in this channel. Identifiers are masked." })
@Directive("@shareable")
export class CaseParty {
  declare [OptionalProps]?: "id" | "phoneMasked" | "phoneEncrypted" | "identifierWarning";

  id!: string;
  caseType!: string;
  caseId!: string;

  @Field(() => PartyRole, { description: "The party's side in this case." })
  role!: PartyRole;

  @Field(() => PartyKind, { description: "Person or organisation." })
  kind!: PartyKind;

  @Field(() => String, { description: "Name (姓名 / 单位名称)." })
  name!: string;

  @Field(() => ID, { description: "Cross-agency key of the party; see Party." })
  partyKey!: string;

  @Field(() => String, { description: "ID number or credit code, masked: first 6 and last 4 characters (530402********1234)." })
  identifierMasked!: string;

  /** AES-GCM ciphertext of the raw identifier; never leaves the subgraph. */
  identifierEncrypted!: string;

  @Field(() => String, { nullable: true, description: "Phone number, masked: first 3 and last 4 digits (138****5678)." })
  phoneMasked?: string | null;

  phoneEncrypted?: string | null;

  @Field(() => String, { nullable: true, description: "Set when the credit code fails the GB 32100 check but was accepted as an early pilot code." })
  identifierWarning?: string | null;

  @Field(() => Party, { description: "The same party in every other agency." })
  party(): Party {
    return { partyKey: this.partyKey };
  }
}

export const CasePartySchema = defineEntity({
  class: CaseParty,
  tableName: "case_party",
  indexes: [{ properties: ["caseType", "caseId"] }, { properties: ["partyKey", "caseType"] }],
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    caseType: p.string().length(64),
    caseId: p.string().length(64),
    role: p.enum(() => PartyRole),
    kind: p.enum(() => PartyKind),
    name: p.string().length(200),
    partyKey: p.string().length(64),
    identifierMasked: p.string().length(32),
    identifierEncrypted: p.text(),
    phoneMasked: p.string().length(32).nullable(),
    phoneEncrypted: p.text().nullable(),
    identifierWarning: p.text().nullable(),
  },
});

@InputType({ description: "A party to register on a case. A person needs idNumber; an organisation needs creditCode." })
export class PartyInput {
  @Field(() => PartyRole, { description: "The party's side in this case." })
  role!: PartyRole;

  @Field(() => PartyKind, { description: "Person or organisation." })
  kind!: PartyKind;

  @Field(() => String, { description: "Name (姓名 / 单位名称), 1 to 100 characters." })
  name!: string;

  @Field(() => ResidentIdScalar, { nullable: true, description: "Resident ID number, required for a person." })
  idNumber?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true, description: "Unified social credit code, required for an organisation." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "Mobile (11 digits) or landline phone number." })
  phone?: string | null;
}

/**
 * Checks and records the parties of a new case. Raw identifiers are kept only encrypted; the
 * partyKey is what every agency matches on.
 */
export function addParties(ctx: HubContext, caseType: string, caseId: string, parties: PartyInput[], field = "parties"): CaseParty[] {
  if (parties.length === 0) throw badInput(field, "at least one party is required", "请至少填写一名当事人");
  if (parties.length > 50) throw badInput(field, "at most 50 parties per case", "每件案件最多 50 名当事人");
  return parties.map((input, i) => {
    const at = `${field}[${i}]`;
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) throw badInput(`${at}.name`, "must be 1 to 100 characters", `第 ${i + 1} 名当事人的姓名或名称应为 1 至 100 个字`);
    if (/[\u0000-\u001f\u007f]/.test(name)) throw badInput(`${at}.name`, "must not contain control characters", `第 ${i + 1} 名当事人的姓名或名称含有无法显示的控制字符`);
    let identifier: string;
    let warning: string | null = null;
    if (input.kind === PartyKind.PERSON) {
      if (!input.idNumber) throw badInput(`${at}.idNumber`, "a person needs a resident ID number", `请填写第 ${i + 1} 名当事人（自然人）的居民身份证号码`);
      if (input.creditCode) throw badInput(`${at}.creditCode`, "a person has no credit code; use idNumber", `第 ${i + 1} 名当事人是自然人，不填写统一社会信用代码，请填写居民身份证号码`);
      identifier = input.idNumber;
    } else {
      if (!input.creditCode) throw badInput(`${at}.creditCode`, "an organisation needs a unified social credit code", `请填写第 ${i + 1} 名当事人（单位）的统一社会信用代码`);
      if (input.idNumber) throw badInput(`${at}.idNumber`, "an organisation has no resident ID; use creditCode", `第 ${i + 1} 名当事人是单位，不填写居民身份证号码，请填写统一社会信用代码`);
      identifier = input.creditCode;
      warning = checkCreditCode(identifier).warning;
      if (warning) ctx.warnings.push(`${at}.creditCode: ${warning}`);
    }
    let phone: string | null = null;
    if (input.phone != null && input.phone !== "") {
      phone = input.phone.replace(/[\s-]/g, "");
      if (!/^(1\d{10}|0\d{9,11})$/.test(phone)) throw badInput(`${at}.phone`, "must be an 11-digit mobile number or a landline with area code", `第 ${i + 1} 名当事人的联系电话应为 11 位手机号码或带区号的固定电话`);
    }
    return ctx.em.create(CaseParty, {
      caseType,
      caseId,
      role: input.role,
      kind: input.kind,
      name,
      partyKey: partyKeyOf(input.kind === PartyKind.PERSON ? "RESIDENT_ID" : "CREDIT_CODE", identifier),
      identifierMasked: maskIdentifier(identifier),
      identifierEncrypted: encryptField(identifier),
      phoneMasked: phone ? maskPhone(phone) : null,
      phoneEncrypted: phone ? encryptField(phone) : null,
      identifierWarning: warning,
    });
  });
}

/** The parties of a case, batched across every case in the response. */
export function loadParties(ctx: HubContext, caseType: string, caseId: string): Promise<CaseParty[]> {
  return ctx
    .loader<string, CaseParty[]>(`parties:${caseType}`, async (ids) => {
      const rows = await ctx.em.find(CaseParty, { caseType, caseId: { $in: [...ids] } }, { orderBy: { role: "asc", name: "asc" } });
      return groupByKey(ids, rows, (row) => row.caseId);
    })
    .load(caseId);
}

/** This channel's cases of one entity in which a party appears: two SQL statements per batch of parties. */
export function loadCasesOfParty<T extends { id: string }>(
  ctx: HubContext,
  entity: new (...args: never[]) => T,
  caseType: string,
  partyKey: string,
): Promise<T[]> {
  return ctx
    .loader<string, T[]>(`party-case-rows:${caseType}`, async (keys) => {
      const links = await ctx.em.find(CaseParty, { caseType, partyKey: { $in: [...keys] } });
      const ids = [...new Set(links.map((l) => l.caseId))];
      const cases = ids.length ? await ctx.em.find(entity, { id: { $in: ids } } as never) : [];
      const byId = new Map(cases.map((c) => [c.id, c]));
      return groupByKey(keys, links, (l) => l.partyKey).map((list) =>
        [...new Set(list.map((l) => l.caseId))].map((id) => byId.get(id)).filter((c): c is T => c !== undefined),
      );
    })
    .load(partyKey);
}

/**
 * The parties of a case as inputs again, identifiers decrypted: what a handoff carries so the
 * receiving agency records the same people without anyone typing their numbers a second time.
 */
export async function partyInputsOf(ctx: HubContext, caseType: string, caseId: string): Promise<PartyInput[]> {
  const rows = await ctx.em.find(CaseParty, { caseType, caseId }, { orderBy: { role: "asc", name: "asc" } });
  return rows.map((row) => {
    const identifier = decryptField(row.identifierEncrypted);
    return {
      role: row.role,
      kind: row.kind,
      name: row.name,
      idNumber: row.kind === PartyKind.PERSON ? identifier : null,
      creditCode: row.kind === PartyKind.ORGANISATION ? identifier : null,
      phone: row.phoneEncrypted ? decryptField(row.phoneEncrypted) : null,
    };
  });
}
