import { join } from "node:path";
import type { Page } from "puppeteer-core";
import {
  launchFirefox,
  showExtensionPage,
  EXTENSION_ORIGIN,
  type Firefox,
  type FirefoxOptions,
} from "../../scripts/lib/firefox";
import { serveFolder, type StaticServer } from "../../scripts/lib/static-server";
import { evaluateInExtension, framesInFirefox, tabIdInFirefox } from "../../scripts/lib/firefox-tab-state";
import { waitForScans, type TabFrames } from "../../scripts/lib/tab-findings";
import { clickTerm, termPoint } from "../../scripts/lib/term-point";
import { hostileRoutes } from "../e2e/hostile/routes";

// The real-Firefox suite's harness: Firefox over WebDriver BiDi (puppeteer-core), the Firefox build
// installed as a temporary add-on with a fixed UUID, and the fixtures served from 127.0.0.1. Extension
// state is read from an extension page (the "probe"), which has the same APIs the popup uses.

export const FIXTURES = join(import.meta.dirname, "../fixtures");
export { clickTerm, EXTENSION_ORIGIN, termPoint };

export interface Lens {
  ff: Firefox;
  server: StaticServer;
  /** An extension page kept open to read and drive the extension's state. */
  probe: Page;
  /** Every request of every page opened through newPage (WebDriver BiDi network events), in order. */
  requests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export const startServer = () => serveFolder(FIXTURES, {}, hostileRoutes(FIXTURES));

export async function startLens(server: StaticServer, options: FirefoxOptions = {}): Promise<Lens> {
  const ff = await launchFirefox(options);
  const requests: string[] = [];
  const newPage = async () => {
    const page = await ff.browser.newPage();
    page.on("request", (request) => void requests.push(request.url()));
    return page;
  };
  // Without the extension (the hostile pages' plain run) there is nothing to probe: a blank tab stands in.
  const probe =
    options.withExtension === false
      ? await newPage()
      : await showExtensionPage(await newPage(), "options.html");
  return { ff, server, probe, requests, newPage, close: () => ff.close() };
}

/** Opens an extension page (path and query, e.g. "popup.html?tabId=3") in a new tab. */
export const openExtensionPage = async (lens: Lens, path: string, ready?: string): Promise<Page> =>
  showExtensionPage(await lens.newPage(), path, ready);

/** Evaluates `fn(browser, arg)` in the probe page, where `browser` is the WebExtension API. */
export const inExtension = <A, R>(lens: Lens, fn: (api: ExtensionApi, arg: A) => Promise<R>, arg: A) =>
  evaluateInExtension(lens.probe, fn, arg);

/** The parts of the WebExtension API the tests use (typed loosely: it is the browser's, not ours). */
export interface ExtensionApi {
  sidebarAction: { isOpen(details: object): Promise<boolean> };
  tabs: { query(q: object): Promise<Array<{ id: number }>> };
  storage: {
    session: { get(k: string | null): Promise<Record<string, unknown>> };
    local: {
      get(k: string | null): Promise<Record<string, unknown>>;
      remove(k: string | string[]): Promise<void>;
    };
  };
  runtime: {
    getBackgroundPage(): Promise<{ sciaticaLens: { runCommand(c: string, t: object): Promise<void> } }>;
  };
}

export const tabIdOf = (lens: Lens, page: Page): Promise<number> => tabIdInFirefox(lens.probe, page);

export const framesOf = (lens: Lens, tabId: number): Promise<TabFrames> => framesInFirefox(lens.probe, tabId);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every frame of the tab has reported a finished scan, then returns the concepts found. */
export async function waitForFindings(lens: Lens, page: Page, settleMs = 400): Promise<Map<string, number>> {
  const tabId = await tabIdOf(lens, page);
  return waitForScans(() => framesOf(lens, tabId), settleMs);
}

/** Runs a shortcut's handler in the background page for the tab showing `page` (see commands.test.ts). */
export async function runCommand(lens: Lens, page: Page, command: string): Promise<void> {
  const tabId = await tabIdOf(lens, page);
  await inExtension(
    lens,
    async (api, [name, id]) => (await api.runtime.getBackgroundPage()).sciaticaLens.runCommand(name, { id }),
    [command, tabId] as const,
  );
}

/** The text of every range in our highlights, from the page's own CSS.highlights registry. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("sciatica-lens-"))
        for (const r of highlight)
          out.push(`${r.startContainer.textContent?.slice(r.startOffset, r.endOffset)}`);
    }
    return out;
  });
}

/** The open card's text (its shadow root is open; puppeteer's >>> selector sees into it), or null. */
export const cardText = (page: Page): Promise<string | null> =>
  page
    .$("sciatica-lens-card >>> [role=dialog]")
    .then((el) => (el ? el.evaluate((e) => e.textContent) : null));

export const cardCount = (page: Page): Promise<number> =>
  page.$$("sciatica-lens-card").then((els) => els.length);

export { sleep };
