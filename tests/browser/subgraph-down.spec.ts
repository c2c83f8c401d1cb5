import { createGateway, type GatewayServer } from "@hub/gateway";
import { DEMO_ROLES } from "../../scripts/demo/agencies.ts";
import { DEMO_PERSON } from "../../scripts/demo/seed.ts";
import { freePort } from "../../scripts/lib/ports.ts";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";

// A second gateway in front of the same subgraphs, except that court-mediation is somewhere
// nobody answers: the shared hub stays whole for the other tests.
let gateway: GatewayServer;
let origin: string;

test.beforeAll(async () => {
  const urls = JSON.parse(process.env.HUB_BROWSER_SUBGRAPH_URLS!) as Record<string, string>;
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  gateway = await createGateway({ subgraphUrl: (name) => (name === "court-mediation" ? nowhere : urls[name]!), devIdentities: DEMO_ROLES });
  origin = new URL(await gateway.listen(0)).origin;
});
test.afterAll(async () => {
  await gateway?.stop();
});
test.use({ baseURL: async ({}, use) => use(origin) });

test("when the court's subgraph is down, the party file shows the rest and names the missing agency", async ({ page }) => {
  await signIn(page, "联席会议审核人员（全国）");
  await page.goto(`/parties?idNumber=${DEMO_PERSON.idNumber}`);
  await expect(page.getByText("法院调解 暂时无法访问，以下结果不含该部门的数据")).toBeVisible();
  const records = page.locator(".ant-table-tbody tr.ant-table-row");
  await expect(records.first()).toBeVisible();
  // The other channels still answered: the police incident and the petition are there.
  await expect(page.locator(".ant-table-tbody")).toContainText("110 警情");
  await expect(page.locator(".ant-table-tbody")).toContainText("信访件");
  await expect(page.locator(".ant-table-tbody")).not.toContainText("委派/委托调解");
  await expectAccessible(page);
  await screenshot(page, "party-court-down");
});
