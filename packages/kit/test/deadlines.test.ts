import { describe, expect, it } from "vitest";
import {
  LEGAL_TIME_LIMITS,
  addCalendarMonths,
  addWorkingDays,
  dueDate,
  endOfChinaDay,
  isOverdue,
  holidayCalendarKnows,
  isWorkingDay,
  workingDayBefore,
  workingDaysDue,
  type TimeLimit,
  type TimeLimitName,
} from "../src/deadlines.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const rows = Object.entries(LEGAL_TIME_LIMITS) as [TimeLimitName, TimeLimit][];

/** The instant, written as China Standard Time wall-clock time: "YYYY-MM-DDTHH:mm:ss.sss". */
function chinaClock(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 23);
}

/** Day of the week (0 = Sunday) of an instant in China Standard Time. Independent of isWorkingDay. */
function chinaWeekday(at: Date): number {
  return new Date(at.getTime() + CHINA_OFFSET_MS).getUTCDay();
}

/** The last millisecond of a China calendar day, written out by hand. */
const endOf = (day: string): string => `${day}T23:59:59.999+08:00`;
const iso = (at: string): string => new Date(at).toISOString();

// March 2024 has no public holidays, so weekend-only working days agree with the real calendar there.
// March 2024:  Mon 4 · Tue 5 · Wed 6 · Thu 7 · Fri 8 · Sat 9 · Sun 10 · Mon 11 · ...
const FRIDAY = new Date("2024-03-08T10:00:00+08:00");
const SATURDAY = new Date("2024-03-09T10:00:00+08:00");
const MONDAY = new Date("2024-03-04T09:00:00+08:00");

describe("LEGAL_TIME_LIMITS", () => {
  it("matches the deadline table of DOMAIN.md, plus the 15 days to sue against a labour award (Art 48) it lacks", () => {
    const summary = Object.fromEntries(rows.map(([name, l]) => [name, [l.amount, l.unit, l.extension ?? 0]]));
    expect(summary).toEqual({
      PEOPLES_MEDIATION: [1, "MONTHS", 0],
      COURT_DELEGATED_MEDIATION: [30, "CALENDAR_DAYS", 0],
      COURT_ENTRUSTED_MEDIATION_ORDINARY: [15, "CALENDAR_DAYS", 0],
      COURT_ENTRUSTED_MEDIATION_SIMPLIFIED: [7, "CALENDAR_DAYS", 0],
      JUDICIAL_CONFIRMATION_APPLICATION: [30, "CALENDAR_DAYS", 0],
      JUDICIAL_CONFIRMATION_ACCEPTANCE: [3, "CALENDAR_DAYS", 0],
      JUDICIAL_CONFIRMATION_DECISION: [15, "CALENDAR_DAYS", 10],
      COURT_FILING_DECISION: [7, "CALENDAR_DAYS", 0],
      PETITION_ACCEPTANCE: [15, "CALENDAR_DAYS", 0],
      PETITION_HANDLING: [60, "CALENDAR_DAYS", 30],
      PETITION_REVIEW_REQUEST: [30, "CALENDAR_DAYS", 0],
      PETITION_REVIEW_ANSWER: [30, "CALENDAR_DAYS", 0],
      PETITION_REREVIEW_REQUEST: [30, "CALENDAR_DAYS", 0],
      PETITION_REREVIEW_ANSWER: [30, "CALENDAR_DAYS", 0],
      POLICE_FIRST_SESSION: [3, "WORKING_DAYS", 0],
      POLICE_SECOND_SESSION: [7, "WORKING_DAYS", 0],
      LABOUR_MEDIATION: [15, "CALENDAR_DAYS", 0],
      LABOUR_ARBITRATION_LIMITATION: [12, "MONTHS", 0],
      ARBITRATION_ACCEPTANCE: [5, "CALENDAR_DAYS", 0],
      LABOUR_AWARD_SUIT: [15, "CALENDAR_DAYS", 0],
      ARBITRATION_AWARD: [45, "CALENDAR_DAYS", 15],
      HANDOFF_ACCEPTANCE: [3, "WORKING_DAYS", 0],
      NOTARY_REVIEW: [15, "WORKING_DAYS", 0],
    });
  });

  it("gives every row a rule and a source", () => {
    for (const [, limit] of rows) {
      expect(limit.rule.length).toBeGreaterThan(0);
      expect(limit.source.length).toBeGreaterThan(0);
      expect(Number.isInteger(limit.amount) && limit.amount > 0).toBe(true);
    }
  });
});

