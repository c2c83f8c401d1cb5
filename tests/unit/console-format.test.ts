import { describe, expect, it } from "vitest";
import { chinaDate, chinaDayStart, chinaTime, yuan } from "../../console/src/format.ts";

// The console shows what the hub sends: decimal strings as yuan (never through a float) and
// instants in China time, whatever zone the browser is in.
describe("console formats", () => {
  it("shows money as grouped decimal yuan without rounding through a float", () => {
    expect(yuan("46800.00")).toBe("¥46,800.00");
    expect(yuan("3200")).toBe("¥3,200.00");
    expect(yuan("0.1")).toBe("¥0.10");
    expect(yuan("12345678901234567.89")).toBe("¥12,345,678,901,234,567.89");
    expect(yuan(null)).toBe("—");
  });

  it("shows instants in China time", () => {
    expect(chinaTime("2026-12-11T15:59:59.999Z")).toBe("2026-12-11 23:59");
    expect(chinaDate("2026-12-31T16:30:00.000Z")).toBe("2027-01-01");
    expect(chinaDayStart("2027-01-01")).toBe("2026-12-31T16:00:00.000Z");
  });
});
