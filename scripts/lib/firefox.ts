import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { ADDON_UUID, QUIET_PREFS } from "./firefox-prefs";

export const FIREFOX_BUILD = resolve(import.meta.dirname, "../../.output/firefox-mv3");
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CANDIDATES = ["/usr/bin/firefox-esr", "/usr/bin/firefox", "/usr/lib/firefox-esr/firefox-esr"];

/** FIREFOX_PATH, or Debian's firefox-esr; says what to install when there is none. */
export function findFirefox(): string {
  const found = [process.env.FIREFOX_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      "No Firefox found. Set FIREFOX_PATH, or install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr).",
    );
  return found;
}

export interface FirefoxOptions {
  profileDir?: string;
  withExtension?: boolean;
  colorScheme?: "light" | "dark";
  /** More preferences (for example where downloads go). */
  prefs?: Record<string, string | number | boolean>;
}

export interface Firefox {
  browser: Browser;
  profileDir: string;
  close(): Promise<void>;
}

/** Starts headless Firefox (WebDriver BiDi), off the network, with the Firefox build installed. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<Firefox> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), "sciatica-lens-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    // moz-extension:// pages can be driven only with system access allowed.
    args: ["--remote-allow-system-access", "--width=1200", "--height=800"],
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      "ui.systemUsesDarkTheme": options.colorScheme === "dark" ? 1 : 0,
      ...options.prefs,
    },
    defaultViewport: { width: 1200, height: 800 },
    protocolTimeout: 30_000,
  });
  if (options.withExtension ?? true) await browser.installExtension(FIREFOX_BUILD);
  return { browser, profileDir, close: () => browser.close() };
}

/**
 * Shows an extension page in `page`. A plain goto of a moz-extension:// page may never report its load
 * to the client, so the navigation is started and the page's own content waited for instead.
 */
export async function showExtensionPage(page: Page, path: string, ready = "#app *"): Promise<Page> {
  void page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
  // Asked in a loop rather than with waitForFunction: while the old document is torn down, BiDi answers
  // an evaluation with an error ("right-hand side of 'in' should be an object"), which ends a wait task.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const loaded = await page
      .evaluate(
        (origin) => location.href.startsWith(origin) && document.readyState === "complete",
        EXTENSION_ORIGIN,
      )
      .catch(() => false);
    if (loaded) break;
    if (Date.now() > deadline) throw new Error(`${path} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}
