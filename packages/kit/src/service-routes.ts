import express from "express";
import { verifyServiceCall } from "./service-auth.ts";
import { SUBGRAPHS } from "./subgraphs.ts";

const KNOWN_SERVICES = SUBGRAPHS.map((s) => s.name);

/**
 * A router for endpoints only other subgraphs call (handoff delivery, the case index's intake):
 * the body is kept as text, since the signature covers its exact bytes, and a call without a
 * valid service signature gets 401. Routes find the calling service in `res.locals.service`.
 */
export function serviceRouter(bodyLimit: string): express.Router {
  const router = express.Router();
  router.use(express.text({ type: "application/json", limit: bodyLimit }));
  router.use((req, res, next) => {
    const verdict = verifyServiceCall(req.headers, req.method, req.originalUrl, typeof req.body === "string" ? req.body : "", KNOWN_SERVICES);
    if ("refused" in verdict) {
      res.status(401).json({ error: verdict.refused });
      return;
    }
    res.locals.service = verdict.service;
    next();
  });
  return router;
}
