import { CASE_INDEX_PATH, channelOfSubgraph, serviceRouter, type CaseIndexBatch } from "@hub/kit";
import type { MikroORM } from "@mikro-orm/postgresql";
import express from "express";
import { applyIndexBatch } from "./store.ts";

/**
 * The index's intake: every channel's publisher posts its cases here, signed as that service.
 * A channel may describe only its own cases.
 */
export function caseIndexRoutes(orm: MikroORM): express.Router {
  // A batch describes whole timelines and may outgrow the handoff routes' 1 MB.
  const router = serviceRouter("20mb");
  router.post("/", async (req, res) => {
    const service = res.locals.service as string;
    const batch = JSON.parse(req.body as string) as CaseIndexBatch;
    if (batch.channel !== channelOfSubgraph(service) || batch.handoffs.some((h) => h.fromChannel !== service)) {
      res.status(403).json({ error: `${service} may describe only its own cases and the handoffs it sent` });
      return;
    }
    try {
      await applyIndexBatch(orm.em.fork(), batch);
      res.json({ indexed: batch.cases.length, removed: batch.removed.length, handoffs: batch.handoffs.length });
    } catch (error) {
      console.error(`[mediation-center] could not index a batch from ${service}:`, error);
      res.status(500).json({ error: "could not index the batch" });
    }
  });
  // Mounted at its path, so its body limit and signature check touch no other endpoint.
  return express.Router().use(CASE_INDEX_PATH, router);
}