describe("dueDate", () => {
  const starts = [
    FRIDAY,
    SATURDAY,
    MONDAY,
    new Date("2023-01-31T12:00:00+08:00"),
    new Date("2024-12-31T23:59:00+08:00"),
    new Date("2024-03-08T17:00:00Z"), // Saturday 01:00 China time, still Friday in UTC
  ];

  it.each(rows.map(([name]) => name))(
    "%s ends at 23:59:59.999 China time of a working day after the start, and extension never shortens it",
    (name) => {
      for (const from of starts) {
        const due = dueDate(name, from);
        const extended = dueDate(name, from, true);
        expect(due.getTime()).toBeGreaterThan(from.getTime());
        expect(extended.getTime()).toBeGreaterThanOrEqual(due.getTime());
        for (const at of [due, extended]) {
          expect(chinaClock(at).slice(11)).toBe("23:59:59.999");
          expect(isWorkingDay(at)).toBe(true);
        }
      }
    },
  );

  it("does not modify the start date", () => {
    const from = new Date(FRIDAY);
    for (const [name] of rows) dueDate(name, from, true);
    expect(from.getTime()).toBe(FRIDAY.getTime());
  });

  it("30 calendar days from Saturday 2024-02-10 15:30 end at the end of Monday 2024-03-11 (leap February)", () => {
    // The starting day is not counted: day 1 is 11 Feb, day 19 is 29 Feb, day 30 is 11 Mar.
    const from = new Date("2024-02-10T15:30:00+08:00");
    expect(dueDate("COURT_DELEGATED_MEDIATION", from).toISOString()).toBe(iso(endOf("2024-03-11")));
    expect(dueDate("COURT_DELEGATED_MEDIATION", from).toISOString()).toBe("2024-03-11T15:59:59.999Z");
  });

  it("gives the hand-computed due date of every row for a case started on Friday 2024-03-08 10:00", () => {
    // [last day before any roll-forward] → due day; and the same for the extended period.
    const expected: Record<TimeLimitName, [string, string]> = {
      PEOPLES_MEDIATION: ["2024-04-08", "2024-04-08"], // 8 Apr (Mon)
      COURT_DELEGATED_MEDIATION: ["2024-04-07", "2024-04-07"], // Sun 7 Apr 2024 was a 清明 调休 working day
      COURT_ENTRUSTED_MEDIATION_ORDINARY: ["2024-03-25", "2024-03-25"], // 23 Mar is a Saturday → Mon 25 Mar
      COURT_ENTRUSTED_MEDIATION_SIMPLIFIED: ["2024-03-15", "2024-03-15"], // Fri 15 Mar
      JUDICIAL_CONFIRMATION_APPLICATION: ["2024-04-07", "2024-04-07"], // Sun 7 Apr: 调休 working day
      JUDICIAL_CONFIRMATION_ACCEPTANCE: ["2024-03-11", "2024-03-11"], // Mon 11 Mar
      JUDICIAL_CONFIRMATION_DECISION: ["2024-03-25", "2024-04-02"], // Sat 23 Mar → Mon 25; +25 days: Tue 2 Apr
      COURT_FILING_DECISION: ["2024-03-15", "2024-03-15"], // Fri 15 Mar
      PETITION_ACCEPTANCE: ["2024-03-25", "2024-03-25"], // Sat 23 Mar → Mon 25 Mar
      PETITION_HANDLING: ["2024-05-07", "2024-06-06"], // +60: Tue 7 May; +90: Thu 6 Jun
      PETITION_REVIEW_REQUEST: ["2024-04-07", "2024-04-07"],
      PETITION_REVIEW_ANSWER: ["2024-04-07", "2024-04-07"],
      PETITION_REREVIEW_REQUEST: ["2024-04-07", "2024-04-07"],
      PETITION_REREVIEW_ANSWER: ["2024-04-07", "2024-04-07"],
      POLICE_FIRST_SESSION: ["2024-03-13", "2024-03-13"], // Mon 11, Tue 12, Wed 13
      POLICE_SECOND_SESSION: ["2024-03-19", "2024-03-19"], // 11–15, 18, Tue 19
      LABOUR_MEDIATION: ["2024-03-25", "2024-03-25"], // Sat 23 Mar → Mon 25 Mar
      LABOUR_ARBITRATION_LIMITATION: ["2025-03-10", "2025-03-10"], // 8 Mar 2025 is a Saturday → Mon 10 Mar
      ARBITRATION_ACCEPTANCE: ["2024-03-13", "2024-03-13"], // Wed 13 Mar
      LABOUR_AWARD_SUIT: ["2024-03-25", "2024-03-25"], // +15: Sat 23 Mar → Mon 25 Mar
      ARBITRATION_AWARD: ["2024-04-22", "2024-05-07"], // +45: Mon 22 Apr; +60: Tue 7 May
      HANDOFF_ACCEPTANCE: ["2024-03-13", "2024-03-13"], // Mon 11, Tue 12, Wed 13
      NOTARY_REVIEW: ["2024-03-29", "2024-03-29"], // 11–15, 18–22, 25–Fri 29
    };
    const actual = Object.fromEntries(
      rows.map(([name]) => [name, [chinaClock(dueDate(name, FRIDAY)), chinaClock(dueDate(name, FRIDAY, true))]]),
    );
    expect(actual).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([name, [due, extended]]) => [name, [`${due}T23:59:59.999`, `${extended}T23:59:59.999`]]),
      ),
    );
  });

  describe("calendar days (the starting day is not counted)", () => {
    it("ends at the end of the last day, whatever the time of day of the start", () => {
      // Monday 4 March: day 1 is Tue 5, day 3 is Thu 7.
      for (const from of ["2024-03-04T00:00:00+08:00", "2024-03-04T09:00:00+08:00", "2024-03-04T23:59:59.999+08:00"]) {
        expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date(from)).toISOString()).toBe(iso(endOf("2024-03-07")));
      }
      // One millisecond later it is Tuesday in China, so the period ends a day later.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-05T00:00:00+08:00")).toISOString()).toBe(
        iso(endOf("2024-03-08")),
      );
    });

    it("counts China days, not UTC days", () => {
      // 2024-03-04T20:00Z is Tuesday 5 March 04:00 in China: 3 days later is Friday 8 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-04T20:00:00Z")).toISOString()).toBe(
        "2024-03-08T15:59:59.999Z",
      );
      // 2024-03-04T15:59:59.999Z is still Monday 4 March in China: Thursday 7 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-04T15:59:59.999Z")).toISOString()).toBe(
        "2024-03-07T15:59:59.999Z",
      );
    });

    it("keeps a last day that is a working day, up to its last millisecond", () => {
      // Tuesday 5 March 23:30 + 3 days = Friday 8 March 23:30: no roll-forward, ends 29 minutes later.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-05T23:30:00+08:00")).toISOString()).toBe(
        iso(endOf("2024-03-08")),
      );
      // 7 days from Friday 8 March: Friday 15 March.
      expect(dueDate("COURT_ENTRUSTED_MEDIATION_SIMPLIFIED", FRIDAY).toISOString()).toBe(iso(endOf("2024-03-15")));
    });
  });

  describe("roll-forward of a last day that is not a working day", () => {
    it("moves a Saturday to the following Monday", () => {
      // Wednesday 6 March + 3 days = Saturday 9 March → Monday 11 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-06T10:00:00+08:00")).toISOString()).toBe(
        iso(endOf("2024-03-11")),
      );
      // Friday 8 March + 15 days = Saturday 23 March → Monday 25 March.
      expect(dueDate("LABOUR_MEDIATION", FRIDAY).toISOString()).toBe(iso(endOf("2024-03-25")));
    });

    it("moves a Sunday to the following Monday", () => {
      // Thursday 7 March + 3 days = Sunday 10 March → Monday 11 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-07T10:00:00+08:00")).toISOString()).toBe(
        iso(endOf("2024-03-11")),
      );
      // Friday 8 March + 30 days = Sunday 7 April, which in 2024 was the 清明 make-up working day: it stays.
      expect(dueDate("PETITION_REVIEW_ANSWER", FRIDAY).toISOString()).toBe(iso(endOf("2024-04-07")));
    });

    it("decides the weekend by the China date", () => {
      // 2024-03-05T17:00Z is Wednesday 6 March 01:00 in China. +3 days is Saturday 9 March in China
      // (though still Friday 8 March in UTC), so the period rolls to Monday 11 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-05T17:00:00Z")).toISOString()).toBe(
        "2024-03-11T15:59:59.999Z",
      );
      // 2024-03-05T15:00Z is Tuesday 5 March 23:00 in China. +3 days is Friday 8 March: no roll.
      expect(dueDate("JUDICIAL_CONFIRMATION_ACCEPTANCE", new Date("2024-03-05T15:00:00Z")).toISOString()).toBe(
        "2024-03-08T15:59:59.999Z",
      );
    });
  });

  describe("working days", () => {
    it("ends at the end of the 3rd working day: from a Friday, Wednesday", () => {
      expect(dueDate("POLICE_FIRST_SESSION", FRIDAY).toISOString()).toBe(iso(endOf("2024-03-13")));
    });

    it("counts 3 working days from a Saturday or a Sunday to Wednesday", () => {
      expect(dueDate("POLICE_FIRST_SESSION", SATURDAY).toISOString()).toBe(iso(endOf("2024-03-13")));
      expect(dueDate("POLICE_FIRST_SESSION", new Date("2024-03-10T18:00:00+08:00")).toISOString()).toBe(
        iso(endOf("2024-03-13")),
      );
    });

    it("does not count the starting working day: 3 working days from a Thursday end on Tuesday", () => {
      // Thursday 7 March 23:00 China (15:00Z): Fri 8, Mon 11, Tue 12.
      expect(dueDate("POLICE_FIRST_SESSION", new Date("2024-03-07T15:00:00Z")).toISOString()).toBe(iso(endOf("2024-03-12")));
    });

    it("counts from the China date across the UTC day boundary", () => {
      // 2024-03-07T17:00Z is Friday 8 March 01:00 in China: Mon 11, Tue 12, Wed 13.
      expect(dueDate("POLICE_FIRST_SESSION", new Date("2024-03-07T17:00:00Z")).toISOString()).toBe("2024-03-13T15:59:59.999Z");
      // 2024-03-08T17:00Z is Saturday 9 March 01:00 in China: also Wednesday 13 March.
      expect(dueDate("POLICE_FIRST_SESSION", new Date("2024-03-08T17:00:00Z")).toISOString()).toBe("2024-03-13T15:59:59.999Z");
    });

    it("counts 7 working days from a Monday to the Wednesday of the next week", () => {
      // Tue 5, Wed 6, Thu 7, Fri 8, Mon 11, Tue 12, Wed 13.
      expect(dueDate("POLICE_SECOND_SESSION", MONDAY).toISOString()).toBe(iso(endOf("2024-03-13")));
    });

    it("counts 15 working days for NOTARY_REVIEW", () => {
      // From Monday 4 March: 5–8 (4), 11–15 (9), 18–22 (14), Monday 25 (15).
      expect(dueDate("NOTARY_REVIEW", MONDAY).toISOString()).toBe(iso(endOf("2024-03-25")));
    });
  });

  describe("months", () => {
    it("ends at the end of the corresponding day of the next month", () => {
      expect(dueDate("PEOPLES_MEDIATION", new Date("2024-03-15T10:00:00+08:00")).toISOString()).toBe(iso(endOf("2024-04-15")));
    });

    it("ends on the last day of February from 31 January (28 in 2023, 29 in 2024)", () => {
      expect(dueDate("PEOPLES_MEDIATION", new Date("2023-01-31T12:00:00+08:00")).toISOString()).toBe(iso(endOf("2023-02-28")));
      expect(dueDate("PEOPLES_MEDIATION", new Date("2024-01-31T12:00:00+08:00")).toISOString()).toBe(iso(endOf("2024-02-29")));
    });

    it("keeps a clamped end of February on a make-up Saturday, rolls a plain Sunday to Monday", () => {
      // 28 February 2026 is a Saturday worked for 春节 (调休): the period ends that day.
      expect(dueDate("PEOPLES_MEDIATION", new Date("2026-01-31T12:00:00+08:00")).toISOString()).toBe(iso(endOf("2026-02-28")));
      // 28 February 2027 is a Sunday → Monday 1 March 2027.
      expect(dueDate("PEOPLES_MEDIATION", new Date("2027-01-31T12:00:00+08:00")).toISOString()).toBe(iso(endOf("2027-03-01")));
    });

    it("rolls a corresponding day in a holiday to the next working day, a make-up Sunday included", () => {
      // Wednesday 6 March → Saturday 6 April (清明 2024) → Sunday 7 April, worked as 调休.
      expect(dueDate("PEOPLES_MEDIATION", new Date("2024-03-06T10:00:00+08:00")).toISOString()).toBe(iso(endOf("2024-04-07")));
      // Wednesday 13 March → Saturday 13 April (an ordinary weekend) → Monday 15 April.
      expect(dueDate("PEOPLES_MEDIATION", new Date("2024-03-13T10:00:00+08:00")).toISOString()).toBe(iso(endOf("2024-04-15")));
    });

    it("rolls a month over the year end", () => {
      // Tuesday 31 December 2024 → Friday 31 January 2025, inside 春节 (28 Jan–4 Feb) → Wednesday 5 February.
      expect(dueDate("PEOPLES_MEDIATION", new Date("2024-12-31T12:00:00+08:00")).toISOString()).toBe(iso(endOf("2025-02-05")));
    });

    // Formerly KNOWN BUG tests: addCalendarMonths counted UTC days while the hub's calendar is China time.
    it("one month from 1 March 03:00 China time ends at the end of Monday 1 April China time", () => {
      const from = new Date("2024-03-01T03:00:00+08:00"); // 2024-02-29T19:00Z
      expect(dueDate("PEOPLES_MEDIATION", from).toISOString()).toBe(iso(endOf("2024-04-01")));
      expect(dueDate("PEOPLES_MEDIATION", from).toISOString()).toBe("2024-04-01T15:59:59.999Z");
    });

    it("one month from 1 July 03:00 China time ends at the end of Thursday 1 August, not Wednesday 31 July", () => {
      // Counted in UTC days (30 June 19:00Z + 1 month) the last day would be 31 July in China. Unlike
      // the 1 March case above, where the wrong answer (Saturday 30 March) rolls to the same Monday,
      // this one tells the two apart even with the roll-forward.
      const from = new Date("2024-07-01T03:00:00+08:00"); // 2024-06-30T19:00Z
      expect(dueDate("PEOPLES_MEDIATION", from).toISOString()).toBe(iso(endOf("2024-08-01")));
    });

    it("one month from 31 January 01:00 China time ends at the end of Thursday 29 February China time", () => {
      const from = new Date("2024-01-31T01:00:00+08:00"); // 2024-01-30T17:00Z
      expect(dueDate("PEOPLES_MEDIATION", from).toISOString()).toBe(iso(endOf("2024-02-29")));
      expect(dueDate("PEOPLES_MEDIATION", from).toISOString()).toBe("2024-02-29T15:59:59.999Z");
    });
  });

  describe("extension", () => {
    const from = new Date("2024-03-01T09:00:00+08:00"); // Friday

    it("adds the extension when extended", () => {
      // 15 days: Saturday 16 March → Monday 18 March; 25 days: Tuesday 26 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_DECISION", from, false).toISOString()).toBe(iso(endOf("2024-03-18")));
      expect(dueDate("JUDICIAL_CONFIRMATION_DECISION", from, true).toISOString()).toBe(iso(endOf("2024-03-26")));
      // 60 days: Tuesday 30 April; 90 days: Thursday 30 May.
      expect(dueDate("PETITION_HANDLING", from, false).toISOString()).toBe(iso(endOf("2024-04-30")));
      expect(dueDate("PETITION_HANDLING", from, true).toISOString()).toBe(iso(endOf("2024-05-30")));
      // 45 days: Monday 15 April; 60 days: Tuesday 30 April.
      expect(dueDate("ARBITRATION_AWARD", from, false).toISOString()).toBe(iso(endOf("2024-04-15")));
      expect(dueDate("ARBITRATION_AWARD", from, true).toISOString()).toBe(iso(endOf("2024-04-30")));
    });

    it("adds the extension days before the roll-forward, not to the rolled due date", () => {
      // 15 + 10 days from Friday 1 March is Tuesday 26 March, not (Monday 18 March + 10 days =) Thursday 28 March.
      expect(dueDate("JUDICIAL_CONFIRMATION_DECISION", from, true).toISOString()).not.toBe(iso(endOf("2024-03-28")));
      // Tuesday 5 March: 15 days is Wednesday 20 March; 25 days is Saturday 30 March → Monday 1 April.
      const tuesday = new Date("2024-03-05T09:00:00+08:00");
      expect(dueDate("JUDICIAL_CONFIRMATION_DECISION", tuesday, false).toISOString()).toBe(iso(endOf("2024-03-20")));
      expect(dueDate("JUDICIAL_CONFIRMATION_DECISION", tuesday, true).toISOString()).toBe(iso(endOf("2024-04-01")));
    });

    it("does not change rows without an extension", () => {
      for (const [name] of rows.filter(([, l]) => l.extension === undefined)) {
        for (const start of starts) expect(dueDate(name, start, true).getTime()).toBe(dueDate(name, start).getTime());
      }
    });
  });
});

