import {
  Access, audit, AuditAction, divisionName, DivisionPrefixScalar, divisionPrefixes, forbidden, type Channel, type DisputeType, type HubContext,
} from "@hub/kit";
import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { CaseQuery } from "../case-index/search.ts";
import { monthWithBaseline, periodsOf, type Span } from "../statistics/period.ts";
import { figures, StatisticsGroup, typeRises, type FigureRow } from "../statistics/queries.ts";
import { EARLY_WARNING_RULES } from "../workflow/early-warning.rules.ts";
import { ownIndexChannel, readableBy } from "./search.resolver.ts";
import {
  CaseFigures, CaseStatistics, CaseStatisticsFilter, CaseStatisticsGroup, EarlyWarning, StatisticsPeriod,
} from "./types/statistics.types.ts";

/**
 * What the caller may count: the search rules (joint-meeting staff every channel, an agency its
 * own; both within their scope), with a division or channel outside them refused rather than
 * silently counted as zero, so nobody mistakes "not yours" for "none".
 */
function scopedQuery(ctx: HubContext, field: string, division: string | null | undefined, channels: Channel[] | null | undefined): { query: CaseQuery; base: string } {
  const query: CaseQuery = readableBy(ctx);
  const prefixes = divisionPrefixes(ctx.caller);
  if (division) {
    if (prefixes && !prefixes.some((p) => division.startsWith(p))) {
      throw forbidden(
        `${field}: ${division} is outside your division scope (${prefixes.join(", ") || "none"}); ask for ${prefixes[0] ?? "a division in your scope"} or a division within it`,
        `行政区划 ${division} 不在本单位的管辖范围内，只能统计本单位管辖的行政区划`,
        { field },
      );
    }
    query.divisionPrefix = division;
  }
  if (channels?.length) {
    const refused = query.readableChannels ? channels.filter((c) => !query.readableChannels!.includes(c)) : [];
    if (refused.length) throw forbidden(`filter.channels: you may count your own channel's cases only, not ${refused.join(", ")}`, "只能统计本部门的案件", { field: "filter.channels" });
    query.channels = [...new Set(channels)].sort();
  }
  return { query, base: division ?? (prefixes?.length === 1 ? prefixes[0]! : "") };
}

