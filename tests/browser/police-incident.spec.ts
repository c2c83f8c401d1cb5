import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { hubCall, POLICE, REVIEWER, reportDemoIncident } from "./hub.ts";

async function reportedIncident() {
  return reportDemoIncident(["周晓明", "吴秀兰"], "报警人称邻居占用公共楼道堆放杂物，双方争执。");
}

const statusOf = async (id: string) => (await hubCall(POLICE, `query($id: ID!) { policeIncident(id: $id) { status sessions { id } } }`, { id })).policeIncident;

test("a police officer acts on an incident through its case page; the hub's refusal marks the field and writes nothing", async ({ page }) => {
  const incident = await reportedIncident();
  await signIn(page, "民警（玉溪市公安局红塔分局）");
  await page.goto(`/police-incidents/${incident.id}`);
  await expect(page.getByTestId("incident-status")).toHaveText(/已接警/);
  // Exactly the actions the workflow allows from REPORTED: schedule, or refer to the centre.
  const actions = page.getByRole("button", { name: /安排治安调解|移交人民调解|记录调解|协议|依法处罚/ });
  await expect(actions).toHaveText(["安排治安调解", "移交人民调解"]);
  await expectAccessible(page);
  await screenshot(page, "police-incident");

  await page.getByRole("button", { name: "安排治安调解" }).click();
  await page.getByRole("dialog").getByRole("button", { name: /提\s*交/ }).click();
  await expect(page.getByTestId("incident-status")).toHaveText(/已安排调解/);
  expect((await statusOf(incident.id)).status).toBe("MEDIATION_SCHEDULED");
  await expect(page.getByRole("button", { name: "记录调解：达成协议" })).toBeVisible();

  // A session dated before the report: the hub refuses it and names input.heldAt.
  await page.getByRole("button", { name: "记录调解：达成协议" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("调解时间").fill("2020-01-02 09:00");
  await dialog.getByLabel("调解时间").press("Enter");
  await dialog.getByLabel("主持调解民警").fill("李警官");
  await dialog.getByLabel("调解情况").fill("双方同意清理楼道杂物。");
  await dialog.getByRole("button", { name: /提\s*交/ }).click();
  await expect(dialog.locator(".ant-form-item-has-error")).toContainText("调解时间");
  // The hub's Chinese message (extensions.messageZh) on the field it marked.
  await expect(dialog.locator(".ant-form-item-has-error")).toContainText("调解时间不能早于接警时间");
  const unchanged = await statusOf(incident.id);
  expect(unchanged).toEqual({ status: "MEDIATION_SCHEDULED", sessions: [] });
  await expectAccessible(page);
});

test("a joint-meeting reviewer reads an incident's page but is offered no action", async ({ page }) => {
  const incident = await reportedIncident();
  const { policeIncident } = await hubCall(REVIEWER, `query($id: ID!) { policeIncident(id: $id) { availableActions } }`, { id: incident.id });
  expect(policeIncident.availableActions).toEqual([]);
  await signIn(page, "联席会议审核人员");
  await page.goto(`/police-incidents/${incident.id}`);
  await expect(page.getByTestId("incident-status")).toHaveText(/已接警/);
  await expect(page.getByTestId("no-actions")).toBeVisible();
  await expect(page.getByRole("button", { name: "安排治安调解" })).toHaveCount(0);
});
