import { describe, expect, it } from "vitest";
import { monthWithBaseline, periodsOf } from "../../subgraphs/mediation-center/src/statistics/period.ts";

// Periods are China-time calendar spans: a day there starts at 16:00 UTC the day before.
const iso = (d: Date) => d.toISOString();

describe("statistics periods", () => {
  it("reads a month, with the month before (环比) and the same month a year earlier (同比)", () => {
    const p = periodsOf("2026-01", null, null);
    expect([p.current.label, iso(p.current.from), iso(p.current.to)]).toEqual(["2026-01", "2025-12-31T16:00:00.000Z", "2026-01-31T16:00:00.000Z"]);
    expect([p.previous.label, iso(p.previous.from), iso(p.previous.to)]).toEqual(["2025-12", "2025-11-30T16:00:00.000Z", "2025-12-31T16:00:00.000Z"]);
    expect([p.yearEarlier.label, iso(p.yearEarlier.from)]).toEqual(["2025-01", "2024-12-31T16:00:00.000Z"]);
    expect(p.previousShift).toBe("1 month");
  });

  it("reads a quarter and a year; the first quarter's previous one is last year's fourth", () => {
    const q = periodsOf("2026-Q1", null, null);
    expect([q.current.label, iso(q.current.from), iso(q.current.to)]).toEqual(["2026-Q1", "2025-12-31T16:00:00.000Z", "2026-03-31T16:00:00.000Z"]);
    expect([q.previous.label, iso(q.previous.from)]).toEqual(["2025-Q4", "2025-09-30T16:00:00.000Z"]);
    expect(q.yearEarlier.label).toBe("2025-Q1");
    const y = periodsOf("2026", null, null);
    expect([y.current.label, y.previous.label, y.yearEarlier.label, y.previousShift]).toEqual(["2026", "2025", "2025", "1 year"]);
  });

  it("reads a date range, both days included, with the range of as many days before it", () => {
    const p = periodsOf(null, "2026-11-01", "2026-11-10");
    expect([iso(p.current.from), iso(p.current.to)]).toEqual(["2026-10-31T16:00:00.000Z", "2026-11-10T16:00:00.000Z"]);
    expect(p.previous.label).toBe("2026-10-22..2026-10-31");
    expect(p.yearEarlier.label).toBe("2025-11-01..2025-11-10");
    expect(p.previousShift).toBe("10 days");
  });

  it("refuses what is not a period, with the field and what to write", () => {
    expect(() => periodsOf("2026-13", null, null)).toThrow(/filter.period: "2026-13" is not a month; write it as YYYY-MM/);
    expect(() => periodsOf("2026-Q0", null, null)).toThrow(/is not a period; write a month 2026-11, a quarter 2026-Q4 or a year 2026/);
    expect(() => periodsOf(null, "2026-11-10", "2026-11-01")).toThrow(/filter.to: .* the period is backwards/);
    expect(() => periodsOf(null, "2026-11-01", null)).toThrow(/say which period/);
    expect(() => periodsOf(null, "2020-01-01", "2025-01-01")).toThrow(/at most 5 years/);
    expect(() => periodsOf(null, "2020-01-01", "2024-12-31")).not.toThrow();
  });

  it("puts the warning baseline in the months just before", () => {
    const { current, baseline } = monthWithBaseline("month", "2026-02", 6);
    expect(iso(current.from)).toBe("2026-01-31T16:00:00.000Z");
    expect([baseline.label, iso(baseline.from), iso(baseline.to)]).toEqual(["2025-08..2026-01", "2025-07-31T16:00:00.000Z", "2026-01-31T16:00:00.000Z"]);
  });
});
