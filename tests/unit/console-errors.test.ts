import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { fieldErrors, messageOf } from "../../console/src/hub-errors.ts";

// The console shows the hub's Chinese (extensions.messageZh) and keeps the English for errors
// that have none (graphql-js's own, for one).
describe("console errors", () => {
  const refused = new GraphQLError("input.heldAt: is before the incident was reported (2026-11-20T02:00:00.000Z)", {
    extensions: { code: "BAD_USER_INPUT", field: "input.heldAt", messageZh: "调解时间不能早于接警时间（2026-11-20 10:00）" },
  });
  const bare = new GraphQLError('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', {
    extensions: { code: "BAD_USER_INPUT" },
  });

  it("shows messageZh, else the message", () => {
    expect(messageOf(refused)).toBe("调解时间不能早于接警时间（2026-11-20 10:00）");
    expect(messageOf(bare)).toBe(bare.message);
  });

  it("puts the Chinese under the field the hub named", () => {
    // urql's CombinedError as the console reads it (urql itself would bring the DOM typings into the tests).
    const error = { graphQLErrors: [refused, bare] };
    expect(fieldErrors(error)).toEqual({ heldAt: "调解时间不能早于接警时间（2026-11-20 10:00）", first: bare.message });
  });
});
