import {
  badInput, checkedId, conflict, findOrFail, type HubContext, loadById, loadManyBy, optionalText, pageSize, requireText, writeInTransaction,
  DivisionPrefixScalar, Access, requireWriteScope,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Mediator } from "../entities/mediator.entity.ts";
import { MediationCommitteeKind } from "../workflow/committee.workflow.ts";
import { AppointMediatorInput, CreateMediationCommitteeInput } from "./types/committee.inputs.ts";

function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id);
}

@Resolver(() => MediationCommittee)
export class MediationCommitteeResolver {
  @Authorized(Access.READ)
  @Query(() => MediationCommittee, { nullable: true, description: "One mediation committee by id." })
  mediationCommittee(@Arg("id", () => ID, { description: "Id of the committee." }) id: string, @Ctx() ctx: HubContext): Promise<MediationCommittee | null> {
    return loadById(ctx, MediationCommittee, checkedId("MediationCommittee", id));
  }

  @Authorized(Access.READ)
  @Query(() => [MediationCommittee], { description: "Mediation committees, by division and name; at most 100." })
  mediationCommittees(
    @Arg("divisionPrefix", () => DivisionPrefixScalar, { nullable: true, description: "Only committees inside this division (e.g. 5304 for 玉溪市)." }) divisionPrefix: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." }) first: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<MediationCommittee[]> {
    const where = divisionPrefix ? { divisionCode: { $like: `${divisionPrefix}%` } } : {};
    return ctx.em.find(MediationCommittee, where, { orderBy: { divisionCode: "asc", name: "asc", id: "asc" }, limit: pageSize("first", first) });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => MediationCommittee, { description: "Registers a people's mediation committee with the centre." })
  async createMediationCommittee(
    @Arg("input", () => CreateMediationCommitteeInput, { description: "The committee." }) input: CreateMediationCommitteeInput,
    @Ctx() ctx: HubContext,
  ): Promise<MediationCommittee> {
    requireWriteScope(ctx, `A committee of division ${input.divisionCode}`, input.divisionCode);
    const name = requireText("input.name", input.name, 200);
    const industry = optionalText("input.industry", input.industry, 100);
    if (input.kind === MediationCommitteeKind.INDUSTRY && industry === null) {
      throw badInput("input.industry", "an INDUSTRY (行业性专业性) committee must name its industry or field, e.g. 医疗纠纷");
    }
    if (input.kind !== MediationCommitteeKind.INDUSTRY && industry !== null) {
      throw badInput("input.industry", "only an INDUSTRY (行业性专业性) committee has an industry");
    }
    return writeInTransaction(ctx, async (tx) => {
      const same = await tx.em.count(MediationCommittee, { divisionCode: input.divisionCode, name });
      if (same > 0) throw conflict(`a committee named ${name} already exists in division ${input.divisionCode}`, { field: "input.name" });
      return tx.em.create(MediationCommittee, { name, kind: input.kind, industry, divisionCode: input.divisionCode });
    });
  }

  @FieldResolver(() => [Mediator], { description: "The committee's mediators, by name." })
  async mediators(@Root() committee: MediationCommittee, @Ctx() ctx: HubContext): Promise<Mediator[]> {
    return [...(await loadManyBy(ctx, Mediator, "committeeId", committee.id))].sort(byName);
  }
}

@Resolver(() => Mediator)
export class MediatorResolver {
  @Authorized(Access.READ)
  @Query(() => Mediator, { nullable: true, description: "One people's mediator by id." })
  mediator(@Arg("id", () => ID, { description: "Id of the mediator." }) id: string, @Ctx() ctx: HubContext): Promise<Mediator | null> {
    return loadById(ctx, Mediator, checkedId("Mediator", id));
  }

  @Authorized(Access.READ)
  @Query(() => [Mediator], { description: "People's mediators, by name; at most 100." })
  async mediators(
    @Arg("committeeId", () => ID, { nullable: true, description: "Only this committee's mediators; NOT_FOUND when the committee does not exist." }) committeeId: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." }) first: number | null,
    @Ctx() ctx: HubContext,
  ): Promise<Mediator[]> {
    const limit = pageSize("first", first);
    if (committeeId) await findOrFail(ctx, MediationCommittee, committeeId);
    return ctx.em.find(Mediator, committeeId ? { committeeId } : {}, { orderBy: { name: "asc", id: "asc" }, limit });
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Mediator, { description: "Appoints a people's mediator (聘任人民调解员) to a committee." })
  async appointMediator(
    @Arg("input", () => AppointMediatorInput, { description: "The mediator and the committee." }) input: AppointMediatorInput,
    @Ctx() ctx: HubContext,
  ): Promise<Mediator> {
    const name = requireText("input.name", input.name, 100);
    const specialties = [...new Set(input.specialties ?? [])];
    return writeInTransaction(ctx, async (tx) => {
      const committee = await findOrFail(tx, MediationCommittee, input.committeeId);
      requireWriteScope(tx, `MediationCommittee ${committee.id}`, committee.divisionCode);
      return tx.em.create(Mediator, { name, employment: input.employment, grade: input.grade, specialties, committeeId: committee.id });
    });
  }

  @FieldResolver(() => MediationCommittee, { description: "The committee the mediator serves on." })
  async committee(@Root() mediator: Mediator, @Ctx() ctx: HubContext): Promise<MediationCommittee> {
    return (await loadById(ctx, MediationCommittee, mediator.committeeId))!;
  }
}
