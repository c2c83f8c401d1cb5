import { parse, Kind, type DocumentNode } from "graphql";
import { ANONYMOUS_PARTY, type Caller } from "@hub/kit/caller";

/**
 * The only root fields a person without an agency account may call (群众端, issue 13): applying
 * for mediation online and looking a dispute up by its number and their own ID number. A request
 * without an Authorization header whose every operation selects only these fields gets the
 * anonymous caller; anything else without a token is refused 401 as before. Anonymous requests
 * are rate-limited by client address (see rate-limit.ts); the subgraph adds its own per-address
 * and per-number limits on lookups.
 */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(["applyForMediation", "lookUpDispute"]);

function onlyPublicFields(document: DocumentNode): boolean {
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) return false;
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== "mutation") return false;
    operations++;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !PUBLIC_ROOT_FIELDS.has(selection.name.value)) return false;
    }
  }
  return operations > 0;
}

/** The anonymous caller when the request body asks only for public fields, else null. */
export function publicCallerFor(body: unknown, address: string | undefined): Caller | null {
  const query = body && typeof body === "object" ? (body as { query?: unknown }).query : undefined;
  if (typeof query !== "string") return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  if (!onlyPublicFields(document)) return null;
  // The address is the anonymous caller's subject, so that audit entries tell applicants apart.
  return { ...ANONYMOUS_PARTY, subject: `anonymous@${address ?? "unknown"}`, roles: [...ANONYMOUS_PARTY.roles], divisionScope: [] };
}
