import type { EntityManager } from "@mikro-orm/postgresql";
import { where, type CaseQuery } from "../case-index/search.ts";
import type { TypeRiseRule } from "../workflow/early-warning.rules.ts";
import type { Periods, Span } from "./period.ts";

export enum StatisticsGroup {
  DIVISION = "DIVISION",
  DISPUTE_TYPE = "DISPUTE_TYPE",
  CHANNEL = "CHANNEL",
  MONTH = "MONTH",
}

/**
 * Intake registrations (Dispute) are left out: each is counted as the case it became (a mediation
 * case, a referral...), so a dispute is not counted twice in one channel.
 */
const COUNTED = `case_type <> 'Dispute'`;

/** One group's raw figures in one of the three periods (0 current, 1 previous, 2 a year earlier). */
export interface FigureRow {
  bucket: number;
  division: string | null;
  dispute_type: string | null;
  channel: string | null;
  month: string | null;
  received: string;
  concluded: string;
  succeeded: string;
  amount: string;
  parties: string;
  open_now: string;
  overdue_now: string;
  with_deadline: string;
  on_time: string;
}

/**
 * Every group's figures in the three periods in one statement: each case is one "received" event
 * at opened_at and, once concluded, one "concluded" event at concluded_at; events are matched to
 * the periods they fall in and counted with GROUP BY. A case of the previous period is labelled
 * with the month it corresponds to in the current one (shifted), so MONTH groups line up.
 */
export async function figures(em: EntityManager, query: CaseQuery, periods: Periods, groupBy: StatisticsGroup[], divisionDigits: number): Promise<FigureRow[]> {
  const { clauses, params } = where(query);
  const spans: Span[] = [periods.current, periods.previous, periods.yearEarlier];
  const earliest = new Date(Math.min(...spans.map((s) => s.from.getTime())));
  const latest = new Date(Math.max(...spans.map((s) => s.to.getTime())));
  const key = (group: StatisticsGroup, sql: string) => (groupBy.includes(group) ? sql : "null::text");
  const keys = [
    `${key(StatisticsGroup.DIVISION, `left(ev.division_code, ${divisionDigits})`)} as division`,
    `${key(StatisticsGroup.DISPUTE_TYPE, "ev.dispute_type")} as dispute_type`,
    `${key(StatisticsGroup.CHANNEL, "ev.channel")} as channel`,
    `${key(StatisticsGroup.MONTH, `to_char((ev.at at time zone 'Asia/Shanghai') + b.shift, 'YYYY-MM')`)} as month`,
  ];
  return em.execute<FigureRow[]>(
    `with buckets(bucket, from_at, to_at, shift) as (
       values (0, ?::timestamptz, ?::timestamptz, '0 days'::interval), (1, ?::timestamptz, ?::timestamptz, ?::interval),
              (2, ?::timestamptz, ?::timestamptz, '1 year'::interval)),
     base as (
       select division_code, dispute_type, channel, opened_at, concluded_at, succeeded, amount, parties, due_at, deadline_at from indexed_case
       where ${[...clauses, COUNTED].join(" and ")}
         and ((opened_at >= ? and opened_at < ?) or (concluded_at >= ? and concluded_at < ?))),
     ev as (
       select base.*, true as received, opened_at as at from base
       union all select base.*, false as received, concluded_at as at from base where concluded_at is not null)
     select b.bucket, ${keys.join(", ")},
       count(*) filter (where ev.received) as received,
       count(*) filter (where not ev.received) as concluded,
       count(*) filter (where not ev.received and ev.succeeded) as succeeded,
       (coalesce(sum(ev.amount) filter (where ev.received), 0))::numeric(16, 2)::text as amount,
       coalesce(sum(jsonb_array_length(ev.parties)) filter (where ev.received), 0) as parties,
       count(*) filter (where ev.received and ev.concluded_at is null) as open_now,
       count(*) filter (where ev.received and ev.concluded_at is null and ev.due_at < now()) as overdue_now,
       count(*) filter (where not ev.received and ev.deadline_at is not null) as with_deadline,
       count(*) filter (where not ev.received and ev.deadline_at is not null and ev.concluded_at <= ev.deadline_at) as on_time
     from ev join buckets b on ev.at >= b.from_at and ev.at < b.to_at
     group by 1, 2, 3, 4, 5
     order by 2, 3, 4, 5, 1`,
    [
      periods.current.from, periods.current.to, periods.previous.from, periods.previous.to, periods.previousShift,
      periods.yearEarlier.from, periods.yearEarlier.to,
      ...params, earliest, latest, earliest, latest,
    ],
  );
}

export interface RiseRow {
  division: string;
  dispute_type: string;
  this_month: string;
  baseline_total: string;
  cases: { caseId: string; caseType: string; channel: string; reference: string | null; unifiedNumber: string | null; divisionCode: string; openedAt: string }[];
}

/**
 * Rule TYPE_RISE_OVER_BASELINE in one statement: each county's count of a dispute type this month
 * against the mean of the months before, thresholds applied in HAVING, the first cases listed.
 */
export async function typeRises(em: EntityManager, query: CaseQuery, current: Span, baseline: Span, rule: TypeRiseRule): Promise<RiseRow[]> {
  const { clauses, params } = where(query);
  const inMonth = `opened_at >= ?::timestamptz`;
  const thisMonth = `count(*) filter (where ${inMonth})`;
  const mean = `(count(*) filter (where opened_at < ?::timestamptz))::numeric / ${rule.baselineMonths}`;
  return em.execute<RiseRow[]>(
    `select left(division_code, 6) as division, dispute_type, ${thisMonth} as this_month,
       count(*) filter (where opened_at < ?::timestamptz) as baseline_total,
       to_jsonb(((array_agg(jsonb_build_object('caseId', case_id, 'caseType', case_type, 'channel', channel, 'reference', reference,
         'unifiedNumber', unified_number, 'divisionCode', division_code, 'openedAt', opened_at) order by opened_at, case_id) filter (where ${inMonth})))[1:${rule.sampleCases}]) as cases
     from indexed_case
     where ${[...clauses, COUNTED, "dispute_type is not null"].join(" and ")} and opened_at >= ? and opened_at < ?
     group by 1, 2
     having ${thisMonth} - ${mean} >= ? and (${mean} = 0 or (${thisMonth} - ${mean}) * 100 >= ? * ${mean})
     order by 3 desc, 1, 2`,
    [
      current.from, current.from, current.from,
      ...params, baseline.from, current.to,
      current.from, current.from, rule.minExcessCases, current.from, current.from, current.from, rule.minRisePercent, current.from,
    ],
  );
}
