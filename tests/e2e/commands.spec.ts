import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROME_BUILD } from "../../scripts/lib/launch";
import {
  card,
  cardHost,
  expect,
  highlightedTexts,
  runCommand,
  selectText,
  test,
  waitForFindings,
  type Lens,
} from "./harness";
import type { Page } from "@playwright/test";

// Keyboard shortcuts are browser commands: the browser catches the keys before any page sees them, and
// automation cannot press them (in a headless browser they never fire). So these tests check that the
// manifest declares each command with a key the browser accepted, and run each command's handler in the
// service worker: the same function commands.onCommand calls (see harness.runCommand).

const COMMANDS = ["toggle-highlights", "open-side-panel", "next-term", "explain-term"];

async function openTermsPage(lens: Lens, page: Page): Promise<void> {
  await page.goto(`${lens.server.url}/pages/ui-card-terms.html`);
  await waitForFindings(lens, page);
}

test("the manifest declares each shortcut, and the browser gave each its suggested key", async ({ lens }) => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, "manifest.json"), "utf8")) as {
    commands: Record<string, { suggested_key?: { default: string }; description: string }>;
  };
  for (const name of COMMANDS) {
    expect(manifest.commands[name]?.description, name).toBeTruthy();
    expect(manifest.commands[name]?.suggested_key?.default, name).toMatch(/^Alt\+Shift\+[A-Z]$/);
  }
  expect(manifest.commands._execute_action).toBeDefined();
  const withKeys = Object.values(manifest.commands).filter((c) => c.suggested_key);
  expect(withKeys.length, "Chrome takes at most four suggested keys").toBeLessThanOrEqual(4);
  // A suggested key the browser keeps for itself is silently dropped: each must really be assigned.
  const assigned = await lens.worker.evaluate(() => chrome.commands.getAll());
  for (const name of COMMANDS)
    expect(assigned.find((c) => c.name === name)?.shortcut, name).toBe(
      manifest.commands[name].suggested_key!.default,
    );
});

test("toggle highlights hides and restores this page's highlights", async ({ lens, page }) => {
  await openTermsPage(lens, page);
  const count = async () => Object.values(await highlightedTexts(page)).flat().length;
  expect(await count()).toBeGreaterThan(3);
  await runCommand(lens, page, "toggle-highlights");
  await expect.poll(count).toBe(0);
  // Only this page: the setting itself is unchanged.
  const stored = await lens.worker.evaluate(
    async () => (await chrome.storage.local.get("settings")).settings,
  );
  expect((stored as { highlights?: boolean } | undefined)?.highlights ?? true).toBe(true);
  await runCommand(lens, page, "toggle-highlights");
  await expect.poll(count).toBeGreaterThan(3);
});

test("next term scrolls to each term in turn and marks it; Enter opens its card, Escape closes it", async ({
  lens,
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await openTermsPage(lens, page);
  const focusText = () =>
    page.evaluate(() => {
      const focus = CSS.highlights.get("sciatica-lens-focus");
      const r = focus && ([...focus][0] as StaticRange | undefined);
      if (!r) return "";
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  await page.locator("#reply").focus();
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    await runCommand(lens, page, "next-term");
    // The hint counts the steps: waiting for this one's number (not just any hint, which the last step
    // left showing) means the focus highlight read next is this step's.
    await expect(cardHost(page).locator(".hint")).toContainText(`(${i + 1} of 6)`);
    await expect(cardHost(page).locator(".hint")).toContainText("Press Enter");
    seen.push(await focusText());
  }
  // Document order, from the top, wrapping round after the last term.
  expect(seen).toEqual([
    "sciatica",
    "sciatica",
    "physio",
    "piriformis syndrome",
    "massage therapy",
    "saddle numbness",
  ]);
  await expect(cardHost(page).locator(".hint")).toContainText("Saddle numbness (6 of 6)");
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  await page.keyboard.press("Enter");
  await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
  await expect(card(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(cardHost(page)).toHaveCount(0);
  await expect(page.locator("#reply")).toBeFocused();
  expect(await focusText()).toBe("");
  await runCommand(lens, page, "next-term");
  await expect(cardHost(page).locator(".hint")).toContainText("Sciatica (1 of 6)");
  // Any other key leaves the hint (the page keeps its keyboard).
  await page.keyboard.press("ArrowDown");
  await expect(cardHost(page)).toHaveCount(0);
});

test("explain opens the card of the term at the selection or caret, and does nothing elsewhere", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  await selectText(page, "#massage", "massage therapy");
  await runCommand(lens, page, "explain-term");
  await expect(card(page).getByRole("heading", { name: /Massage therapy/ })).toBeVisible();
  await expect(card(page)).toBeFocused();
  await page.keyboard.press("Escape");
  // A caret (collapsed selection) inside a term counts too.
  await page.evaluate(() => {
    const text = document.querySelector("#warning")!.firstChild as Text;
    const at = text.data.indexOf("saddle") + 3;
    getSelection()!.setBaseAndExtent(text, at, text, at);
  });
  await runCommand(lens, page, "explain-term");
  await expect(card(page).getByRole("heading", { name: /Saddle numbness/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await selectText(page, "#massage", "friend");
  await runCommand(lens, page, "explain-term");
  await page.waitForTimeout(300);
  await expect(cardHost(page)).toHaveCount(0);
});

test("open side panel asks the browser for the panel on the shortcut's tab", async ({ lens, page }) => {
  await openTermsPage(lens, page);
  // sidePanel.open() needs the user gesture a real shortcut carries and a test call cannot have (the
  // card's More button test opens the real panel). Here the browser call is observed, not replaced in
  // effect: the handler must ask for the panel on this tab, at once, before anything is awaited.
  const tabId = await lens.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!,
  );
  const calls = await lens.worker.evaluate(async (id) => {
    const api = chrome.sidePanel as { open: (o: object) => Promise<void> };
    const real = api.open;
    const seen: object[] = [];
    api.open = (options) => {
      seen.push(options);
      return Promise.resolve();
    };
    try {
      const lensApi = (
        globalThis as unknown as { sciaticaLens: { runCommand(c: string, t: object): Promise<void> } }
      ).sciaticaLens;
      const running = lensApi.runCommand("open-side-panel", { id });
      const beforeAwait = seen.length;
      await running;
      return { beforeAwait, seen };
    } finally {
      api.open = real;
    }
  }, tabId);
  expect(calls).toEqual({ beforeAwait: 1, seen: [{ tabId }] });
});

test("explain in a page without a selection on a term opens nothing, and selecting text never opens a card", async ({
  lens,
  page,
}) => {
  await openTermsPage(lens, page);
  const text = page.locator("#opening");
  const box = (await text.boundingBox())!;
  // Dragging across a term selects text; it is not a click on the term.
  await page.mouse.move(box.x + 2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 5, box.y + 5, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await expect(cardHost(page)).toHaveCount(0);
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await runCommand(lens, page, "explain-term");
  await page.waitForTimeout(300);
  await expect(cardHost(page)).toHaveCount(0);
});
