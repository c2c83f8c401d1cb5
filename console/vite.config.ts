import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The dev server proxies to the hub `npm start` runs, so the console talks to the same origin
// in development as it does when the gateway serves the build (no CORS anywhere).
const hub = process.env.HUB_GATEWAY_ORIGIN ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    proxy: { "/graphql": hub, "/dev": hub, "/console/config.json": hub },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Hashed file names: the gateway serves them with a year-long cache and index.html with none.
    assetsDir: "assets",
    // Read by scripts/bundle-budget.ts: which chunks the search page loads.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
});
