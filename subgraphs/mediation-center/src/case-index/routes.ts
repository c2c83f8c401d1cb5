import { CASE_INDEX_PATH, channelOfSubgraph, SUBGRAPHS, verifyServiceCall, type CaseIndexBatch } from "@hub/kit";
import type { MikroORM } from "@mikro-orm/postgresql";
import express from "express";
import { applyIndexBatch } from "./store.ts";

const KNOWN_SERVICES = SUBGRAPHS.map((s) => s.name);

/**
 * The index's intake: every channel's publisher posts its cases here, signed as that service.
 * A channel may describe only its own cases.
 */
export function caseIndexRoutes(orm: MikroORM): express.Router {
  const router = express.Router();
  router.post(CASE_INDEX_PATH, express.text({ type: "application/json", limit: "20mb" }), async (req, res) => {
    const body = typeof req.body === "string" ? req.body : "";
    const verdict = verifyServiceCall(req.headers, req.method, req.originalUrl, body, KNOWN_SERVICES);
    if ("refused" in verdict) {
      res.status(401).json({ error: verdict.refused });
      return;
    }
    const batch = JSON.parse(body) as CaseIndexBatch;
    if (batch.channel !== channelOfSubgraph(verdict.service) || batch.handoffs.some((h) => h.fromChannel !== verdict.service)) {
      res.status(403).json({ error: `${verdict.service} may describe only its own cases and the handoffs it sent` });
      return;
    }
    try {
      await applyIndexBatch(orm.em.fork(), batch);
      res.json({ indexed: batch.cases.length, removed: batch.removed.length, handoffs: batch.handoffs.length });
    } catch (error) {
      console.error(`[mediation-center] could not index a batch from ${verdict.service}:`, error);
      res.status(500).json({ error: "could not index the batch" });
    }
  });
  return router;
}
