import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { refusal, type Problem } from "./errors.ts";
import { checkCreditCode, maskIdentifier, normaliseCreditCode, normaliseResidentId, residentIdProblem } from "./ids.ts";
import { divisionCodeProblem, divisionPrefixProblem } from "./divisions.ts";
import { CASE_NUMBER_FORMAT_ZH, parseCaseNumber } from "./case-number.ts";
import { moneyProblem, normaliseMoney } from "./money.ts";

/**
 * A string scalar whose parse step validates and normalises. The error carries BAD_USER_INPUT
 * and the scalar's name; the server's error formatter keeps that code even when graphql-js
 * reports the failure as a validation error (a literal in the query rather than a variable).
 */
/** What each scalar is called on the console's forms. */
const SCALAR_LABELS_ZH: Record<string, string> = {
  ResidentId: "居民身份证号码",
  CreditCode: "统一社会信用代码",
  DivisionCode: "行政区划代码",
  DivisionPrefix: "行政区划",
  CaseNumber: "案号",
  Money: "金额",
};

function validatedString(name: string, description: string, parse: (value: string) => string): GraphQLScalarType<string, string> {
  const parseValue = (value: unknown): string => {
    if (typeof value !== "string") {
      throw refusal("BAD_USER_INPUT", `${name} must be a string`, `${SCALAR_LABELS_ZH[name]}应为文字`, { scalar: name });
    }
    return parse(value);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue,
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) {
        throw refusal("BAD_USER_INPUT", `${name} must be a string literal`, `${SCALAR_LABELS_ZH[name]}应为文字`, { scalar: name });
      }
      return parseValue(ast.value);
    },
  });
}

function refuse(name: string, value: string, problem: Problem, shown = value.length > 40 ? value.slice(0, 40) + "…" : value): never {
  throw refusal("BAD_USER_INPUT", `${name} "${shown}" ${problem.en}`, `${SCALAR_LABELS_ZH[name]} ${shown} 有误：${problem.zh}`, { scalar: name });
}

export const ResidentIdScalar = validatedString(
  "ResidentId",
  "Resident ID number (居民身份证号码, GB 11643-1999): 18 characters with a valid check character. Input only; responses show masked forms.",
  (value) => {
    const problem = residentIdProblem(value);
    // The refused number is personal data: the message shows it masked, like any response.
    if (problem) refuse("ResidentId", value, problem, maskIdentifier(normaliseResidentId(value)));
    return normaliseResidentId(value);
  },
);

export const CreditCodeScalar = validatedString(
  "CreditCode",
  "Unified social credit code (统一社会信用代码, GB 32100-2015). Early pilot codes that fail the check character are accepted and flagged with a warning.",
  (value) => {
    const { problem } = checkCreditCode(value);
    if (problem) refuse("CreditCode", value, problem);
    return normaliseCreditCode(value);
  },
);

export const DivisionCodeScalar = validatedString(
  "DivisionCode",
  "Administrative division code (行政区划代码, GB/T 2260): 6 digits that name a county-level division, or the statistics bureau's 9/12-digit code.",
  (value) => {
    const problem = divisionCodeProblem(value);
    if (problem) refuse("DivisionCode", value, problem);
    return value;
  },
);

export const DivisionPrefixScalar = validatedString(
  "DivisionPrefix",
  "A division and everything inside it: 2 digits (province), 4 (city) or 6 (county), e.g. 5304 for 玉溪市.",
  (value) => {
    const problem = divisionPrefixProblem(value);
    if (problem) refuse("DivisionPrefix", value, problem);
    return value;
  },
);

export const CaseNumberScalar = validatedString(
  "CaseNumber",
  "Court case number (案号), e.g. （2023）云0402民初1234号; half-width brackets are accepted and returned full-width.",
  (value) => {
    const parsed = parseCaseNumber(value);
    if (typeof parsed === "string") refuse("CaseNumber", value, { en: parsed, zh: CASE_NUMBER_FORMAT_ZH });
    return parsed.canonical;
  },
);

export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: "Money",
  description: "Amount in yuan (元) as a decimal string with at most two decimals, e.g. \"12800.50\". Never a float.",
  serialize: (value) => normaliseMoney(String(value)),
  parseValue(value) {
    const problem = moneyProblem(value);
    if (problem) throw refusal("BAD_USER_INPUT", `Money ${JSON.stringify(value)} ${problem.en}`, `金额 ${JSON.stringify(value)} 有误：${problem.zh}`, { scalar: "Money" });
    return normaliseMoney(value as string);
  },
  parseLiteral(ast) {
    const value = ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.FLOAT || ast.kind === Kind.INT ? Number(ast.value) : undefined;
    return this.parseValue!(value);
  },
});

/** Every custom scalar, for the schema builder's scalarsMap. */
export const hubScalars = [ResidentIdScalar, CreditCodeScalar, DivisionCodeScalar, DivisionPrefixScalar, CaseNumberScalar, MoneyScalar];
