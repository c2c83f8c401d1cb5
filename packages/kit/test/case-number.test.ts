import { describe, expect, it } from "vitest";
import { parseCaseNumber, type CourtCaseNumber } from "../src/case-number.ts";

function parsed(raw: string): CourtCaseNumber {
  const result = parseCaseNumber(raw);
  if (typeof result === "string") throw new Error(`expected ${raw} to parse, got: ${result}`);
  return result;
}

describe("parseCaseNumber", () => {
  it("parses a half-width case number and extracts its parts", () => {
    expect(parseCaseNumber("(2023)云0402民初1234号")).toEqual({
      year: 2023,
      court: "云0402",
      caseType: "民初",
      serial: 1234,
      canonical: "（2023）云0402民初1234号",
    });
  });

  it("gives half-width and full-width brackets the same canonical full-width form", () => {
    const half = parsed("(2023)云0402民初1234号");
    const full = parsed("（2023）云0402民初1234号");
    expect(full).toEqual(half);
    expect(full.canonical).toBe("（2023）云0402民初1234号");
    expect(full.canonical).not.toMatch(/[()]/);
  });

  it("accepts mixed brackets and surrounding whitespace", () => {
    expect(parsed("（2023)云0402民初1234号").canonical).toBe("（2023）云0402民初1234号");
    expect(parsed("  (2023）云0402民初1234号\n").canonical).toBe("（2023）云0402民初1234号");
  });

  it("parses 诉前调确 (confirmation after pre-filing mediation)", () => {
    const n = parsed("(2023)云0402诉前调确88号");
    expect(n.caseType).toBe("诉前调确");
    expect(n.serial).toBe(88);
    expect(n.court).toBe("云0402");
    expect(n.canonical).toBe("（2023）云0402诉前调确88号");
  });

  it("parses 诉前调书", () => {
    expect(parsed("(2024)鄂1202诉前调书5号").caseType).toBe("诉前调书");
  });

  it("parses 民特 (judicial confirmation)", () => {
    const n = parsed("（2024）京0105民特12号");
    expect(n).toMatchObject({ year: 2024, court: "京0105", caseType: "民特", serial: 12 });
  });

  it("parses an intermediate court with a two-digit code", () => {
    expect(parsed("(2022)云04民终56号")).toMatchObject({ court: "云04", caseType: "民终", serial: 56 });
  });

  it("parses a 兵团 court", () => {
    expect(parsed("(2023)兵0101民初7号").court).toBe("兵0101");
  });

  it("keeps leading zeros of the serial in the canonical form but not in serial", () => {
    const n = parsed("(2023)云0402民初0012号");
    expect(n.serial).toBe(12);
    expect(n.canonical).toBe("（2023）云0402民初0012号");
  });

  it("refuses a character that is not a province abbreviation", () => {
    expect(parseCaseNumber("(2023)甲0402民初1234号")).toBe("甲 is not a province abbreviation used in case numbers");
  });

  it("refuses a case number without 号", () => {
    expect(typeof parseCaseNumber("(2023)云0402民初1234")).toBe("string");
    expect(parseCaseNumber("(2023)云0402民初1234")).toMatch(/must look like/);
  });

  it("refuses a case number without a case type", () => {
    expect(typeof parseCaseNumber("(2023)云04021234号")).toBe("string");
    expect(typeof parseCaseNumber("(2023)云0402 1234号")).toBe("string");
  });

  it.each([
    ["no brackets", "2023云0402民初1234号"],
    ["two-digit year", "(23)云0402民初1234号"],
    ["three court digits", "(2023)云040民初1234号"],
    ["no serial", "(2023)云0402民初号"],
    ["seven-digit serial", "(2023)云0402民初1234567号"],
    ["square brackets", "[2023]云0402民初1234号"],
    ["trailing text", "(2023)云0402民初1234号之一"],
    ["empty", ""],
  ])("refuses a malformed case number: %s", (_label, raw) => {
    expect(parseCaseNumber(raw)).toMatch(/must look like/);
  });

  it("refuses years outside 1990 to next year", () => {
    const tooLate = new Date().getFullYear() + 2;
    expect(parseCaseNumber("(1989)云0402民初1号")).toBe("year 1989 is out of range");
    expect(parseCaseNumber(`(${tooLate})云0402民初1号`)).toBe(`year ${tooLate} is out of range`);
    expect(typeof parseCaseNumber("(1990)云0402民初1号")).toBe("object");
    expect(typeof parseCaseNumber(`(${new Date().getFullYear() + 1})云0402民初1号`)).toBe("object");
  });
});
