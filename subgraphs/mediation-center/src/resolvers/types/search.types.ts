import {
  Channel, CreditCodeScalar, DisputeType, DivisionPrefixScalar, INDEXED_CASE_TYPES, MoneyScalar, Party, PartyKind, PartyRole, ResidentIdScalar,
} from "@hub/kit";
import { createUnionType, Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { CaseSortOrder } from "../../case-index/search.ts";
import { Dispute } from "../../entities/dispute.entity.ts";
import { MediationCase } from "../../entities/mediation-case.entity.ts";

registerEnumType(CaseSortOrder, {
  name: "CaseSortOrder",
  description: "Order of search results.",
  valuesConfig: {
    NEWEST: { description: "Most recently opened first (default)." },
    OLDEST: { description: "Earliest opened first." },
    DUE_SOONEST: { description: "Nearest pending deadline first (most overdue at the top); cases with no pending deadline last." },
  },
});

@InputType({ description: "What to search for across every agency; all given conditions must hold." })
export class CaseSearchFilter {
  @Field(() => ResidentIdScalar, { nullable: true, description: "A person's resident ID number; only its party key is used, never stored." })
  idNumber?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true, description: "An organisation's unified social credit code; only its party key is used." })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: "Part of a party's name (当事人姓名), one character or more, e.g. 建国." })
  partyName?: string | null;

  @Field(() => DivisionPrefixScalar, { nullable: true, description: "A division and everything in it: 53 (province), 5304 (city) or 530402 (county)." })
  division?: string | null;

  @Field(() => [DisputeType], { nullable: true, description: "Any of these dispute types." })
  disputeTypes?: DisputeType[] | null;

  @Field(() => [Channel], { nullable: true, description: "Any of these channels." })
  channels?: Channel[] | null;

  @Field(() => [String], { nullable: true, description: "Any of these kinds of case, e.g. Petition, CourtReferral (see IndexedCase.caseType)." })
  caseTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Any of these statuses of the case in its own channel, e.g. REFERRED, MEDIATING." })
  statuses?: string[] | null;

  @Field(() => String, { nullable: true, description: "Only cases of this unified dispute number." })
  unifiedNumber?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only cases past their pending legal deadline (超期)." })
  overdueOnly?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Opened at or after this time." })
  openedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Opened before this time." })
  openedBefore?: Date | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute at least this many yuan." })
  amountMin?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute at most this many yuan." })
  amountMax?: string | null;
}

@ObjectType({ description: "A party of an indexed case: name and side only; identifiers stay in the owning channel." })
export class IndexedParty {
  @Field(() => String, { description: "Name (姓名 / 单位名称)." })
  name!: string;

  @Field(() => PartyRole, { description: "The party's side in the case." })
  role!: PartyRole;

  @Field(() => PartyKind, { description: "Person or organisation." })
  kind!: PartyKind;

  @Field(() => Party, { description: "The same party across all agencies (their whole history)." })
  party!: Party;
}

/** A reference to a case another subgraph owns: the gateway fetches its fields from that subgraph. */
function caseReference(typeName: string, label: string) {
  @ObjectType(typeName, { description: `${label}, owned by another channel; its fields come from that channel.` })
  @Directive('@key(fields: "id", resolvable: false)')
  class CaseReference {
    @Field(() => ID, { description: "Id of the case in its channel." })
    id!: string;
  }
  return CaseReference;
}

const CENTRE_TYPES = new Set(["Dispute", "MediationCase"]);
const references = INDEXED_CASE_TYPES.filter((t) => !CENTRE_TYPES.has(t.caseType)).map((t) => caseReference(t.caseType, t.label));

export const ChannelCase = createUnionType({
  name: "ChannelCase",
  description: "A case in whichever channel holds it, read live from that channel.",
  types: () => [Dispute, MediationCase, ...references] as const,
  resolveType: (value) => (value instanceof Dispute ? "Dispute" : value instanceof MediationCase ? "MediationCase" : (value as unknown as { __typename: string }).__typename),
});

