import { describe, it, expect } from "vitest";
import { gatewayUrl, gqlOk, type GraphQLResponse } from "../support/client.ts";
import { jointMeeting } from "../support/callers.ts";
import { sql } from "../support/db.ts";
import { newResidentId, withWrongCheckCharacter } from "../support/people.ts";
import { unique } from "../support/values.ts";

// 群众端 (issue 13) through the real gateway: a member of the public applies without any token.

/** Posts as a member of the public: no Authorization header at all. */
async function anonymous<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(gatewayUrl(), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

const APPLY = `mutation Apply($input: ApplyForMediationInput!) { applyForMediation(input: $input) { unifiedNumber registeredAt nextStep } }`;

function application(facts: string, parties: Record<string, unknown>[]) {
  return { disputeType: "NEIGHBOURHOOD", divisionCode: "530402", facts, request: "请求调解，由邻居修复漏水的管道", parties };
}

async function disputesWithFacts(facts: string): Promise<number> {
  const rows = await sql("mediation-center", `select count(*)::int as n from "dispute" where "description" like $1`, [`%${facts}%`]);
  return rows[0].n;
}

describe("applying for mediation online (在线申请调解)", () => {
  it("registers an ONLINE dispute with its parties through unified intake, without a token, and answers its unified number", async () => {
    const facts = unique("楼上漏水");
    const applicant = newResidentId();
    const neighbour = newResidentId();
    const { status, body } = await anonymous(APPLY, {
      input: application(facts, [
        { role: "APPLICANT", kind: "PERSON", name: "李建国", idNumber: applicant, phone: "13812345678" },
        { role: "RESPONDENT", kind: "PERSON", name: "王芳", idNumber: neighbour },
      ]),
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { unifiedNumber } = body.data.applyForMediation;
    expect(unifiedNumber).toMatch(/^530402-\d{4}-\d{6}$/);

    // What intake recorded, read back by joint-meeting staff as any registered dispute.
    const data = await gqlOk(
      `query($n: String!) { dispute(unifiedNumber: $n) { unifiedNumber source divisionCode disputeType parties { role name identifierMasked } mediationCases { status } timeline { action actor note } } }`,
      { n: unifiedNumber },
      jointMeeting(""),
    );
    const dispute = data.dispute;
    expect(dispute.source).toBe("ONLINE");
    expect(dispute.disputeType).toBe("NEIGHBOURHOOD");
    expect(dispute.parties.map((p: any) => [p.role, p.name])).toEqual([["APPLICANT", "李建国"], ["RESPONDENT", "王芳"]]);
    expect(dispute.parties[0].identifierMasked).toBe(`${applicant.slice(0, 6)}********${applicant.slice(-4)}`);
    expect(dispute.mediationCases.map((c: any) => c.status)).toEqual(["REGISTERED"]);
    expect(dispute.timeline[0].actor).toMatch(/^public\/anonymous@/);
    expect(dispute.timeline[0].note).toContain("当事人网上申请");
    const rows = await sql("mediation-center", `select "description" from "dispute" where "unified_number" = $1`, [unifiedNumber]);
    expect(rows[0].description).toContain(`事实经过：${facts}`);
  });

  it("refuses an application without a party, naming the field in Chinese, and writes nothing", async () => {
    const facts = unique("无当事人");
    const { body } = await anonymous(APPLY, { input: application(facts, []) });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.field).toBe("input.parties");
    expect(body.errors?.[0]?.message).toContain("至少填写一名当事人");
    expect(await disputesWithFacts(facts)).toBe(0);
  });

  it("refuses a malformed ID number of any party, naming it, and writes nothing (not even the valid parties)", async () => {
    const facts = unique("身份证有误");
    const { body } = await anonymous(APPLY, {
      input: application(facts, [
        { role: "APPLICANT", kind: "PERSON", name: "李建国", idNumber: newResidentId() },
        { role: "RESPONDENT", kind: "PERSON", name: "王芳", idNumber: withWrongCheckCharacter(newResidentId()) },
      ]),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.extensions?.field).toBe("input.parties[1].idNumber");
    expect(body.errors?.[0]?.message).toContain("居民身份证号码有误");
    expect(await disputesWithFacts(facts)).toBe(0);
  });

  it("lets a tokenless request reach only the public operations: anything else is still 401", async () => {
    const { status, body } = await anonymous(`query { disputes(first: 1) { nodes { unifiedNumber } } }`);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // A public field next to another one does not open the door either.
    const mixed = await anonymous(`mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { unifiedNumber } registerDispute(input: { disputeType: NEIGHBOURHOOD, divisionCode: "530402", description: "x", source: WALK_IN, parties: [] }) { unifiedNumber } }`, {
      input: application(unique("混合"), []),
    });
    expect(mixed.status).toBe(401);
  });
});
