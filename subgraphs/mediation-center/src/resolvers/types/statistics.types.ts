import { Channel, DisputeType, DivisionPrefixScalar, MoneyScalar } from "@hub/kit";
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { StatisticsGroup } from "../../statistics/queries.ts";

registerEnumType(StatisticsGroup, {
  name: "StatisticsGroup",
  description: "What statistics are broken down by (分组统计).",
  valuesConfig: {
    DIVISION: { description: "By division one level below the filter's (a province's cities, a city's counties; a county stays itself)." },
    DISPUTE_TYPE: { description: "By dispute type (纠纷类型)." },
    CHANNEL: { description: "By channel (对接渠道)." },
    MONTH: { description: "By calendar month in China time; a case counts in the month it was received or concluded." },
  },
});

@InputType({ description: "Which cases statistics count (统计范围). Give a period, or from and to dates." })
export class CaseStatisticsFilter {
  @Field(() => DivisionPrefixScalar, {
    nullable: true,
    description: "A division and everything in it (53 province, 5304 city, 530402 county); it must lie within your division scope. Default: your scope.",
  })
  division?: string | null;

  @Field(() => String, { nullable: true, description: "A month 2026-11, a quarter 2026-Q4 or a year 2026 (统计期), in China time." })
  period?: string | null;

  @Field(() => String, { nullable: true, description: "First day of a date range, YYYY-MM-DD in China time (instead of period)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Last day of a date range, included, YYYY-MM-DD in China time (instead of period)." })
  to?: string | null;

  @Field(() => [Channel], { nullable: true, description: "Only these channels (an agency may name its own only)." })
  channels?: Channel[] | null;

  @Field(() => [DisputeType], { nullable: true, description: "Only these dispute types." })
  disputeTypes?: DisputeType[] | null;
}

@ObjectType({ description: "A period statistics are counted over (统计期), as China-time instants [from, to)." })
export class StatisticsPeriod {
  @Field(() => String, { description: "How the period is named: 2026-11, 2026-Q4, 2026, or 2026-11-01..2026-11-30." })
  label!: string;

  @Field(() => Date, { description: "The period's first instant (00:00 China time of its first day)." })
  from!: Date;

  @Field(() => Date, { description: "The first instant after the period." })
  to!: Date;
}

@ObjectType({ description: "The figures of a group of cases in one period (统计指标)." })
export class CaseFigures {
  @Field(() => Int, { description: "受理: cases received (opened) in the period." })
  received!: number;

  @Field(() => Int, { description: "办结: cases concluded in the period, whenever received." })
  concluded!: number;

  @Field(() => Int, { description: "调解成功: cases concluded in the period with their channel's success (agreement, confirmation, certificate...)." })
  succeeded!: number;

  @Field(() => Float, { nullable: true, description: "调解成功率: succeeded ÷ concluded, 0 to 1 (four decimals); null when nothing concluded." })
  successRate!: number | null;

  @Field(() => MoneyScalar, { description: "涉案金额: total amount in dispute of the cases received, in yuan." })
  amountInvolved!: string;

  @Field(() => Int, { description: "涉案人数: parties of the cases received." })
  partiesInvolved!: number;

  @Field(() => Int, { description: "Cases received in the period that are still open now (在办)." })
  openNow!: number;

  @Field(() => Int, { description: "Cases received in the period that are open and past their deadline now (超期)." })
  overdueNow!: number;

  @Field(() => Float, {
    nullable: true,
    description: "按期办结率: of the cases concluded in the period that had a deadline, the share concluded by it (dueAt), 0 to 1; null when none had one.",
  })
  onTimeRate!: number | null;
}

@ObjectType({ description: "One group of the statistics, with its figures now, in the previous period (环比) and a year earlier (同比)." })
export class CaseStatisticsGroup {
  @Field(() => String, { nullable: true, description: "The division code, when grouped by DIVISION." })
  division!: string | null;

  @Field(() => String, { nullable: true, description: "The division's name, when grouped by DIVISION." })
  divisionName!: string | null;

  @Field(() => DisputeType, { nullable: true, description: "The dispute type, when grouped by DISPUTE_TYPE; null also for cases without one (a judicial confirmation, a notarisation)." })
  disputeType!: DisputeType | null;

  @Field(() => Channel, { nullable: true, description: "The channel, when grouped by CHANNEL." })
  channel!: Channel | null;

  @Field(() => String, { nullable: true, description: "The month YYYY-MM (China time), when grouped by MONTH." })
  month!: string | null;

  @Field(() => CaseFigures, { description: "The figures in the period asked for." })
  current!: CaseFigures;

  @Field(() => CaseFigures, { description: "环比: the same group in the previous period (for MONTH groups, the month that lies as far before)." })
  previousPeriod!: CaseFigures;

  @Field(() => CaseFigures, { description: "同比: the same group in the same period a year earlier." })
  yearEarlier!: CaseFigures;
}

@ObjectType({ description: "Case statistics across agencies (统计分析), counted from the mediation centre's case index." })
export class CaseStatistics {
  @Field(() => StatisticsPeriod, { description: "The period asked for." })
  period!: StatisticsPeriod;

  @Field(() => StatisticsPeriod, { description: "环比: the period just before, of the same length." })
  previousPeriod!: StatisticsPeriod;

  @Field(() => StatisticsPeriod, { description: "同比: the same period a year earlier." })
  yearEarlier!: StatisticsPeriod;

  @Field(() => [CaseStatisticsGroup], { description: "The groups, in the order of their keys; one group of everything when groupBy is empty." })
  groups!: CaseStatisticsGroup[];
}

@ObjectType({ description: "A case behind a warning, as the index knows it; the case itself is read from its channel." })
export class WarningCase {
  @Field(() => ID, { description: "The case's id in its owning subgraph." })
  caseId!: string;

  @Field(() => String, { description: "The kind of case, e.g. PoliceIncident, Petition." })
  caseType!: string;

  @Field(() => Channel, { description: "The channel that holds it." })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: "The agency's own number (案号, 信访件编号, 警情编号)." })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "The unified dispute number, when it has one." })
  unifiedNumber!: string | null;

  @Field(() => String, { description: "Where it is." })
  divisionCode!: string;

  @Field(() => Date, { description: "When it was received (受理)." })
  openedAt!: Date;
}

@ObjectType({ description: "预警: an early warning raised by a rule of the early-warning table, with its figures and the cases behind it." })
export class EarlyWarning {
  @Field(() => String, { description: "The rule that raised it, e.g. TYPE_RISE_OVER_BASELINE." })
  ruleId!: string;

  @Field(() => String, { description: "What the rule watches." })
  rule!: string;

  @Field(() => String, { description: "The county the warning is about." })
  division!: string;

  @Field(() => String, { nullable: true, description: "The county's name." })
  divisionName!: string | null;

  @Field(() => DisputeType, { description: "The dispute type that rose." })
  disputeType!: DisputeType;

  @Field(() => String, { description: "The month, YYYY-MM in China time." })
  month!: string;

  @Field(() => Int, { description: "Cases of the type received in the month." })
  thisMonth!: number;

  @Field(() => Float, { description: "The baseline: mean cases per month over the rule's previous months (two decimals)." })
  baselineMean!: number;

  @Field(() => Float, { nullable: true, description: "How far the month lies above the baseline, in percent (one decimal); null when the baseline is zero." })
  risePercent!: number | null;

  @Field(() => [WarningCase], { description: "The month's first cases behind the warning (at most the rule's sample size), oldest first." })
  cases!: WarningCase[];
}