@ObjectType({ description: "A case of any channel as the cross-agency index holds it (跨部门案件索引); `case` reads the current details from its owner." })
export class IndexedCase {
  @Field(() => ID, { description: "Id of the case in its channel." })
  caseId!: string;

  @Field(() => String, { description: "Kind of case, the GraphQL type in its channel, e.g. CourtReferral." })
  caseType!: string;

  @Field(() => Channel, { description: "The channel that holds the case." })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: "Unified dispute number, once the case is linked to a registered dispute." })
  unifiedNumber?: string | null;

  @Field(() => String, { nullable: true, description: "The agency's own number: court case number (案号), petition number, 110 incident number." })
  reference?: string | null;

  @Field(() => String, { description: "The agency handling the case: court, bureau, police station, committee, commission, notary office." })
  agency!: string;

  @Field(() => String, { description: "A short description for result lists (no petition content or police narrative)." })
  title!: string;

  @Field(() => DisputeType, { nullable: true, description: "Dispute type, where the channel records one." })
  disputeType?: DisputeType | null;

  @Field(() => String, { description: "Division code where the case is handled." })
  divisionCode!: string;

  @Field(() => String, { description: "Name of the division, e.g. 云南省 玉溪市 红塔区." })
  divisionName!: string;

  @Field(() => String, { description: "Status in the channel's own workflow, e.g. MEDIATING." })
  status!: string;

  @Field(() => Date, { description: "When the case was opened (registered, referred, reported, applied for)." })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: "The pending legal deadline while the agency owes the next step." })
  dueAt?: Date | null;

  @Field(() => Boolean, { description: "Whether the pending deadline has passed (超期)." })
  overdue!: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount in dispute (涉案金额), yuan." })
  amount?: string | null;

  @Field(() => [IndexedParty], { description: "The parties." })
  parties!: IndexedParty[];

  @Field(() => Date, { description: "When the index last heard from the owning channel about this case." })
  indexedAt!: Date;
}

@ObjectType({ description: "One search result and the cursor to continue after it." })
export class IndexedCaseEdge {
  @Field(() => String, { description: "Opaque cursor; pass it as `after` to get the results that follow." })
  cursor!: string;

  @Field(() => IndexedCase, { description: "The case." })
  node!: IndexedCase;
}

@ObjectType("CaseSearchPageInfo", { description: "Where this page stands in the result list." })
export class CaseSearchPageInfo {
  @Field(() => Boolean, { description: "Whether more results follow this page." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the last result on this page; null when the page is empty." })
  endCursor?: string | null;
}

@ObjectType({ description: "A page of cross-agency search results (Relay connection, keyset cursors)." })
export class IndexedCaseConnection {
  @Field(() => [IndexedCaseEdge], { description: "The results of this page, in the requested order." })
  edges!: IndexedCaseEdge[];

  @Field(() => CaseSearchPageInfo, { description: "Whether more results follow, and the cursor to get them." })
  pageInfo!: CaseSearchPageInfo;

  /** The checked query, for totalCount (counted only when asked for). */
  query!: unknown;
}

@ObjectType({ description: "One step in a dispute's path across agencies: a case opened or moved, or a handoff offered or answered." })
export class DisputeStep {
  @Field(() => Date, { description: "When the step was recorded." })
  at!: Date;

  @Field(() => Channel, { description: "The channel that recorded it." })
  channel!: Channel;

  @Field(() => String, { description: "Kind of record: a case type such as Petition, or Handoff." })
  caseType!: string;

  @Field(() => ID, { description: "Id of the case or handoff." })
  caseId!: string;

  @Field(() => String, { description: "What happened, e.g. register, accept, offer, accepted, completed." })
  action!: string;

  @Field(() => String, { nullable: true, description: "Status before the step." })
  fromStatus?: string | null;

  @Field(() => String, { description: "Status after the step." })
  toStatus!: string;

  @Field(() => String, { description: "Who acted." })
  actor!: string;

  @Field(() => String, { nullable: true, description: "Reason or remark given with the step." })
  note?: string | null;
}

