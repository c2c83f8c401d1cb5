import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { audit, AuditAction, AuditEntry, auditCursor, AuditLogFilter, AuditLogPage, parseAuditCursor } from "./audit.ts";
import { Access, notedDivision, scopeCondition } from "./authz.ts";
import type { HubContext } from "./context.ts";
import { badInput } from "./errors.ts";
import { camel } from "./handoff/resolvers.ts";
import { decryptField } from "./ids.ts";
import { CaseParty } from "./party.ts";
import { optionalText, pageSize } from "./text.ts";

/**
 * Unmasked identifiers and phone numbers of a case's parties. The case was already found readable
 * on the way here; unmasking needs more (the role unmask and a stated purpose) and is audited.
 */
@Resolver(() => CaseParty)
export class CasePartyUnmaskResolver {
  @Authorized(Access.UNMASK)
  @FieldResolver(() => String, {
    nullable: true,
    description: "The ID number or credit code, unmasked. Needs the role unmask and a stated purpose (request header x-hub-purpose), else FORBIDDEN; every read goes into this channel's audit log.",
  })
  async identifier(@Root() party: CaseParty, @Ctx() ctx: HubContext): Promise<string> {
    await audit(ctx, {
      action: AuditAction.UNMASK,
      entityType: party.caseType,
      entityId: party.caseId,
      field: "identifier",
      partyKey: party.partyKey,
      divisionCode: await notedDivision(ctx, party.caseType, party.caseId),
    });
    return decryptField(party.identifierEncrypted);
  }

  @Authorized(Access.UNMASK)
  @FieldResolver(() => String, {
    nullable: true,
    description: "The phone number, unmasked; null when none was given. Needs the role unmask and a stated purpose (x-hub-purpose), else FORBIDDEN; every read goes into this channel's audit log.",
  })
  async phone(@Root() party: CaseParty, @Ctx() ctx: HubContext): Promise<string | null> {
    if (!party.phoneEncrypted) return null;
    await audit(ctx, {
      action: AuditAction.UNMASK,
      entityType: party.caseType,
      entityId: party.caseId,
      field: "phone",
      partyKey: party.partyKey,
      divisionCode: await notedDivision(ctx, party.caseType, party.caseId),
    });
    return decryptField(party.phoneEncrypted);
  }
}

/** `<channel>AuditLog`: each channel's own audit log, for auditors, newest first, keyset-paged. */
export function auditLogResolvers(subgraph: string): Function[] {
  @Resolver()
  class AuditLogResolver {
    @Authorized(Access.AUDIT)
    @Query(() => AuditLogPage, {
      name: `${camel(subgraph)}AuditLog`,
      description: `${subgraph}'s audit log: unmasked, content and cross-agency reads of its records, newest first; auditors only, within their division scope.`,
    })
    async list(
      @Arg("filter", () => AuditLogFilter, { nullable: true, description: "Which entries to list." }) filter: AuditLogFilter | null,
      @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after: string | null,
      @Ctx() ctx: HubContext,
    ): Promise<AuditLogPage> {
      const limit = pageSize("first", first);
      const where: Record<string, unknown> = {};
      const subject = optionalText("filter.subject", filter?.subject, 200);
      const agencyId = optionalText("filter.agencyId", filter?.agencyId, 200);
      const entityType = optionalText("filter.entityType", filter?.entityType, 64);
      const entityId = optionalText("filter.entityId", filter?.entityId, 64);
      if (subject) where.subject = subject;
      if (agencyId) where.agencyId = agencyId;
      if (entityType) where.entityType = entityType;
      if (entityId) where.entityId = entityId;
      if (filter?.action) where.action = filter.action;
      const since = filter?.since ?? null;
      const until = filter?.until ?? null;
      if (since && until && since >= until) throw badInput("filter.until", "must be after filter.since", "截止时间应晚于起始时间");
      if (since || until) where.at = { ...(since ? { $gte: since } : {}), ...(until ? { $lt: until } : {}) };
      if (after) where.id = { $lt: parseAuditCursor("after", after) };
      const scope = scopeCondition(ctx.caller);
      const rows = await ctx.em.find(AuditEntry, scope ? { $and: [where, scope] } : where, { orderBy: { id: "desc" }, limit: limit + 1 });
      const entries = rows.slice(0, limit);
      const hasNextPage = rows.length > limit;
      return { entries, hasNextPage, endCursor: hasNextPage ? auditCursor(entries.at(-1)!.id) : null };
    }
  }
  return [AuditLogResolver];
}

/** What the kit adds to every subgraph for access control: unmasking and the audit log. */
export function accessResolvers(subgraph: string): Function[] {
  return [CasePartyUnmaskResolver, ...auditLogResolvers(subgraph)];
}
