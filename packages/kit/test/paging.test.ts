import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { decodeListCursor, encodeListCursor, keysetCondition, type ListOrder } from "../src/paging.ts";

const ORDER: ListOrder = { list: "courtReferrals", keys: [{ field: "referredAt", direction: "desc", kind: "date" }, { field: "id", direction: "desc", kind: "uuid" }] };
const AT = "2026-11-26T01:13:15.127Z";
const ID = "5f0c8a4e-8a52-4c1e-9a59-1d1b2f3c4d5e";

function refusal(run: () => unknown): { code: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as { extensions?: { code?: unknown }; message: string };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error("expected a refusal");
}

describe("list cursors", () => {
  it("give back the sort keys they were made from, for the same list and filter in any key order", () => {
    const cursor = encodeListCursor("courtReferrals", { status: "REFERRED", divisionPrefix: "5304", overdueOnly: null }, [AT, ID]);
    expect(decodeListCursor(ORDER, { divisionPrefix: "5304", status: "REFERRED" }, cursor)).toEqual([AT, ID]);
  });

  it("refuse an edited cursor, another list's cursor and one of another filter, as BAD_USER_INPUT on after", () => {
    const cursor = encodeListCursor("courtReferrals", { status: "REFERRED" }, [AT, ID]);
    const [payload, signature] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), v: ["2030-01-01T00:00:00.000Z", ID] })).toString("base64url");
    for (const bad of ["", "x", `${payload}`, `${payload}.`, `${forged}.${signature}`, `${cursor}.more`, `${payload}.${signature!.slice(1)}Z`]) {
      expect(refusal(() => decodeListCursor(ORDER, { status: "REFERRED" }, bad))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/^after: is not a cursor of courtReferrals/) });
    }
    const petitions = encodeListCursor("petitions", { status: "REFERRED" }, [AT, ID]);
    expect(refusal(() => decodeListCursor(ORDER, { status: "REFERRED" }, petitions)).message).toMatch(/is not a cursor of courtReferrals/);
    expect(refusal(() => decodeListCursor(ORDER, { status: "SUCCEEDED" }, cursor)).message).toMatch(/^after: belongs to courtReferrals with another filter/);
  });

  it("refuse keys of the wrong shape even when signed (a cursor made by an older order)", () => {
    for (const values of [[AT], ["yesterday", ID], [AT, "not-a-uuid"], [AT, ID, "extra"]]) {
      const cursor = encodeListCursor("courtReferrals", {}, values);
      expect(refusal(() => decodeListCursor(ORDER, {}, cursor)).code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("the keyset condition", () => {
  it("selects the rows after the position in the list's order: beyond the first key, or equal and beyond the next", () => {
    expect(keysetCondition(ORDER, [AT, ID])).toEqual({
      $and: [
        { referredAt: { $lte: new Date(AT) } },
        { $or: [{ referredAt: { $lt: new Date(AT) } }, { referredAt: new Date(AT), id: { $lt: ID } }] },
      ],
    });
    const committees: ListOrder = {
      list: "mediationCommittees",
      keys: [{ field: "divisionCode", direction: "asc", kind: "text" }, { field: "name", direction: "asc", kind: "text" }, { field: "id", direction: "asc", kind: "uuid" }],
    };
    expect(keysetCondition(committees, ["530402", "玉兴", ID])).toEqual({
      $and: [
        { divisionCode: { $gte: "530402" } },
        { $or: [{ divisionCode: { $gt: "530402" } }, { divisionCode: "530402", name: { $gt: "玉兴" } }, { divisionCode: "530402", name: "玉兴", id: { $gt: ID } }] },
      ],
    });
  });
});
