import { test as base, expect, type Page, type Worker } from "@playwright/test";
import { join } from "node:path";
import { launchWithExtension, type Launched } from "../../scripts/lib/launch";
import { serveFolder, type StaticServer } from "../../scripts/lib/static-server";
import { framesOfTab, tabIdOf as tabIdOfPage, type TabFrames } from "../../scripts/lib/tab-state";
import { waitForScans } from "../../scripts/lib/tab-findings";
import { clickTerm, termPoint } from "../../scripts/lib/term-point";
import { hostileRoutes } from "./hostile/routes";

export { clickTerm, termPoint };

export const FIXTURES = join(import.meta.dirname, "../fixtures");

export interface Lens extends Launched {
  worker: Worker;
  extensionId: string;
  server: StaticServer;
}

/** The same browser, flags and server, without the extension: what a page does on its own. */
export interface Plain extends Launched {
  server: StaticServer;
}

export const test = base.extend<{ page: Page }, { lens: Lens; plain: Plain; server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const server = await serveFolder(FIXTURES, {}, hostileRoutes(FIXTURES));
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],
  lens: [
    async ({ server }, use) => {
      const launched = await launchWithExtension();
      await use({ ...launched, worker: launched.worker!, extensionId: launched.extensionId!, server });
      await launched.context.close();
    },
    { scope: "worker" },
  ],
  plain: [
    async ({ server }, use) => {
      const launched = await launchWithExtension({ withExtension: false });
      await use({ ...launched, server });
      await launched.context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ lens }, use) => {
    const page = await lens.context.newPage();
    await use(page);
    await page.close();
  },
});
export { expect };

export type { TabFrames };

export const tabIdOf = (lens: Lens, page: Page): Promise<number> => tabIdOfPage(lens.worker, page);

export const framesOf = (lens: Lens, tabId: number): Promise<TabFrames> => framesOfTab(lens.worker, tabId);

/** Waits until every frame of the tab has reported a finished scan, then returns the concepts found. */
export async function waitForFindings(lens: Lens, page: Page, settleMs = 400): Promise<Map<string, number>> {
  const tabId = await tabIdOf(lens, page);
  return waitForScans(() => framesOf(lens, tabId), settleMs);
}

/** The text of every range in our highlights, read from the page's own CSS.highlights registry. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("sciatica-lens-")) continue;
      out[name] = [...highlight].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

export const popupUrl = (lens: Lens, tabId: number) =>
  `chrome-extension://${lens.extensionId}/popup.html?tabId=${tabId}`;

/** Opens the popup, in a new tab, about the tab showing `page`. */
export async function openPopup(lens: Lens, page: Page): Promise<Page> {
  const popup = await lens.context.newPage();
  await popup.goto(popupUrl(lens, await tabIdOf(lens, page)));
  return popup;
}

/** The in-page card's host element (in the page only while a card or hint is shown). */
export const cardHost = (page: Page) => page.locator("sciatica-lens-card");

/** The open card's dialog (Playwright's locators see into its open shadow root). */
export const card = (page: Page) => page.locator("sciatica-lens-card [role=dialog]");

/** Puts the page's selection on the first occurrence of `text` in the element `selector`. */
export function selectText(page: Page, selector: string, text: string): Promise<void> {
  return page.evaluate(
    ([sel, wanted]) => {
      const node = document.querySelector(sel)!.firstChild as Text;
      const start = node.data.indexOf(wanted);
      getSelection()!.setBaseAndExtent(node, start, node, start + wanted.length);
    },
    [selector, text] as const,
  );
}

/**
 * Runs a keyboard shortcut's handler in the service worker for the tab showing `page`. Browser-level
 * shortcuts cannot be pressed by automation (they never reach a headless page), so the tests call the
 * very function the commands.onCommand listener calls; the manifest test checks the keys themselves.
 */
export async function runCommand(lens: Pick<Lens, "worker">, page: Page, command: string): Promise<void> {
  const tabId = await tabIdOfPage(lens.worker, page);
  await lens.worker.evaluate(
    ([name, id]) =>
      (
        globalThis as unknown as { sciaticaLens: { runCommand(c: string, t: { id: number }): Promise<void> } }
      ).sciaticaLens.runCommand(name, { id }),
    [command, tabId] as const,
  );
}

/** Puts the settings back to their defaults (tests that change them share the browser with others). */
export function resetSettings(lens: Pick<Lens, "worker">): Promise<void> {
  return lens.worker.evaluate(() => chrome.storage.local.remove("settings"));
}

export const optionsUrl = (lens: Pick<Lens, "extensionId">) =>
  `chrome-extension://${lens.extensionId}/options.html`;

/** A browser of its own (these tests change settings and restart), with the harness's view of it. */
export function ownHarness(lens: Lens, launched: Launched): Lens {
  return { ...lens, ...launched, worker: launched.worker!, extensionId: launched.extensionId! };
}

/** Runs `before` in a browser of its own, closes it, then `after` in the same profile started again. */
export async function withRestart(
  lens: Lens,
  before: (own: Lens) => Promise<void>,
  after: (own: Lens) => Promise<void>,
): Promise<void> {
  const first = await launchWithExtension();
  try {
    await before(ownHarness(lens, first));
  } finally {
    await first.context.close();
  }
  const again = await launchWithExtension({ userDataDir: first.userDataDir });
  try {
    await after(ownHarness(lens, again));
  } finally {
    await again.context.close();
  }
}
