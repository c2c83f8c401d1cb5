import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot run here (nor in CI, see .ci/run).
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  globalSetup: "./global-setup.ts",
  // One hub for every test, on a machine with two cores: one worker, tests in file order.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: "test-results",
  reporter: "list",
  use: {
    browserName: "chromium",
    locale: "zh-CN",
    // The console honours reduced motion: no dialog is clicked or checked half-way through its animation.
    reducedMotion: "reduce",
    // The console must show China time whatever the machine's zone says.
    timezoneId: "Europe/London",
    launchOptions: { executablePath, args: ["--no-sandbox"] },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
});
