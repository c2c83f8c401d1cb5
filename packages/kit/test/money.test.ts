import { describe, expect, it } from "vitest";
import { MONEY_MAX, addMoney, moneyProblem, normaliseMoney } from "../src/money.ts";

describe("moneyProblem", () => {
  it.each(["1234.50", "12", "0", "0.00", "0.5", "12800.50", "999999999999.99", "01"])("accepts %j", (value) => {
    expect(moneyProblem(value)).toBeNull();
  });

  it.each([12, 12.5, 0, 0.1, Number.NaN])("refuses the number %s with a message about floats", (value) => {
    expect(moneyProblem(value)?.en).toMatch(/not a number/);
  });

  it.each([null, undefined, true, {}, ["1"], 12n])("refuses the non-string %s", (value) => {
    expect(moneyProblem(value)?.en).toBe('must be a decimal string such as "1234.50"');
  });

  it.each(["-1", "-0.01", "-1234.50", "-1.234"])("refuses the negative %j as negative", (value) => {
    expect(moneyProblem(value)?.en).toBe("must not be negative");
  });

  it.each(["1.234", "0.001", "12.3456"])("refuses %j for having more than two decimals", (value) => {
    expect(moneyProblem(value)?.en).toMatch(/more than two decimals/);
  });

  it.each(["", "abc", "1,234.50", "1.", ".5", "1e3", " 12", "12 ", "+12", "¥12", "１２"])("refuses the malformed %j", (value) => {
    expect(moneyProblem(value)?.en).toBe('must be a decimal string such as "1234.50"');
  });

  it("refuses amounts over the maximum", () => {
    expect(MONEY_MAX.toFixed(2)).toBe("999999999999.99");
    expect(moneyProblem("1000000000000")?.en).toBe("is larger than 999999999999.99");
    expect(moneyProblem("1000000000000.00")?.en).toBe("is larger than 999999999999.99");
    expect(moneyProblem("99999999999999999999")?.en).toBe("is larger than 999999999999.99");
  });
});

describe("normaliseMoney", () => {
  it.each([
    ["1234.50", "1234.50"],
    ["1234.5", "1234.50"],
    ["12", "12.00"],
    ["0", "0.00"],
    ["01", "1.00"],
    ["999999999999.99", "999999999999.99"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseMoney(input)).toBe(expected);
  });
});

describe("addMoney", () => {
  it("adds without binary float error", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the reason money is a string
    expect(addMoney("0.10", "0.20")).toBe("0.30");
    expect(addMoney("0.1", "0.2")).toBe("0.30");
  });

  it("returns two decimals", () => {
    expect(addMoney("12", "3")).toBe("15.00");
    expect(addMoney("999999999999.98", "0.01")).toBe("999999999999.99");
    expect(addMoney("1234.56", "0")).toBe("1234.56");
  });
});
