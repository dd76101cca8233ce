import { guessRegion, routeFor } from "../../content/emergency";
import { card, clickTerm, expect, optionsUrl, resetSettings, test, waitForFindings } from "./harness";
import { openPanel, resetNotes, stored } from "./panel-helpers";

// The region is the user's choice: asked once on the panel's first run (the browser's guess
// preselected), changed in the options, and used by every view that words urgent advice.

test.beforeEach(async ({ lens }) => {
  await resetNotes(lens);
  await resetSettings(lens);
});
test.afterEach(async ({ lens }) => {
  await resetNotes(lens);
  await resetSettings(lens);
});

const answer = (panel: import("@playwright/test").Page, id: string, value: "Yes" | "No") =>
  panel.locator(`[data-red-flag-question="${id}"]`).getByRole("radio", { name: value }).check();

test("the region chosen on the panel's first run words the banner and the in-page card", async ({
  lens,
  page,
}) => {
  const panel = await openPanel(lens);
  const firstRun = panel.locator("[data-region-first-run]");
  await expect(firstRun).toBeVisible();
  const guess = guessRegion(await panel.evaluate(() => navigator.language));
  await expect(firstRun.getByLabel("Country or region")).toHaveValue(guess);
  await firstRun.getByLabel("Country or region").selectOption("uk");
  await firstRun.getByRole("button", { name: "This is where I am" }).click();
  await expect(firstRun).toHaveCount(0);
  await expect
    .poll(async () => ((await stored(lens, "settings")) as { region?: string } | undefined)?.region)
    .toBe("uk");
  await panel.reload();
  await expect(panel.getByRole("tab", { name: "Red flags" })).toBeVisible();
  await expect(firstRun).toHaveCount(0); // asked once

  await panel.getByRole("tab", { name: "Red flags" }).click();
  const banner = panel.getByRole("alert").filter({ hasText: "warning sign" });
  await answer(panel, "cancer-history", "Yes");
  await expect(banner).toContainText(routeFor("uk", "same-day"));
  await expect(banner).not.toContainText("999");
  await answer(panel, "saddle-numbness", "Yes");
  // The most urgent sign leads the banner; its answer in the checklist adds the cauda equina safety net.
  await expect(banner).toContainText(routeFor("uk", "emergency"));
  await expect(
    panel.locator('[data-red-flag-question="saddle-numbness"] .rf-question__action'),
  ).toContainText('Say the words "cauda equina" to the staff.');
  // The entry's "When to get help" fills its {{urgent:…}} line from the same source, for the same place.
  await panel
    .locator('[data-red-flag-question="saddle-numbness"]')
    .getByRole("button", { name: "Read about saddle numbness" })
    .click();
  const advice = panel.locator(
    '[data-entry="saddle-numbness"] .urgent-advice[data-urgent-sign="saddle-numbness"]',
  );
  await expect(advice).toContainText(routeFor("uk", "emergency"));
  await expect(panel.locator('[data-entry="saddle-numbness"]')).not.toContainText("{{urgent");
  await panel.close();

  await page.goto(`${lens.server.url}/pages/ui-card-terms.html`);
  await waitForFindings(lens, page);
  await clickTerm(page, "saddle numbness");
  await expect(card(page).locator(".warn")).toContainText(routeFor("uk", "emergency"));
});

test("the options page changes the region, and the panel and popup follow", async ({ lens }) => {
  const options = await lens.context.newPage();
  await options.goto(optionsUrl(lens));
  await options.getByLabel("Country or region").selectOption("au");
  await expect
    .poll(async () => ((await stored(lens, "settings")) as { region?: string } | undefined)?.region)
    .toBe("au");

  const panel = await openPanel(lens);
  await expect(panel.getByRole("tab", { name: "Red flags" })).toBeVisible();
  await expect(panel.locator("[data-region-first-run]")).toHaveCount(0);
  await panel.getByRole("tab", { name: "Red flags" }).click();
  await answer(panel, "bladder-bowel-changes", "Yes");
  await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toContainText(
    routeFor("au", "emergency"),
  );

  const popup = await lens.context.newPage();
  await popup.goto(`chrome-extension://${lens.extensionId}/popup.html`);
  await popup.getByText("When to get checked urgently").click();
  await expect(popup.locator('[data-red-flag="bladder-bowel-changes"]')).toContainText("Call 000");

  // Changed again, open views follow without a reload.
  await options.getByLabel("Country or region").selectOption("nz");
  await expect(panel.getByRole("alert").filter({ hasText: "warning sign" })).toContainText(
    routeFor("nz", "emergency"),
  );
  for (const view of [options, panel, popup]) await view.close();
});

test("the new checklist questions show the urgency of their sign", async ({ lens }) => {
  const options = await lens.context.newPage();
  await options.goto(optionsUrl(lens));
  await options.getByLabel("Country or region").selectOption("us");
  await expect
    .poll(async () => ((await stored(lens, "settings")) as { region?: string } | undefined)?.region)
    .toBe("us");
  await options.close();

  const panel = await openPanel(lens);
  await panel.getByRole("tab", { name: "Red flags" }).click();
  await expect(panel.locator("fieldset[data-red-flag-question]")).toHaveCount(10);
  await expect(panel.locator('[data-red-flag-question="symptoms-in-both-legs"] legend')).toContainText(
    "new sciatica pain, numbness or weakness in both legs",
  );
  for (const [id, level] of [
    ["sexual-dysfunction", "emergency"],
    ["cancer-history", "same-day"],
    ["infection-risk", "same-day"],
    ["trauma-or-fragile-bones", "same-day"],
  ] as const) {
    const question = panel.locator(`[data-red-flag-question="${id}"]`);
    await expect(question).toHaveAttribute("data-urgency", level);
    await answer(panel, id, "Yes");
    const action = question.locator(".rf-question__action");
    await expect(action).toContainText(routeFor("us", level));
    if (level === "same-day") await expect(action).not.toContainText("911");
    await answer(panel, id, "No");
  }
  await panel.close();
});
