import "reflect-metadata";
import { graphql, GraphQLError, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { registerEnumType } from "type-graphql";
import { describe, expect, it } from "vitest";
import { badInput, conflict, fieldLabel, forbidden, notFound, RECORD_NAMES_ZH, refusal } from "../src/errors.ts";
import { INDEXED_CASE_TYPES } from "../src/case-index/catalog.ts";
import { HandoffStatus } from "../src/handoff/kinds.ts";
import { MoneyScalar, ResidentIdScalar } from "../src/scalars.ts";
import { formatHubError } from "../src/server.ts";
import { pastDate, requireText } from "../src/text.ts";
import { applyTransition, defineWorkflow, enumLabelZh } from "../src/workflow.ts";
import type { HubContext } from "../src/context.ts";

function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error("expected a refusal");
}

describe("the refusal helpers", () => {
  it("keep the English message partners parse and add the Chinese as extensions.messageZh", () => {
    const input = badInput("input.signedAt", "must not be before the case was accepted", "签订时间不能早于受理时间");
    expect(input.message).toBe("input.signedAt: must not be before the case was accepted");
    expect(input.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.signedAt", messageZh: "签订时间不能早于受理时间" });

    const busy = conflict("MediationCase 1 is FAILED", "该案件已调解不成", { caseId: "1" });
    expect(busy.message).toBe("MediationCase 1 is FAILED");
    expect(busy.extensions).toEqual({ code: "CONFLICT", caseId: "1", messageZh: "该案件已调解不成" });

    const refused = forbidden("Only the police change police-mediation records", "只有公安机关可以办理此类案件");
    expect(refused.extensions).toEqual({ code: "FORBIDDEN", messageZh: "只有公安机关可以办理此类案件" });

    expect(refusal("RATE_LIMITED", "Too many requests", "请求过于频繁").extensions).toEqual({ code: "RATE_LIMITED", messageZh: "请求过于频繁" });
  });

  it("name a missing record by what agencies call it", () => {
    const missing = notFound("MediationCase", "7d6c");
    expect(missing.message).toBe("MediationCase 7d6c does not exist");
    expect(missing.extensions).toMatchObject({ code: "NOT_FOUND", what: "MediationCase", id: "7d6c", messageZh: "人民调解案件 7d6c 不存在，请核对编号" });
  });

  it("have a Chinese name for every kind of case the hub indexes", () => {
    const unnamed = INDEXED_CASE_TYPES.map((t) => t.caseType).filter((type) => !RECORD_NAMES_ZH[type]);
    expect(unnamed).toEqual([]);
  });
});

describe("the kit's shared checks", () => {
  it("name the field by its Chinese label, whatever path it sits at", () => {
    expect(fieldLabel("input.parties[2].idNumber")).toBe("居民身份证号码");
    expect(fieldLabel("reason")).toBe("理由");
    expect(fieldLabel("input.somethingNew")).toBe("input.somethingNew");
    expect(thrown(() => requireText("input.narrative", "  ", 100)).extensions.messageZh).toBe("请填写警情简要");
    expect(thrown(() => requireText("reason", "长".repeat(6), 5)).extensions.messageZh).toBe("理由最多 5 个字，现有 6 个字");
    expect(thrown(() => pastDate("input.heldAt", new Date(Date.now() + 86_400_000))).extensions.messageZh).toBe("调解时间不能晚于当前时间");
  });

  it("word a refused transition with the statuses' Chinese names, from their enum's descriptions", () => {
    enum TestStatus {
      OPEN = "TEST_OPEN",
      DONE = "TEST_DONE",
    }
    registerEnumType(TestStatus, {
      name: "ErrorsTestStatus",
      valuesConfig: { OPEN: { description: "办理中: being handled" }, DONE: { description: "已办结" } },
    });
    const workflow = defineWorkflow<TestStatus, "finish">({
      caseType: "MediationCase",
      initial: TestStatus.OPEN,
      transitions: { finish: { from: [TestStatus.OPEN], to: TestStatus.DONE } },
    });
    const error = thrown(() => applyTransition({} as HubContext, workflow, { id: "c1", status: TestStatus.DONE }, "finish"));
    expect(error.message).toBe('MediationCase c1 is TEST_DONE; "finish" is allowed only from TEST_OPEN');
    expect(error.extensions.code).toBe("CONFLICT");
    expect(error.extensions.messageZh).toBe("该人民调解案件当前为“已办结”，此操作只能在“办理中”时办理");
  });

  it("find a value's Chinese name in the enum it belongs to", () => {
    expect(enumLabelZh(HandoffStatus, HandoffStatus.OFFERED)).toBe("已发出");
  });
});

describe("a scalar's refusal through graphql-js", () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        party: {
          type: GraphQLString,
          args: { idNumber: { type: new GraphQLNonNull(ResidentIdScalar) } },
          resolve: (_root, args: { idNumber: string }) => args.idNumber,
        },
        amount: {
          type: GraphQLString,
          args: { value: { type: new GraphQLNonNull(MoneyScalar) } },
          resolve: (_root, args: { value: string }) => args.value,
        },
      },
    }),
  });

  it("keeps the scalar's extensions, messageZh included, when graphql-js wraps a variable's coercion error", async () => {
    const result = await graphql({ schema, source: "query ($id: ResidentId!) { party(idNumber: $id) }", variableValues: { id: "110105194912310021" } });
    const error = result.errors![0]!;
    expect(error.message).toMatch(/^Variable "\$id" got invalid value/);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", scalar: "ResidentId" });
    expect(error.extensions.messageZh).toBe("居民身份证号码 110105********0021 有误：校验位不正确（为 1，按 GB 11643 应为 X）");
  });

  it("keeps them for a literal too, and the subgraphs' error formatter passes them on", async () => {
    const result = await graphql({ schema, source: '{ amount(value: "-5") }' });
    const error = result.errors![0]!;
    expect(error.extensions.messageZh).toBe('金额 "-5" 有误：金额不能为负数');
    // Apollo Server reports a literal's failure as a validation error wrapping the scalar's own.
    const validation = new GraphQLError(error.message, { originalError: error, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const formatted = formatHubError({ message: validation.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, validation);
    expect(formatted.extensions).toMatchObject({ code: "BAD_USER_INPUT", messageZh: '金额 "-5" 有误：金额不能为负数' });
  });
});
