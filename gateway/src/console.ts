/**
 * The web console (console/, built by Vite) served beside /graphql on the same origin, so the
 * browser needs no CORS and the token never leaves the gateway's origin; and, outside production,
 * the demo identities the console's development sign-in lists.
 */
import compression from "compression";
import express from "express";
import { existsSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { CallerClaims } from "./tokens.ts";
import { mintToken } from "./tokens.ts";

export const CONSOLE_DIR = fileURLToPath(new URL("../../console/dist", import.meta.url));

// Paths that are the gateway's own: never answered with the console's index.html.
const GATEWAY_PATHS = /^\/(graphql|health|dev)(\/|$)/;

/** Serves the built console: hashed assets cached for a year, index.html never, SPA routes fall back to it. */
export function consoleRouter(dir: string): express.Router {
  const router = express.Router();
  const root = resolve(dir);
  const index = join(root, "index.html");
  const assets = join(root, "assets") + sep;
  // The console's first load is mostly JavaScript, which gzip shrinks to a third; /graphql is
  // not behind this router, so the API's answers (and the benchmarks) are untouched.
  router.use(compression());
  router.use(
    express.static(root, {
      index: false,
      setHeaders(res, path) {
        // Vite puts a content hash in every asset name: a changed file is a new URL.
        res.setHeader("cache-control", path.startsWith(assets) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (GATEWAY_PATHS.test(req.path) || !req.accepts("html")) return next();
    // Checked per request: a build made while the gateway runs is served without a restart.
    if (!existsSync(index)) {
      res.status(503).type("text/plain; charset=utf-8").send("The console is not built yet: run `npm run build -w console` (npm start builds it for you).\n控制台尚未构建：请运行 npm run build -w console。\n");
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return router;
}

/** A demo identity the development sign-in offers: a label people read, and the token's claims. */
export interface DevIdentity {
  label: string;
  claims: CallerClaims;
}

const DEV_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** HUB_DEV_IDENTITIES: JSON list of { label, claims }, set by the launcher (npm start, tests). */
export function devIdentitiesFromEnv(env: NodeJS.ProcessEnv = process.env): DevIdentity[] {
  const raw = env.HUB_DEV_IDENTITIES;
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as DevIdentity[];
    if (!Array.isArray(parsed)) throw new Error("not a list");
    return parsed;
  } catch (error) {
    throw new Error(`HUB_DEV_IDENTITIES must be a JSON list of { label, claims }: ${(error as Error).message}`);
  }
}

/** GET /dev/identities: each identity with a freshly minted 8-hour token. Never mounted in production. */
export function devIdentitiesRouter(identities: DevIdentity[]): express.Router {
  const router = express.Router();
  router.get("/dev/identities", async (_req, res, next) => {
    try {
      const expiresAt = new Date(Date.now() + DEV_TOKEN_TTL_SECONDS * 1000).toISOString();
      const list = await Promise.all(
        identities.map(async ({ label, claims }) => ({ label, ...claims, token: await mintToken(claims, { ttl: DEV_TOKEN_TTL_SECONDS }), expiresAt })),
      );
      res.setHeader("cache-control", "no-store");
      res.json({ identities: list });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