function periodOf(span: Span): StatisticsPeriod {
  return { label: span.label, from: span.from, to: span.to };
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function figuresOf(row: FigureRow | undefined): CaseFigures {
  const n = (v: string | undefined) => Number(v ?? 0);
  const concluded = n(row?.concluded);
  return {
    received: n(row?.received),
    concluded,
    succeeded: n(row?.succeeded),
    successRate: rate(n(row?.succeeded), concluded),
    amountInvolved: row?.amount ?? "0.00",
    partiesInvolved: n(row?.parties),
    openNow: n(row?.open_now),
    overdueNow: n(row?.overdue_now),
    onTimeRate: rate(n(row?.on_time), n(row?.with_deadline)),
  };
}

/** 统计分析 and 预警研判 over the cross-agency case index. */
@Resolver()
export class StatisticsResolver {
  @Authorized(Access.READ)
  @Query(() => CaseStatistics, {
    description:
      "统计分析: cases received (受理), concluded (办结), succeeded and the success rate (调解成功率), amount (涉案金额) and parties involved, open and overdue now, on-time rate (按期办结率), grouped as asked, each with the previous period (环比) and a year earlier (同比). Counted in SQL from the case index, under the search rules: joint-meeting staff every channel, an agency its own; both within their division scope.",
  })
  async caseStatistics(
    @Arg("filter", () => CaseStatisticsFilter, { description: "Which cases and which period." }) filter: CaseStatisticsFilter,
    @Arg("groupBy", () => [StatisticsGroup], { nullable: true, description: "Break the figures down by these; none gives one group of everything." }) groupBy: StatisticsGroup[] | null,
    @Ctx() ctx: HubContext,
  ): Promise<CaseStatistics> {
    const periods = periodsOf(filter.period, filter.from, filter.to);
    const { query, base } = scopedQuery(ctx, "filter.division", filter.division, filter.channels);
    if (filter.disputeTypes?.length) query.disputeTypes = [...new Set(filter.disputeTypes)].sort();
    const groups = [...new Set(groupBy ?? [])];
    const divisionDigits = base.length < 2 ? 2 : base.length < 4 ? 4 : 6;
    const rows = await figures(ctx.em, query, periods, groups, divisionDigits);
    const byKey = new Map<string, FigureRow[]>();
    for (const row of rows) {
      const key = JSON.stringify([row.division, row.dispute_type, row.channel, row.month]);
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    if (byKey.size === 0 && groups.length === 0) byKey.set(JSON.stringify([null, null, null, null]), []);
    return {
      period: periodOf(periods.current),
      previousPeriod: periodOf(periods.previous),
      yearEarlier: periodOf(periods.yearEarlier),
      groups: [...byKey.entries()].map(([key, found]): CaseStatisticsGroup => {
        const [division, disputeType, channel, month] = JSON.parse(key) as (string | null)[];
        const inBucket = (b: number) => found.find((r) => r.bucket === b);
        return {
          division: division ?? null,
          divisionName: division ? (divisionName(division) ?? null) : null,
          disputeType: (disputeType ?? null) as DisputeType | null,
          channel: (channel ?? null) as Channel | null,
          month: month ?? null,
          current: figuresOf(inBucket(0)),
          previousPeriod: figuresOf(inBucket(1)),
          yearEarlier: figuresOf(inBucket(2)),
        };
      }),
    };
  }

  @Authorized(Access.READ)
  @Query(() => [EarlyWarning], {
    description:
      "预警研判: the warnings the early-warning rules raise for a division's counties in a month, largest rise first. Rule TYPE_RISE_OVER_BASELINE: a dispute type at least 50 % and 10 cases above the mean of its previous six months (thresholds in the rule table).",
  })
  async earlyWarnings(
    @Arg("division", () => DivisionPrefixScalar, { description: "A division within your scope (53, 5304, 530402); its counties are examined." }) division: string,
    @Arg("month", () => String, { description: "The month, YYYY-MM in China time, e.g. 2026-11." }) month: string,
    @Ctx() ctx: HubContext,
  ): Promise<EarlyWarning[]> {
    const rule = EARLY_WARNING_RULES.TYPE_RISE_OVER_BASELINE;
    const { current, baseline } = monthWithBaseline("month", month, rule.baselineMonths);
    const { query } = scopedQuery(ctx, "division", division, null);
    const rows = await typeRises(ctx.em, query, current, baseline, rule);
    const own = ownIndexChannel(ctx);
    const warnings = rows.map((row): EarlyWarning => {
      const thisMonth = Number(row.this_month);
      const mean = Number(row.baseline_total) / rule.baselineMonths;
      return {
        ruleId: rule.id,
        rule: rule.label,
        division: row.division,
        divisionName: divisionName(row.division) ?? null,
        disputeType: row.dispute_type as DisputeType,
        month: current.label,
        thisMonth,
        baselineMean: Math.round(mean * 100) / 100,
        risePercent: mean === 0 ? null : Math.round(((thisMonth - mean) / mean) * 1000) / 10,
        cases: (row.cases ?? []).map((c) => ({ ...c, channel: c.channel as Channel, openedAt: new Date(c.openedAt) })),
      };
    });
    // The listed cases of other agencies are cross-agency reads, as in search.
    await Promise.all(
      warnings.flatMap((w) => w.cases).filter((c) => c.channel !== own)
        .map((c) => audit(ctx, { action: AuditAction.READ, entityType: c.caseType, entityId: c.caseId, divisionCode: c.divisionCode })),
    );
    return warnings;
  }
}
