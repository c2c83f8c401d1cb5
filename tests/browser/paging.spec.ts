import { randomBytes } from "node:crypto";
import { test, expect, signIn, expectAccessible, screenshot } from "./fixtures.ts";
import { demoIdentity, hubCall } from "./hub.ts";

const CLERK = demoIdentity("信访局登记员").claims;

/** A resident ID number with a valid check digit, born 1980–1999 in 红塔区. */
function residentId(): string {
  const body = `530402${1980 + (randomBytes(1)[0]! % 20)}0${1 + (randomBytes(1)[0]! % 9)}1${randomBytes(1)[0]! % 10}${String(randomBytes(2).readUInt16BE() % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}

test("a petition clerk pages past the 100th petition of the bureau's own list and back", async ({ page }) => {
  // More than two pages of 50 for the bureau, whatever the demo data holds already.
  const REGISTER = `mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id } }`;
  for (let i = 0; i < 105; i++) {
    await hubCall(CLERK, REGISTER, {
      input: {
        form: "VISIT",
        divisionCode: "530402",
        disputeType: "MIGRANT_WORKER_WAGES",
        content: `反映工地拖欠工资，请求协调解决（分页测试 ${i + 1}）`,
        petitioners: [{ kind: "PERSON", role: "APPLICANT", name: `分页测试信访人${i + 1}`, idNumber: residentId() }],
      },
    });
  }
  const { petitions } = await hubCall<{ petitions: { totalCount: number } }>(CLERK, `{ petitions(first: 1) { totalCount } }`);
  expect(petitions.totalCount).toBeGreaterThan(100);

  await signIn(page, "信访局登记员");
  await page.getByRole("link", { name: "信访件" }).click();
  const rows = page.locator(".ant-table-tbody tr.ant-table-row");
  const status = page.getByTestId("page-status");
  await expect(status).toHaveText(`第 1 页，共 ${petitions.totalCount} 件`);
  await expect(rows).toHaveCount(50);
  const firstNumber = rows.first().locator("td").first();
  const firstPage = await firstNumber.innerText();

  const seen = new Set<string>();
  const collect = async () => {
    for (const text of await rows.locator("td:first-child").allInnerTexts()) seen.add(text);
  };
  await collect();
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(status).toHaveText(`第 2 页，共 ${petitions.totalCount} 件`);
  await expect(rows).toHaveCount(50);
  await collect();
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(status).toHaveText(`第 3 页，共 ${petitions.totalCount} 件`);
  await expect(rows).toHaveCount(Math.min(50, petitions.totalCount - 100));
  await collect();
  // Every petition number seen once: the 101st and after are on page 3, none repeated.
  expect(seen.size).toBe(Math.min(150, petitions.totalCount));
  await expectAccessible(page);
  await screenshot(page, "petitions-page-3");

  await page.getByRole("button", { name: "上一页" }).click();
  await page.getByRole("button", { name: "上一页" }).click();
  await expect(status).toHaveText(`第 1 页，共 ${petitions.totalCount} 件`);
  await expect(firstNumber).toHaveText(firstPage);
});
