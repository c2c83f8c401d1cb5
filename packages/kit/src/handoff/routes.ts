import type { MikroORM } from "@mikro-orm/postgresql";
import express from "express";
import { createContext } from "../context.ts";
import { serviceCaller } from "../caller.ts";
import { serviceRouter } from "../service-routes.ts";
import { HandoffRecord } from "./handoff.entity.ts";
import { HANDOFF_ROUTES, HandoffDirection, HandoffKind } from "./kinds.ts";
import { answerOf, applyAnswer, receiveHandoff, type HandoffConfig, type WireAnswer, type WireHandoff } from "./protocol.ts";
import { UniqueConstraintViolationException } from "@mikro-orm/postgresql";

/**
 * The internal endpoints other subgraphs call: delivery of a handoff, and the receiver's answers.
 * Every call must carry a valid service signature; everything else gets 401. Mounted at
 * HANDOFF_ROUTES_PATH, so its body limit and checks touch no other endpoint.
 */
export const HANDOFF_ROUTES_PATH = "/internal/handoffs";

export function handoffRoutes(orm: MikroORM, subgraph: string, config: HandoffConfig): express.Router {
  const router = serviceRouter("1mb");

  router.post("/", async (req, res) => {
    const wire = JSON.parse(req.body) as WireHandoff;
    const route = HANDOFF_ROUTES[wire.kind as HandoffKind];
    if (!route || route.from !== res.locals.service || wire.fromChannel !== res.locals.service || route.to !== subgraph || !config.receives?.[wire.kind]) {
      res.status(403).json({ error: `${res.locals.service} may not send ${wire.kind} handoffs to ${subgraph}` });
      return;
    }
    const store = () => {
      const ctx = createContext(orm.em.fork(), serviceCaller(wire.fromChannel), subgraph);
      return ctx.em.transactional((em) => receiveHandoff({ ...ctx, em }, wire));
    };
    try {
      // Two deliveries of one id at once: the second hits the primary key and reads the first.
      const handoff = await store().catch((error) => (error instanceof UniqueConstraintViolationException ? store() : Promise.reject(error)));
      res.json(answerOf(handoff));
    } catch (error) {
      console.error(`[${subgraph}] could not store handoff ${wire.id}:`, error);
      res.status(500).json({ error: "could not store the handoff" });
    }
  });

  router.post("/:id/answer", async (req, res) => {
    const answer = JSON.parse(req.body) as WireAnswer;
    const ctx = createContext(orm.em.fork(), serviceCaller(res.locals.service), subgraph);
    try {
      const sent = await ctx.em.findOne(HandoffRecord, { id: req.params.id!, direction: HandoffDirection.OUTGOING });
      if (sent && sent.toChannel !== res.locals.service) {
        res.status(403).json({ error: "only the receiver answers a handoff" });
        return;
      }
      const handoff = await ctx.em.transactional((em) => applyAnswer({ ...ctx, em }, config, req.params.id!, answer));
      // An unknown id is acknowledged too: retrying could never make it known.
      res.json({ ok: true, status: handoff?.status ?? null });
    } catch (error) {
      console.error(`[${subgraph}] could not apply the answer to handoff ${req.params.id}:`, error);
      res.status(500).json({ error: "could not apply the answer" });
    }
  });
  return router;
}
