import { describe, expect, it } from "vitest";
import { divisionCodeProblem, divisionFullName, divisionName, divisionPrefixProblem } from "../src/divisions.ts";

describe("divisionName", () => {
  it.each([
    ["53", "云南省"],
    ["5304", "玉溪市"],
    ["530402", "红塔区"],
    ["659002", "阿拉尔市"],
    ["460106", "龙华区"],
    ["460108", "美兰区"],
    ["4212", "咸宁市"],
    ["421202", "咸安区"],
    ["210802", "站前区"],
  ])("names %s %s", (code, name) => {
    expect(divisionName(code)).toBe(name);
  });

  it("returns undefined for unknown codes", () => {
    expect(divisionName("999999")).toBeUndefined();
    expect(divisionName("99")).toBeUndefined();
    expect(divisionName("")).toBeUndefined();
  });
});

describe("divisionCodeProblem", () => {
  it.each(["530402", "659002", "460108", "460106", "421202", "210802"])("accepts the county-level code %s", (code) => {
    expect(divisionCodeProblem(code)).toBeNull();
  });

  it("refuses 999999, which is not a division", () => {
    expect(divisionCodeProblem("999999")?.en).toMatch(/starts with 999999, which is not a county-level division/);
  });

  it.each(["12345", "1234567", "53040200", "5304020010", "", "53040a", " 530402", "５３０４０２"])("refuses the malformed code %j", (code) => {
    expect(divisionCodeProblem(code)?.en).toBe("must be 6 digits (GB/T 2260), or 9 or 12 digits (statistics code)");
  });

  it("refuses a province or city code where a county-level code is required", () => {
    // 530400 is the 6-digit form of 玉溪市 (a city), not a county; the kit keys cities by 4 digits.
    expect(divisionCodeProblem("530400")?.en).toMatch(/not a county-level division/);
    expect(divisionCodeProblem("530000")?.en).toMatch(/not a county-level division/);
  });

  it("checks a 12-digit statistics code by its first six digits", () => {
    expect(divisionCodeProblem("530402001001")).toBeNull();
    expect(divisionCodeProblem("530402999999")).toBeNull();
    expect(divisionCodeProblem("999999001001")?.en).toMatch(/starts with 999999/);
  });

  it("checks a 9-digit township code by its first six digits", () => {
    expect(divisionCodeProblem("530402001")).toBeNull();
    expect(divisionCodeProblem("999999001")?.en).toMatch(/starts with 999999/);
  });
});

describe("divisionPrefixProblem", () => {
  it.each(["53", "5304", "530402", "65", "6590", "659002", "42", "4212", "421202", "46", "4601", "460108"])(
    "accepts the prefix %s",
    (prefix) => {
      expect(divisionPrefixProblem(prefix)).toBeNull();
    },
  );

  it.each(["99", "9999", "999999", "5399", "530499"])("refuses the unknown prefix %s", (prefix) => {
    expect(divisionPrefixProblem(prefix)?.en).toBe("is not a division in GB/T 2260");
  });

  it.each(["5", "530", "53040", "5304020", "530402001001", "", "ab"])("refuses the malformed prefix %j", (prefix) => {
    expect(divisionPrefixProblem(prefix)?.en).toBe("must be 2, 4 or 6 digits");
  });
});

describe("divisionFullName", () => {
  it("names province, city and county of 530402", () => {
    const name = divisionFullName("530402");
    expect(name).toContain("云南省");
    expect(name).toContain("玉溪市");
    expect(name).toContain("红塔区");
    expect(name).toBe("云南省 玉溪市 红塔区");
  });

  it("names the levels a prefix has", () => {
    expect(divisionFullName("5304")).toBe("云南省 玉溪市");
    expect(divisionFullName("53")).toBe("云南省");
  });

  it("uses the first six digits of a statistics code", () => {
    expect(divisionFullName("530402001001")).toBe("云南省 玉溪市 红塔区");
  });

  it("names a county-level city directly under a province", () => {
    const name = divisionFullName("659002");
    expect(name.startsWith("新疆维吾尔自治区")).toBe(true);
    expect(name.endsWith("阿拉尔市")).toBe(true);
  });

  it("names 海口 美兰区 and 咸宁 咸安区", () => {
    expect(divisionFullName("460108")).toBe("海南省 海口市 美兰区");
    expect(divisionFullName("421202")).toBe("湖北省 咸宁市 咸安区");
  });

  it("is empty for an unknown code", () => {
    expect(divisionFullName("999999")).toBe("");
  });
});
