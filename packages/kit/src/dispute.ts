import { Directive, Field, ObjectType } from "type-graphql";

/**
 * A dispute as the channels other than the mediation centre see it: only its unified number
 * (统一纠纷编号). The mediation centre owns the dispute's intake data; each channel adds the
 * cases it holds under that number, so the gateway can follow a dispute across agencies.
 */
@ObjectType("Dispute", { description: "A dispute across every agency, keyed by its unified dispute number (统一纠纷编号)." })
@Directive('@key(fields: "unifiedNumber")')
export class DisputeReference {
  @Field(() => String, { description: "Unified dispute number minted at intake by the mediation centre, e.g. 530402-2026-000123." })
  unifiedNumber!: string;
}

/** Unified dispute numbers look like 530402-2026-000123: division, year, serial. */
export const UNIFIED_NUMBER_PATTERN = /^\d{6}-\d{4}-\d{6}$/;
