import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SUBGRAPHS } from "@hub/kit/subgraphs";

// No Docker engine runs on the machines that test this, so the file is checked for the shape
// the README promises: one PostgreSQL per subgraph with a health check, every subgraph waiting
// for its own database, the gateway waiting for every subgraph.
describe("docker-compose.yml", () => {
  const compose = parse(readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8"), { merge: true });

  it("gives every subgraph its own PostgreSQL with a health check", () => {
    for (const { name, port } of SUBGRAPHS) {
      const db = compose.services[`${name}-db`];
      expect(db, `${name}-db`).toBeDefined();
      expect(db.image).toMatch(/^postgres:/);
      expect(db.healthcheck.test.join(" ")).toContain("pg_isready");
      const service = compose.services[name];
      expect(service.depends_on[`${name}-db`].condition).toBe("service_healthy");
      const envName = name.toUpperCase().replace(/-/g, "_");
      expect(service.environment[`${envName}_DATABASE_URL`]).toContain(`@${name}-db:5432/`);
      expect(service.environment[`${envName}_PORT`]).toBe(String(port));
      expect(service.healthcheck.test.join(" ")).toContain(`:${port}/health`);
      // Handoffs go from subgraph to subgraph: each one knows every other's address.
      for (const other of SUBGRAPHS) {
        expect(service.environment[`${other.name.toUpperCase().replace(/-/g, "_")}_URL`]).toBe(`http://${other.name}:${other.port}/graphql`);
      }
    }
  });

  it("starts the gateway after every subgraph is healthy, and points it at each", () => {
    const gateway = compose.services.gateway;
    for (const { name, port } of SUBGRAPHS) {
      expect(gateway.depends_on[name].condition).toBe("service_healthy");
      expect(gateway.environment[`${name.toUpperCase().replace(/-/g, "_")}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
    expect(gateway.ports).toContain("127.0.0.1:4000:4000");
  });

  // The image runs with NODE_ENV=production: services refuse development keys, so compose must
  // hand them real ones and stop, naming the variable, when one is missing.
  it("gives every service its keys from the environment, with no development default", () => {
    const required = (value: string, variable: string) => expect(value, variable).toMatch(new RegExp(`^\\$\\{${variable}:\\?set ${variable} `));
    for (const { name } of SUBGRAPHS) {
      const env = compose.services[name].environment;
      for (const variable of ["HUB_SERVICE_SECRET", "HUB_PARTY_KEY_SECRET", "HUB_DATA_KEY"]) required(env[variable], variable);
    }
    const gateway = compose.services.gateway.environment;
    for (const variable of ["HUB_SERVICE_SECRET", "HUB_JWT_ISSUER", "HUB_JWT_AUDIENCE"]) required(gateway[variable], variable);
    for (const variable of ["HUB_JWKS_URL", "HUB_JWT_PUBLIC_KEY", "HUB_JWT_SECRET"]) expect(gateway[variable]).toBe(`\${${variable}:-}`);
    for (const variable of ["HUB_RATE_LIMIT_PER_SECOND", "HUB_RATE_LIMIT_BURST", "HUB_MAX_BODY_BYTES", "HUB_SUBGRAPH_TIMEOUT_MS", "HUB_MAX_DEPTH", "HUB_MAX_ALIASES", "HUB_MAX_TOKENS"]) {
      expect(gateway[variable], variable).toMatch(new RegExp(`^\\$\\{${variable}:-\\d+\\}$`));
    }
    expect(JSON.stringify(compose)).not.toMatch(/dev-(service|party|jwt)-|0707070707/);
  });
});