describe("endOfChinaDay", () => {
  it("returns 23:59:59.999 China time of the same China day", () => {
    expect(endOfChinaDay(new Date("2024-03-08T10:00:00+08:00")).toISOString()).toBe("2024-03-08T15:59:59.999Z");
    expect(endOfChinaDay(new Date("2024-02-29T12:00:00+08:00")).toISOString()).toBe("2024-02-29T15:59:59.999Z");
  });

  it("decides the day in China time, not UTC", () => {
    // Midnight in China is 16:00 UTC of the previous UTC day.
    expect(endOfChinaDay(new Date("2024-03-08T00:00:00+08:00")).toISOString()).toBe("2024-03-08T15:59:59.999Z");
    expect(endOfChinaDay(new Date("2024-03-07T16:00:00Z")).toISOString()).toBe("2024-03-08T15:59:59.999Z");
    // 15:59:59.999 UTC is the last millisecond of the China day: unchanged.
    expect(endOfChinaDay(new Date("2024-03-07T15:59:59.999Z")).toISOString()).toBe("2024-03-07T15:59:59.999Z");
    // Late in the UTC day is already the next China day.
    expect(endOfChinaDay(new Date("2024-03-07T23:00:00Z")).toISOString()).toBe("2024-03-08T15:59:59.999Z");
  });

  it("crosses month and year ends in China time", () => {
    // 2024-12-31T20:00Z is 1 January 2025 04:00 in China.
    expect(endOfChinaDay(new Date("2024-12-31T20:00:00Z")).toISOString()).toBe("2025-01-01T15:59:59.999Z");
    // 2024-02-29T18:00Z is 1 March 02:00 in China.
    expect(endOfChinaDay(new Date("2024-02-29T18:00:00Z")).toISOString()).toBe("2024-03-01T15:59:59.999Z");
  });

  it("returns a new Date and does not modify its argument", () => {
    const at = new Date("2024-03-08T10:00:00+08:00");
    const end = endOfChinaDay(at);
    expect(end).not.toBe(at);
    expect(at.toISOString()).toBe("2024-03-08T02:00:00.000Z");
    const last = new Date("2024-03-08T15:59:59.999Z");
    expect(endOfChinaDay(last)).not.toBe(last);
  });
});

