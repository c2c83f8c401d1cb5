import { describe, expect, it } from "vitest";
import { INDEXED_CASE_TYPES } from "@hub/kit";
import { nameGrams, queryGrams } from "../../subgraphs/mediation-center/src/case-index/name-grams.ts";
import { CaseSortOrder, decodeCursor, encodeCursor } from "../../subgraphs/mediation-center/src/case-index/search.ts";
import { MediationCaseStatus } from "../../subgraphs/mediation-center/src/workflow/mediation-case.workflow.ts";
import { ReferralStatus } from "../../subgraphs/court-mediation/src/workflow/referral.workflow.ts";
import { ConfirmationStatus } from "../../subgraphs/court-mediation/src/workflow/confirmation.workflow.ts";
import { CourtFilingStatus } from "../../subgraphs/court-mediation/src/workflow/filing.workflow.ts";
import { PetitionStatus } from "../../subgraphs/petition-mediation/src/workflow/petition.workflow.ts";
import { PoliceIncidentStatus } from "../../subgraphs/police-mediation/src/workflow/incident.workflow.ts";
import { ArbitrationStatus } from "../../subgraphs/arbitration/src/workflow/arbitration.workflow.ts";
import { NotarisationStatus } from "../../subgraphs/notary/src/workflow/notarisation.workflow.ts";

describe("the case index catalogue", () => {
  // The centre validates status filters against the catalogue; it must list exactly each workflow's statuses.
  const workflows: Record<string, Record<string, string>> = {
    Dispute: { REGISTERED: "REGISTERED" },
    MediationCase: MediationCaseStatus,
    CourtReferral: ReferralStatus,
    JudicialConfirmation: ConfirmationStatus,
    CourtFiling: CourtFilingStatus,
    Petition: PetitionStatus,
    PoliceIncident: PoliceIncidentStatus,
    ArbitrationCase: ArbitrationStatus,
    NotarisationApplication: NotarisationStatus,
  };
  for (const entry of INDEXED_CASE_TYPES) {
    it(`lists the statuses of ${entry.caseType}`, () => {
      expect([...entry.statuses].sort()).toEqual(Object.values(workflows[entry.caseType]!).sort());
    });
  }
});

describe("Chinese name grams", () => {
  it("cuts names into single characters and adjacent pairs", () => {
    expect(nameGrams(["王建国"]).sort()).toEqual(["王", "建", "国", "王建", "建国"].sort());
    expect(nameGrams(["欧阳 娜"]).sort()).toEqual(["欧", "阳", "娜", "欧阳", "阳娜"].sort());
  });

  it("asks for one character as itself and longer names as their pairs", () => {
    expect(queryGrams("王")).toEqual({ grams: ["王"], needle: "王" });
    expect(queryGrams("建国")).toEqual({ grams: ["建国"], needle: "建国" });
    expect(queryGrams("王建国")).toEqual({ grams: ["王建", "建国"], needle: "王建国" });
  });

  it("treats full-width and upper-case Latin letters like their plain forms", () => {
    expect(queryGrams("ＡＢ").needle).toBe("ab");
    expect(nameGrams(["AB公司"])).toContain("ab");
  });
});

describe("search cursors", () => {
  const query = { divisionPrefix: "5304", disputeTypes: ["LABOUR"] };
  const position = { at: "2026-11-01T00:00:00.000Z", caseId: "5d4e3f2a-1b0c-4d9e-8f7a-6b5c4d3e2f1a" };

  it("come back as the position they were made from", () => {
    expect(decodeCursor(encodeCursor(CaseSortOrder.NEWEST, query, position), CaseSortOrder.NEWEST, query)).toEqual(position);
  });

  it("are refused when edited, malformed or made for another search", () => {
    const cursor = encodeCursor(CaseSortOrder.NEWEST, query, position);
    const [payload, signature] = cursor.split(".");
    const edited = `${Buffer.from(JSON.stringify({ d: "x", a: null, c: position.caseId })).toString("base64url")}.${signature}`;
    for (const bad of [edited, `${payload}`, "not-a-cursor", `${cursor}.x`, ""]) {
      expect(() => decodeCursor(bad, CaseSortOrder.NEWEST, query)).toThrow(/not a cursor this search returned/);
    }
    expect(() => decodeCursor(cursor, CaseSortOrder.OLDEST, query)).toThrow(/another filter or sort/);
    expect(() => decodeCursor(cursor, CaseSortOrder.NEWEST, { ...query, divisionPrefix: "5305" })).toThrow(/another filter or sort/);
  });
});
