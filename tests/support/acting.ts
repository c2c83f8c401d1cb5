import { actorName, callerNamed } from "./callers.ts";
import { callerOf, gql as gqlAs, gqlOk as gqlOkAs, stepRunner as stepRunnerAs, type GraphQLResponse, type Who } from "./client.ts";

/**
 * A channel's workflow tests write as that channel's agency, and do so in several districts. An
 * actor named by a string (its agency guessed from the name, see callerNamed) acts here for its
 * agency over the whole country; division scope has tests of its own (tests/e2e/authz-*.test.ts).
 */
function nationwide(who: Who): Who {
  if (typeof who !== "string") return who;
  const caller = callerNamed(who);
  return { ...caller, agencyId: `${caller.agencyKind}-national`, divisionScope: [""] };
}

/**
 * The client of a test file that acts for one agency by default: only the agency that owns a
 * channel writes to it, so a channel's workflow tests speak as that agency unless a call says
 * otherwise (the third argument, as with the plain client).
 */
export function actingAs(defaultWho: Who) {
  return {
    gql<T = any>(query: string, variables?: Record<string, unknown>, who: Who = defaultWho): Promise<GraphQLResponse<T>> {
      return gqlAs<T>(query, variables, nationwide(who));
    },
    gqlOk<T = any>(query: string, variables?: Record<string, unknown>, who: Who = defaultWho): Promise<T> {
      return gqlOkAs<T>(query, variables, nationwide(who));
    },
    stepRunner(fields: string, stepWho: Who = defaultWho) {
      const step = stepRunnerAs(fields, nationwide(stepWho));
      return (name: string, id: string, args = "", who: Who = stepWho) => step(name, id, args, nationwide(who));
    },
  };
}

/** What a timeline records as the actor of `who`'s changes made through actingAs: `agencyId/subject`. */
export function actorOf(who: Who): string {
  return actorName(callerOf(nationwide(who)).caller);
}
