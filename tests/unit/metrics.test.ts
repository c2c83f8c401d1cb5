import express from "express";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createServiceMetrics } from "@hub/kit/metrics";

describe("/metrics behind HUB_METRICS_TOKEN", () => {
  it("answers only the bearer of the token when one is set", async () => {
    const metrics = createServiceMetrics("probe", { HUB_METRICS_TOKEN: "scrape-secret" });
    const app = express().get("/metrics", metrics.handler);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
      const allowed = await fetch(url, { headers: { authorization: "Bearer scrape-secret" } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('process_cpu_seconds_total{service="probe"}');
    } finally {
      server.close();
    }
  });
});
