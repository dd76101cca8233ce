import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Worker } from "@playwright/test";
import { findBrowser } from "./find-browser";

export const CHROME_BUILD = resolve(import.meta.dirname, "../../.output/chrome-mv3");

/**
 * Chromium reads only the last --disable-features switch, and Playwright passes its own: so this one
 * repeats Playwright's list (1.65; among them NetworkTimeServiceQuerying, which asks Google for the time)
 * and adds ours.
 */
const DISABLED_FEATURES = [
  // Playwright's
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  // ours: no translation offers (and their downloads) on foreign-language test pages
  "Translate",
];

/** Flags that keep Chromium from reaching any network: no DNS look-ups, no background services. */
export const QUIET_FLAGS = [
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-quic",
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
];

export interface LaunchOptions {
  headless?: boolean;
  userDataDir?: string;
  withExtension?: boolean;
  colorScheme?: "light" | "dark";
  /** Lets DevTools load and reload unpacked extensions (the extension-reload test needs it). */
  extensionDebugging?: boolean;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string | null;
  worker: Worker | null;
  userDataDir: string;
}

/** Launches Chromium with a persistent profile and (by default) the built extension loaded. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Launched> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "sciatica-lens-profile-"));
  const withExtension = options.withExtension ?? true;
  const args = [...QUIET_FLAGS];
  if (withExtension)
    args.push(`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`);
  if (options.extensionDebugging) args.push("--enable-unsafe-extension-debugging");
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    args,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: 1200, height: 800 },
  });
  if (!withExtension) return { context, extensionId: null, worker: null, userDataDir };
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, userDataDir };
}
