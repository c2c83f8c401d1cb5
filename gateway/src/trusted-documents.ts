import type express from "express";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TRUSTED_MANIFEST_PATH = fileURLToPath(new URL("../../schema/trusted-documents.json", import.meta.url));

/**
 * What the gateway does with trusted documents (HUB_TRUSTED_DOCUMENTS): `require` answers only
 * operations in the manifest (the default in production), `allow` also resolves their ids but
 * answers any operation (development), `off` ignores the manifest.
 */
export type TrustedDocumentsMode = "off" | "allow" | "require";
export const TRUSTED_DOCUMENTS_MODES: readonly TrustedDocumentsMode[] = ["off", "allow", "require"];

/** The operations of schema/trusted-documents.json, by id (SHA-256 of the text). */
export class TrustedDocuments {
  private constructor(private readonly bodies: Map<string, string>) {}

  static load(path = TRUSTED_MANIFEST_PATH): TrustedDocuments {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { format?: string; operations?: { id: string; body: string }[] };
    if (manifest.format !== "apollo-persisted-query-manifest" || !Array.isArray(manifest.operations)) {
      throw new Error(`${path} is not a persisted-query manifest: run npm run compose`);
    }
    return new TrustedDocuments(new Map(manifest.operations.map((op) => [op.id, op.body])));
  }

  /** No documents (mode `off`: the manifest is not read at all). */
  static empty(): TrustedDocuments {
    return new TrustedDocuments(new Map());
  }

  get size(): number {
    return this.bodies.size;
  }

  body(id: string): string | undefined {
    return this.bodies.get(id);
  }

  /** Whether this exact text is a trusted operation (a client that sends the full text of one). */
  includesText(query: string): boolean {
    return this.bodies.has(createHash("sha256").update(query).digest("hex"));
  }
}

// Only the console and registered partner systems send operations; a clerk sees this after an upgrade.
const UNTRUSTED_ZH = "联动平台不受理未登记的查询，请刷新页面后重试；仍不行请联系运维人员";

/** Answers a request the gateway turns away before GraphQL runs (the gateway's refuse). */
export type Refuse = (res: express.Response, status: number, code: string, message: string, zh: string) => void;

/** The document id a request names: GraphQL-over-HTTP's `documentId` or Apollo's persisted-query hash. */
function requestedId(body: Record<string, unknown>): string | undefined {
  if (typeof body.documentId === "string") return body.documentId.replace(/^sha256:/, "");
  const persisted = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash.replace(/^sha256:/, "") : undefined;
}

/**
 * Before GraphQL runs: a request naming a trusted document gets its text; in `require` mode a
 * request with text that is not in the manifest is refused, so the gateway plans nothing else.
 */
export function trustedDocumentsMiddleware(documents: TrustedDocuments, mode: TrustedDocumentsMode, refuse: Refuse): express.RequestHandler {
  return (req, res, next) => {
    if (mode === "off" || req.method !== "POST" || !req.body || typeof req.body !== "object") return next();
    const body = req.body as Record<string, unknown>;
    const id = requestedId(body);
    if (id !== undefined) {
      const text = documents.body(id);
      if (text === undefined) {
        // Apollo clients register an unknown hash by sending it again with the text: allowed only outside `require`.
        if (mode === "allow" && typeof body.query === "string") return next();
        return refuse(res, 400, "PERSISTED_QUERY_NOT_FOUND", `Operation ${id} is not one of the hub's trusted documents (schema/trusted-documents.json): ask the hub's operators to register it`, UNTRUSTED_ZH);
      }
      body.query = text;
      delete body.documentId;
      // Resolved here: Apollo Server's own persisted-query cache has nothing more to do.
      if (body.extensions && typeof body.extensions === "object") delete (body.extensions as { persistedQuery?: unknown }).persistedQuery;
      return next();
    }
    if (mode === "require" && typeof body.query === "string" && !documents.includesText(body.query)) {
      return refuse(
        res,
        400,
        "OPERATION_NOT_TRUSTED",
        "This gateway answers only the hub's trusted documents: send {\"documentId\": \"sha256:<id>\"} of a registered operation, or ask the hub's operators to register yours (schema/trusted-documents/)",
        UNTRUSTED_ZH,
      );
    }
    next();
  };
}
