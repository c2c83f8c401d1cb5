import {
  badInput, checkedId, conflict, findOrFail, type HubContext, loadById, loadManyBy, optionalText, pageSize, requireText, writeInTransaction,
  DivisionPrefixScalar, Access, requireWriteScope, AFTER_ARG, connectionType, FIRST_ARG, keysetPage, type ListOrder, type ListPage,
} from "@hub/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { MediationCommittee } from "../entities/committee.entity.ts";
import { Mediator } from "../entities/mediator.entity.ts";
import { MediationCommitteeKind } from "../workflow/committee.workflow.ts";
import { AppointMediatorInput, CreateMediationCommitteeInput } from "./types/committee.inputs.ts";

const COMMITTEE_ORDER: ListOrder = {
  list: "mediationCommittees",
  keys: [{ field: "divisionCode", direction: "asc", kind: "text" }, { field: "name", direction: "asc", kind: "text" }, { field: "id", direction: "asc", kind: "uuid" }],
};
const MediationCommitteeConnection = connectionType(MediationCommittee, {
  name: "MediationCommittee",
  item: "people's mediation committee (人民调解委员会)",
  order: "by division code, then name",
});

const MEDIATOR_ORDER: ListOrder = { list: "mediators", keys: [{ field: "name", direction: "asc", kind: "text" }, { field: "id", direction: "asc", kind: "uuid" }] };
const MediatorConnection = connectionType(Mediator, { name: "Mediator", item: "people's mediator (人民调解员)", order: "by name" });

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
  @Query(() => MediationCommitteeConnection, { description: "Mediation committees (人民调解委员会), by division and name, a page at a time." })
  mediationCommittees(
    @Arg("divisionPrefix", () => DivisionPrefixScalar, { nullable: true, description: "Only committees inside this division (e.g. 5304 for 玉溪市)." }) divisionPrefix: string | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<MediationCommittee>> {
    const where = divisionPrefix ? { divisionCode: { $like: `${divisionPrefix}%` } } : {};
    return keysetPage(ctx, MediationCommittee, where, COMMITTEE_ORDER, { first, after, filter: { divisionPrefix } });
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
      throw badInput("input.industry", "an INDUSTRY (行业性专业性) committee must name its industry or field, e.g. 医疗纠纷", "行业性、专业性人民调解委员会请填写所在行业或领域，如医疗纠纷");
    }
    if (input.kind !== MediationCommitteeKind.INDUSTRY && industry !== null) {
      throw badInput("input.industry", "only an INDUSTRY (行业性专业性) committee has an industry", "只有行业性、专业性人民调解委员会填写行业领域");
    }
    return writeInTransaction(ctx, async (tx) => {
      const same = await tx.em.count(MediationCommittee, { divisionCode: input.divisionCode, name });
      if (same > 0) throw conflict(`a committee named ${name} already exists in division ${input.divisionCode}`, `本行政区划内已有名为“${name}”的人民调解委员会`, { field: "input.name" });
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
  @Query(() => MediatorConnection, { description: "People's mediators (人民调解员), by name, a page at a time." })
  async mediators(
    @Arg("committeeId", () => ID, { nullable: true, description: "Only this committee's mediators; NOT_FOUND when the committee does not exist." }) committeeId: string | null,
    @Arg("first", () => Int, FIRST_ARG) first: number | null,
    @Arg("after", () => String, AFTER_ARG) after: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ListPage<Mediator>> {
    pageSize("first", first); // a bad page size is the first thing to say, before the committee is looked up
    if (committeeId) await findOrFail(ctx, MediationCommittee, committeeId);
    return keysetPage(ctx, Mediator, committeeId ? { committeeId } : {}, MEDIATOR_ORDER, { first, after, filter: { committeeId } });
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