describe("isWorkingDay (China Standard Time)", () => {
  it("treats Monday to Friday as working days and the weekend as not", () => {
    expect(isWorkingDay(new Date("2024-03-04T12:00:00+08:00"))).toBe(true); // Monday
    expect(isWorkingDay(new Date("2024-03-08T12:00:00+08:00"))).toBe(true); // Friday
    expect(isWorkingDay(new Date("2024-03-09T12:00:00+08:00"))).toBe(false); // Saturday
    expect(isWorkingDay(new Date("2024-03-10T12:00:00+08:00"))).toBe(false); // Sunday
  });

  it("decides by the China date, not the UTC date", () => {
    // Friday 17:00 UTC is already Saturday 01:00 in China.
    expect(isWorkingDay(new Date("2024-03-08T17:00:00Z"))).toBe(false);
    // Sunday 17:00 UTC is Monday 01:00 in China.
    expect(isWorkingDay(new Date("2024-03-10T17:00:00Z"))).toBe(true);
    // Friday 23:59 China time is still Friday.
    expect(isWorkingDay(new Date("2024-03-08T23:59:59+08:00"))).toBe(true);
    // Monday 00:00 China time is Sunday 16:00 UTC.
    expect(isWorkingDay(new Date("2024-03-11T00:00:00+08:00"))).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("keeps the time of day: 1 working day from Friday 10:00 is Monday 10:00", () => {
    expect(addWorkingDays(FRIDAY, 1).toISOString()).toBe(iso("2024-03-11T10:00:00+08:00"));
    expect(addWorkingDays(FRIDAY, 3).toISOString()).toBe(iso("2024-03-13T10:00:00+08:00"));
  });

  it("counts in China time across the UTC day boundary", () => {
    // Saturday 01:00 China time (Friday 17:00 UTC): the first working day is Monday 01:00 China time.
    const from = new Date("2024-03-08T17:00:00Z");
    expect(addWorkingDays(from, 1).toISOString()).toBe("2024-03-10T17:00:00.000Z");
  });

  it("returns the start for zero days, as a copy", () => {
    const result = addWorkingDays(FRIDAY, 0);
    expect(result.getTime()).toBe(FRIDAY.getTime());
    expect(result).not.toBe(FRIDAY);
  });

  it("lands only on working days", () => {
    for (let n = 1; n <= 20; n++) expect(isWorkingDay(addWorkingDays(SATURDAY, n))).toBe(true);
  });

  it("adds 5 working days as one week", () => {
    expect(addWorkingDays(MONDAY, 5).getTime() - MONDAY.getTime()).toBe(7 * DAY_MS);
  });
});

describe("addCalendarMonths", () => {
  it("clamps to the end of shorter months", () => {
    const from = new Date("2023-08-31T04:00:00Z"); // 12:00 China time
    expect(addCalendarMonths(from, 1).toISOString()).toBe("2023-09-30T04:00:00.000Z");
    expect(addCalendarMonths(from, 2).toISOString()).toBe("2023-10-31T04:00:00.000Z");
    expect(addCalendarMonths(new Date("2024-01-31T04:00:00Z"), 2).toISOString()).toBe("2024-03-31T04:00:00.000Z");
    // 29 February + 12 months is 28 February.
    expect(addCalendarMonths(new Date("2024-02-29T04:00:00Z"), 12).toISOString()).toBe("2025-02-28T04:00:00.000Z");
  });

  it("keeps the time of day and does not modify its argument", () => {
    const from = new Date("2024-05-15T06:07:08.009Z");
    expect(addCalendarMonths(from, 12).toISOString()).toBe("2025-05-15T06:07:08.009Z");
    expect(from.toISOString()).toBe("2024-05-15T06:07:08.009Z");
  });

  it("computes the calendar in China time, not UTC", () => {
    // 1 March 03:00 China (29 February 19:00 UTC) → 1 April 03:00 China.
    expect(addCalendarMonths(new Date("2024-03-01T03:00:00+08:00"), 1).toISOString()).toBe("2024-03-31T19:00:00.000Z");
    // 31 January 01:00 China (30 January 17:00 UTC) → 29 February 01:00 China.
    expect(addCalendarMonths(new Date("2024-01-31T01:00:00+08:00"), 1).toISOString()).toBe("2024-02-28T17:00:00.000Z");
    // 31 August 00:30 China (30 August 16:30 UTC) → 30 September 00:30 China (clamped in China time).
    expect(addCalendarMonths(new Date("2023-08-31T00:30:00+08:00"), 1).toISOString()).toBe("2023-09-29T16:30:00.000Z");
    // 31 August 23:30 China (31 August 15:30 UTC) → 30 September 23:30 China.
    expect(addCalendarMonths(new Date("2023-08-31T23:30:00+08:00"), 1).toISOString()).toBe("2023-09-30T15:30:00.000Z");
  });
});

describe("isOverdue", () => {
  const now = new Date("2024-03-13T10:00:00+08:00");

  it("is false without a due date", () => {
    expect(isOverdue(null, now)).toBe(false);
    expect(isOverdue(undefined, now)).toBe(false);
  });

  it("is true once the due date has passed", () => {
    expect(isOverdue(new Date(now.getTime() - 1), now)).toBe(true);
    expect(isOverdue(new Date("2024-03-01T00:00:00+08:00"), now)).toBe(true);
  });

  it("is false before and at the due date", () => {
    expect(isOverdue(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isOverdue(new Date(now), now)).toBe(false);
  });

  it("uses the current time by default", () => {
    expect(isOverdue(new Date(Date.now() - 60_000))).toBe(true);
    expect(isOverdue(new Date(Date.now() + 60 * 60_000))).toBe(false);
  });

  it("works with dueDate: overdue only once the last day has ended in China", () => {
    const due = dueDate("POLICE_FIRST_SESSION", FRIDAY); // end of Wednesday 13 March
    expect(isOverdue(due, new Date("2024-03-13T10:00:01+08:00"))).toBe(false);
    expect(isOverdue(due, new Date("2024-03-13T23:59:59.999+08:00"))).toBe(false);
    expect(isOverdue(due, new Date("2024-03-14T00:00:00+08:00"))).toBe(true);
  });
});

// The State Council's notices for 2026 (国办发明电〔2025〕7号): 春节 15–23 Feb with Saturday 14 Feb and
// Saturday 28 Feb worked; 国庆 1–7 Oct with Sunday 20 Sep and Saturday 10 Oct worked.
describe("isWorkingDay (public holidays and 调休 from chinese-days)", () => {
  const day = (d: string): Date => new Date(`${d}T12:00:00+08:00`);

  it("skips the Spring Festival holiday and counts its make-up Saturdays", () => {
    expect(isWorkingDay(day("2026-02-13"))).toBe(true); // Friday before
    expect(isWorkingDay(day("2026-02-14"))).toBe(true); // Saturday, 调休 make-up working day
    for (const d of ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23"]) {
      expect(isWorkingDay(day(d)), d).toBe(false);
    }
    expect(isWorkingDay(day("2026-02-24"))).toBe(true);
    expect(isWorkingDay(day("2026-02-28"))).toBe(true); // Saturday, 调休
    // 2025: 春节 28 Jan–4 Feb, Sunday 26 Jan and Saturday 8 Feb worked.
    expect(isWorkingDay(day("2025-01-26"))).toBe(true);
    expect(isWorkingDay(day("2025-01-28"))).toBe(false);
    expect(isWorkingDay(day("2025-02-08"))).toBe(true);
  });

  it("skips National Day and counts its make-up Sunday and Saturday", () => {
    expect(isWorkingDay(day("2026-09-20"))).toBe(true); // Sunday, 调休
    expect(isWorkingDay(day("2026-10-01"))).toBe(false);
    expect(isWorkingDay(day("2026-10-07"))).toBe(false);
    expect(isWorkingDay(day("2026-10-08"))).toBe(true);
    expect(isWorkingDay(day("2026-10-10"))).toBe(true); // Saturday, 调休
    expect(isWorkingDay(day("2026-10-11"))).toBe(false); // an ordinary Sunday
    // 2025: 国庆·中秋 1–8 Oct, Sunday 28 Sep and Saturday 11 Oct worked.
    expect(isWorkingDay(day("2025-09-28"))).toBe(true);
    expect(isWorkingDay(day("2025-10-08"))).toBe(false);
    expect(isWorkingDay(day("2025-10-11"))).toBe(true);
  });

  it("decides the holiday by the China date: 16:00 UTC on 30 Sep is already National Day", () => {
    expect(isWorkingDay(new Date("2026-09-30T15:59:59Z"))).toBe(true);
    expect(isWorkingDay(new Date("2026-09-30T16:00:00Z"))).toBe(false);
  });

  it("counts working days through the holidays", () => {
    // Friday 13 Feb 10:00 + 1 working day = the make-up Saturday 14 Feb; + 2 = Tuesday 24 Feb.
    const friday = new Date("2026-02-13T10:00:00+08:00");
    expect(addWorkingDays(friday, 1).toISOString()).toBe(iso("2026-02-14T10:00:00+08:00"));
    expect(addWorkingDays(friday, 2).toISOString()).toBe(iso("2026-02-24T10:00:00+08:00"));
    // Wednesday 30 Sep + 1 = Thursday 8 Oct; + 3 = the make-up Saturday 10 Oct.
    const eve = new Date("2026-09-30T10:00:00+08:00");
    expect(addWorkingDays(eve, 1).toISOString()).toBe(iso("2026-10-08T10:00:00+08:00"));
    expect(addWorkingDays(eve, 3).toISOString()).toBe(iso("2026-10-10T10:00:00+08:00"));
  });

  it("moves a month-long deadline that ends in the holiday to the first working day after it", () => {
    // 人民调解 one month from 20 Jan 2026 ends on 20 Feb, inside 春节; the next working day is 24 Feb.
    expect(dueDate("PEOPLES_MEDIATION", new Date("2026-01-20T09:00:00+08:00")).toISOString()).toBe(iso(endOf("2026-02-24")));
    // 治安调解 3 working days from Tuesday 29 Sep 2026: 30 Sep, 8 Oct, 9 Oct.
    expect(dueDate("POLICE_FIRST_SESSION", new Date("2026-09-29T09:00:00+08:00")).toISOString()).toBe(iso(endOf("2026-10-09")));
  });

  it("falls back to Monday–Friday for a year the package does not know", () => {
    expect(holidayCalendarKnows(2026)).toBe(true);
    expect(holidayCalendarKnows(2031)).toBe(false);
    expect(isWorkingDay(day("2031-01-01"))).toBe(true); // a Wednesday; 元旦 not yet published
    expect(isWorkingDay(day("2031-01-04"))).toBe(false); // Saturday
  });
});

describe("operational clocks (签收, 到期提醒) count the same working days", () => {
  it("gives one working day to sign for, the 调休 Saturday before the Spring Festival included", () => {
    // Friday 13 Feb 2026, 10:00 China time; Saturday the 14th is a make-up working day.
    expect(workingDaysDue(new Date("2026-02-13T10:00:00+08:00"), 1).toISOString()).toBe(new Date(endOf("2026-02-14")).toISOString());
    // Saturday the 14th: the next working day is Tuesday the 24th, after the nine-day holiday.
    expect(workingDaysDue(new Date("2026-02-14T10:00:00+08:00"), 1).toISOString()).toBe(new Date(endOf("2026-02-24")).toISOString());
  });

  it("reminds on the working day before, skipping the holiday back to the make-up Saturday", () => {
    expect(chinaClock(workingDayBefore(new Date("2026-02-24T23:59:59.999+08:00")))).toBe("2026-02-14T23:59:59.999");
    expect(chinaClock(workingDayBefore(new Date("2026-10-08T12:00:00+08:00")))).toBe("2026-09-30T12:00:00.000");
  });
});
