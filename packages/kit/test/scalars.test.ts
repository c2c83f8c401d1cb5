import { GraphQLError, GraphQLScalarType, Kind, parseValue as parseAst, type ValueNode } from "graphql";
import { describe, expect, it } from "vitest";
import {
  CaseNumberScalar,
  CreditCodeScalar,
  DivisionCodeScalar,
  DivisionPrefixScalar,
  MoneyScalar,
  ResidentIdScalar,
  hubScalars,
} from "../src/scalars.ts";

/** Runs fn, which must throw a GraphQLError with BAD_USER_INPUT naming the scalar; returns the error. */
function badInput(fn: () => unknown, scalar: string): GraphQLError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, "expected the scalar to throw").toBeInstanceOf(GraphQLError);
  const error = caught as GraphQLError;
  expect(error.extensions.code).toBe("BAD_USER_INPUT");
  expect(error.extensions.scalar).toBe(scalar);
  return error;
}

function ast(source: string): ValueNode {
  return parseAst(source);
}

interface Case {
  scalar: GraphQLScalarType;
  good: [input: string, output: string][];
  bad: string[];
}

const cases: Case[] = [
  {
    scalar: ResidentIdScalar,
    good: [
      ["11010519491231002X", "11010519491231002X"],
      ["11010519491231002x", "11010519491231002X"],
      ["440524188001010014", "440524188001010014"],
    ],
    bad: ["110105194912310021", "11010519490231002X", "1101051949123100", "", "abc"],
  },
  {
    scalar: CreditCodeScalar,
    good: [
      ["91350100M000100Y43", "91350100M000100Y43"],
      ["91350100m000100y43", "91350100M000100Y43"],
      ["91350100M000100Y44", "91350100M000100Y44"], // fails only the check character: accepted (warning is added by addParties)
    ],
    bad: ["91350100O000100Y43", "91350100M000100Y4", "", "913501000000100Y4I"],
  },
  {
    scalar: DivisionCodeScalar,
    good: [
      ["530402", "530402"],
      ["659002", "659002"],
      ["530402001001", "530402001001"],
    ],
    bad: ["999999", "12345", "53", "5304", "abcdef"],
  },
  {
    scalar: DivisionPrefixScalar,
    good: [
      ["53", "53"],
      ["5304", "5304"],
      ["530402", "530402"],
    ],
    bad: ["99", "530", "999999", "530402001001", ""],
  },
  {
    scalar: CaseNumberScalar,
    good: [
      ["(2023)云0402民初1234号", "（2023）云0402民初1234号"],
      ["（2023）云0402民初1234号", "（2023）云0402民初1234号"],
      ["(2023)云0402诉前调确88号", "（2023）云0402诉前调确88号"],
    ],
    bad: ["(2023)甲0402民初1234号", "(2023)云0402民初1234", "(2023)云04021234号", ""],
  },
  {
    scalar: MoneyScalar,
    good: [
      ["1234.50", "1234.50"],
      ["12", "12.00"],
      ["0", "0.00"],
    ],
    bad: ["-1", "1.234", "1000000000000", "abc", ""],
  },
];

describe("hubScalars", () => {
  it("lists every custom scalar once", () => {
    expect(hubScalars.map((s) => s.name).sort()).toEqual(["CaseNumber", "CreditCode", "DivisionCode", "DivisionPrefix", "Money", "ResidentId"]);
    expect(new Set(hubScalars).size).toBe(6);
  });
});

describe.each(cases)("$scalar.name", ({ scalar, good, bad }) => {
  it.each(good)("parseValue accepts %j and returns %j", (input, output) => {
    expect(scalar.parseValue(input)).toBe(output);
  });

  it.each(bad)("parseValue refuses %j with BAD_USER_INPUT", (input) => {
    const error = badInput(() => scalar.parseValue(input), scalar.name);
    expect(error.message.startsWith(scalar.name)).toBe(true);
  });

  it.each([123, 12.5, null, true, { value: "x" }, ["530402"]])("parseValue refuses the non-string %j", (input) => {
    badInput(() => scalar.parseValue(input), scalar.name);
  });

  it.each(good)("parseLiteral accepts the string literal %j", (input, output) => {
    const node = ast(JSON.stringify(input));
    expect(node.kind).toBe(Kind.STRING);
    expect(scalar.parseLiteral(node, undefined)).toBe(output);
  });

  it.each(bad)("parseLiteral refuses the string literal %j", (input) => {
    badInput(() => scalar.parseLiteral(ast(JSON.stringify(input)), undefined), scalar.name);
  });

  it.each([
    ["INT", "530402", Kind.INT],
    ["FLOAT", "12.5", Kind.FLOAT],
    ["BOOLEAN", "true", Kind.BOOLEAN],
    ["ENUM", "RED", Kind.ENUM],
    ["LIST", '["530402"]', Kind.LIST],
    ["OBJECT", '{ code: "530402" }', Kind.OBJECT],
    ["NULL", "null", Kind.NULL],
  ])("parseLiteral refuses a %s literal", (_label, source, kind) => {
    const node = ast(source);
    expect(node.kind).toBe(kind);
    badInput(() => scalar.parseLiteral(node, undefined), scalar.name);
  });
});

describe("string scalars' messages", () => {
  it("say that a non-string must be a string, and a non-string literal must be a string literal", () => {
    expect(badInput(() => DivisionCodeScalar.parseValue(530402), "DivisionCode").message).toBe("DivisionCode must be a string");
    expect(badInput(() => DivisionCodeScalar.parseLiteral(ast("530402"), undefined), "DivisionCode").message).toBe(
      "DivisionCode must be a string literal",
    );
  });

  it("name the value and the problem", () => {
    const error = badInput(() => ResidentIdScalar.parseValue("110105194912310021"), "ResidentId");
    expect(error.message).toContain("check character");
    expect(badInput(() => DivisionCodeScalar.parseValue("999999"), "DivisionCode").message).toContain("999999");
  });

  it("truncate very long values in the message", () => {
    const error = badInput(() => CaseNumberScalar.parseValue("x".repeat(100)), "CaseNumber");
    expect(error.message).toContain("x".repeat(40) + "…");
    expect(error.message).not.toContain("x".repeat(41));
  });
});

describe("Money", () => {
  it("refuses a float or int literal with a message about floats", () => {
    expect(ast("12.5").kind).toBe(Kind.FLOAT);
    expect(badInput(() => MoneyScalar.parseLiteral(ast("12.5"), undefined), "Money").message).toMatch(/not a number/);
    expect(badInput(() => MoneyScalar.parseLiteral(ast("12"), undefined), "Money").message).toMatch(/not a number/);
  });

  it("refuses a number variable with a message about floats", () => {
    expect(badInput(() => MoneyScalar.parseValue(0.3), "Money").message).toMatch(/not a number/);
  });

  it("says why a negative amount is refused", () => {
    expect(badInput(() => MoneyScalar.parseValue("-1"), "Money").message).toMatch(/negative/);
  });

  it("serializes to two decimals", () => {
    expect(MoneyScalar.serialize("12")).toBe("12.00");
    expect(MoneyScalar.serialize("1234.5")).toBe("1234.50");
  });
});

describe("serialize of the string scalars", () => {
  it("returns the stored string", () => {
    expect(DivisionCodeScalar.serialize("530402")).toBe("530402");
    expect(CaseNumberScalar.serialize("（2023）云0402民初1234号")).toBe("（2023）云0402民初1234号");
  });
});
