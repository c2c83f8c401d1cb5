import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { auditCursor, parseAuditCursor } from "../src/audit.ts";
import { canReadChannel, inScope, OWNER_OF_CHANNEL, ownChannel, requireUnmask, requireWriter, scopeCondition } from "../src/authz.ts";
import { serviceCaller, type Caller } from "../src/caller.ts";
import type { HubContext } from "../src/context.ts";

const caller = (overrides: Partial<Caller>): Caller => ({
  subject: "张敏", agencyId: "court-530402", agencyKind: "court", roles: ["clerk"], divisionScope: ["530402"], purpose: null, service: null, ...overrides,
});
const ctx = (c: Caller, subgraph: string) => ({ caller: c, subgraph }) as HubContext;

describe("division scope", () => {
  it("holds a division when a prefix matches; \"\" is the whole country; anything not digits matches nothing", () => {
    expect(inScope(caller({ divisionScope: ["5304"] }), "530402")).toBe(true);
    expect(inScope(caller({ divisionScope: ["5304"] }), "530302")).toBe(false);
    expect(inScope(caller({ divisionScope: ["421202", "53"] }), "530402")).toBe(true);
    expect(inScope(caller({ divisionScope: [""] }), "110105")).toBe(true);
    expect(inScope(caller({ divisionScope: [""] }), null)).toBe(true);
    expect(inScope(caller({ divisionScope: ["530402"] }), null)).toBe(false);
    expect(inScope(caller({ divisionScope: [] }), "530402")).toBe(false);
    expect(inScope(caller({ divisionScope: ["%"] }), "530402")).toBe(false);
  });

  it("becomes a SQL condition on the division column, or none for the whole country, or one nothing meets", () => {
    expect(scopeCondition(caller({ divisionScope: [""] }))).toBeNull();
    expect(scopeCondition(caller({ divisionScope: ["5304", "421202"] }))).toEqual({ $or: [{ divisionCode: { $like: "5304%" } }, { divisionCode: { $like: "421202%" } }] });
    expect(scopeCondition(caller({ divisionScope: ["5304' or '1'='1"] }))).toEqual({ divisionCode: null });
  });
});

describe("channels", () => {
  it("each writing agency kind owns one channel; joint meetings and auditors own none", () => {
    expect(OWNER_OF_CHANNEL).toEqual({
      "court-mediation": "court", "petition-mediation": "petition", "police-mediation": "police", arbitration: "arbitration", notary: "notary", "mediation-center": "mediation-center",
    });
    expect(ownChannel(caller({ agencyKind: "joint-meeting" }))).toBeNull();
    expect(ownChannel(serviceCaller("notary"))).toBe("notary");
    expect(canReadChannel(caller({ agencyKind: "joint-meeting" }), "police-mediation")).toBe(true);
    expect(canReadChannel(caller({ agencyKind: "auditor" }), "police-mediation")).toBe(false);
    expect(canReadChannel(serviceCaller("notary"), "police-mediation")).toBe(false);
  });

  it("only the owner writes, and the refusal says who may", () => {
    expect(() => requireWriter(ctx(caller({}), "court-mediation"))).not.toThrow();
    expect(() => requireWriter(ctx(caller({}), "police-mediation"))).toThrow("Only the police (公安机关) (agency kind police) changes police-mediation records; you are court agency court-530402 (division scope 530402)");
    expect(() => requireWriter(ctx(caller({ agencyKind: "joint-meeting" }), "police-mediation"))).toThrow(/Only the police/);
  });
});

describe("unmasking", () => {
  it("needs the role unmask and a stated purpose, and says which is missing", () => {
    expect(() => requireUnmask(ctx(caller({ roles: ["clerk", "unmask"], purpose: "核实身份" }), "court-mediation"), "CaseParty.identifier")).not.toThrow();
    expect(() => requireUnmask(ctx(caller({ purpose: "核实身份" }), "court-mediation"), "CaseParty.identifier")).toThrow(/needs the role "unmask"; you have roles \[clerk\] and a purpose/);
    expect(() => requireUnmask(ctx(caller({ roles: ["unmask"], purpose: "  " }), "court-mediation"), "CaseParty.phone")).toThrow(/needs a stated purpose/);
  });
});

describe("audit cursors", () => {
  it("round-trip, and anything else is BAD_USER_INPUT", () => {
    expect(parseAuditCursor("after", auditCursor("12345"))).toBe("12345");
    for (const bad of ["", "abc", Buffer.from("audit:1 or 1=1").toString("base64url"), Buffer.from("other:5").toString("base64url")]) {
      expect(() => parseAuditCursor("after", bad)).toThrow(/after: is not a cursor of this audit log/);
    }
  });
});
