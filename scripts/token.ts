/**
 * `npm run token -- --agency court-530402 --kind court --role clerk [--scope 530402] [--subject 张三] [--ttl 8h]`
 * mints a development access token (HS256, HUB_JWT_SECRET or the development secret, with the
 * issuer and audience the gateway checks). The token goes to stdout alone, so
 * `TOKEN=$(npm run -s token -- …)` captures it; what it says goes to stderr.
 */
import { parseArgs } from "node:util";
import { AGENCY_KINDS, type AgencyKind } from "@hub/kit/caller";
import { callerFromClaims, mintToken } from "@hub/gateway/tokens";

const USAGE = `usage: npm run token -- --agency <agency id> --kind <${AGENCY_KINDS.join("|")}> --role <role> [--role <role>…]
                       [--scope <division prefix>…] [--subject <name>] [--ttl 8h]

  --agency   the agency's id, e.g. court-530402-hongta
  --kind     what the agency is: ${AGENCY_KINDS.join(", ")}
  --role     a role (repeat, or separate with commas), e.g. clerk, mediator, officer, reviewer, unmask, auditor
  --scope    division-code prefixes it may see (repeat, or commas): 53 (province), 5304 (city), 530402 (district);
             "" for the whole country. Default: the 6-, 4- or 2-digit code in the agency id, else the whole country
  --subject  the person or system (JWT sub), default "<agency>-dev"
  --ttl      lifetime: 30m, 8h, 7d, or seconds (default 8h)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      agency: { type: "string" },
      kind: { type: "string" },
      role: { type: "string", multiple: true },
      scope: { type: "string", multiple: true },
      subject: { type: "string" },
      ttl: { type: "string", default: "8h" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values.agency) fail("--agency is missing");
if (!values.kind) fail("--kind is missing");
if (!AGENCY_KINDS.includes(values.kind as AgencyKind)) fail(`--kind ${values.kind} is not an agency kind`);
const roles = (values.role ?? []).flatMap((r) => r.split(",")).map((r) => r.trim()).filter(Boolean);
if (roles.length === 0) fail("--role is missing");
const divisionScope = values.scope
  ? values.scope.flatMap((s) => s.split(",")).map((s) => s.trim())
  : [/(?:^|\D)(\d{6}|\d{4}|\d{2})(?:\D|$)/.exec(values.agency)?.[1] ?? ""];
if (!/^(\d+[smhdw]|\d+)$/.test(values.ttl)) fail(`--ttl ${values.ttl}: write it as 30m, 8h, 7d or a number of seconds`);
const ttl = /^\d+$/.test(values.ttl) ? Number(values.ttl) : values.ttl;

const claims = { subject: values.subject ?? `${values.agency}-dev`, agencyId: values.agency, agencyKind: values.kind as AgencyKind, roles, divisionScope };
const check = callerFromClaims({ sub: claims.subject, agency_id: claims.agencyId, agency_kind: claims.agencyKind, roles, division_scope: divisionScope });
if ("problem" in check) fail(check.problem);

const token = await mintToken(claims, { ttl });
console.error(
  `token for ${claims.subject} at ${claims.agencyId} (${claims.agencyKind}), roles ${roles.join(",")}, ` +
    `scope ${divisionScope.map((s) => s || "(whole country)").join(",")}, valid ${values.ttl}:`,
);
console.log(token);
