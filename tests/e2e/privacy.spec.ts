import type { Page } from "@playwright/test";
import { CHROME_BUILD, launchWithExtension, type Launched } from "../../scripts/lib/launch";
import type { StaticServer } from "../../scripts/lib/static-server";
import { expect, framesOf, openPopup, tabIdOf, test, waitForFindings, type Lens } from "./harness";
import { NetworkRecorder, type RecordedRequest } from "./network-recorder";
import { explainOnPage, explainUrl, readReport } from "./explain-helpers";
import { tinyPdf } from "./tiny-pdf";

// No network requests from any extension context, ever. Every request Chromium makes is recorded while
// the extension installs, scans pages (frames of two origins, shadow roots, a strict CSP) and while its
// popup, side panel (in a tab and the real one) and options page are used. Only the test server's own
// pages and our own package files may appear. A control case proves the recorder sees each kind of sender.

const SCANNED = [
  "/demo/forum.html",
  "/demo/article.html",
  "/pages/wiki-sciatica.html",
  "/pages/dom-shadow-root.html",
  "/pages/dom-iframe-srcdoc.html",
  "/pages/dom-dynamic-append.html",
  "/hostile/frames-cross-origin.html",
  "/hostile/ad-frames.html",
  "/hostile/csp-trusted-types.html",
  "/hostile/markup-as-text.html",
];

/** Launches with DevTools allowed to reload the extension, so its install runs under the recorder. */
async function launchRecorded(
  server: StaticServer,
): Promise<{ lens: Lens; recorder: NetworkRecorder; launched: Launched }> {
  const launched = await launchWithExtension({ extensionDebugging: true });
  const recorder = new NetworkRecorder(launched.context);
  const installed = launched.context.waitForEvent("serviceworker", { timeout: 20_000 });
  const cdp = await launched.context.browser()!.newBrowserCDPSession();
  await cdp.send("Extensions.loadUnpacked" as never, { path: CHROME_BUILD } as never);
  await cdp.detach();
  const worker = await installed;
  const lens = { ...launched, worker, extensionId: launched.extensionId!, server };
  return { lens, recorder, launched };
}

/** The only requests allowed: the test server's pages (both of its origins), and our own package's files. */
function allowedFor(lens: Lens) {
  const servers = new Set([lens.server.url, lens.server.otherOrigin]);
  const ours = `chrome-extension://${lens.extensionId}/`;
  const fromUs = (r: RecordedRequest) =>
    r.from === "service worker" || r.from.startsWith(ours) || r.via === "devtools";
  return (r: RecordedRequest): boolean => {
    if (r.url.startsWith("data:") || r.url.startsWith("about:")) return true;
    // Our pages opened by the test, or our files loaded by our own pages; a web page loading our files
    // would be a leak too.
    if (r.url.startsWith(ours)) return fromUs(r) || r.from === "navigation";
    try {
      return servers.has(new URL(r.url).origin) && !fromUs(r);
    } catch {
      return false;
    }
  };
}

const unexpected = (recorder: NetworkRecorder, lens: Lens) =>
  recorder.requests.filter((r) => !allowedFor(lens)(r));

async function usePopup(lens: Lens, page: Page): Promise<void> {
  const popup = await openPopup(lens, page);
  await expect(popup.locator("[data-concept]").first()).toBeVisible();
  await popup.getByLabel("Look up a term").fill("pirformis");
  await expect(popup.locator("[data-result]").first()).toBeVisible();
  await popup
    .locator("[data-concept]")
    .first()
    .getByRole("button", { name: /show me/i })
    .click();
  await expect(popup.getByText(/Showing 1 of \d+/)).toBeVisible();
  const highlights = popup.getByLabel("Highlight terms on pages");
  await highlights.uncheck();
  await highlights.check();
  const pause = popup.getByLabel(/Pause Sciatica Lens on/);
  await pause.check();
  await pause.uncheck();
  await popup
    .locator("[data-concept]")
    .first()
    .getByRole("button", { name: /explain/i })
    .click();
  await popup.getByRole("button", { name: "Open the side panel" }).click();
  await popup.close();
}

test("the extension makes no network request while it installs, scans pages and its pages are used", async ({
  server,
}) => {
  test.setTimeout(120_000);
  const { lens, recorder, launched } = await launchRecorded(server);
  try {
    const page = await launched.context.newPage();
    for (const path of SCANNED) {
      await page.goto(`${server.url}${path}`);
      await waitForFindings(lens, page, 300);
    }
    await page.goto(`${server.url}/demo/forum.html`);
    expect((await waitForFindings(lens, page)).size).toBeGreaterThan(3);
    await usePopup(lens, page);

    // The real side panel, opened by the popup: watched from its first request (it is reloaded once watched).
    await expect
      .poll(() => recorder.watchExtensionTargets(lens.extensionId))
      .toContainEqual(expect.stringContaining("sidepanel.html"));
    // The reloaded panel's own scripts are requested once it is watched. Chromium can drop a reload sent
    // while the panel's first load still runs, or replace the panel with a new target: so until its
    // scripts have been seen, new panel targets are watched and the watched one is reloaded again.
    const panelScriptsSeen = () =>
      recorder.requests.some((r) => r.via === "devtools" && /\/chunks\/[^/]+\.js$/.test(r.url));
    await expect
      .poll(
        async () => {
          if (panelScriptsSeen()) return true;
          await recorder.watchExtensionTargets(lens.extensionId);
          await recorder.reloadWatched("sidepanel.html").catch(() => undefined);
          return false;
        },
        { timeout: 60_000, intervals: [3_000] },
      )
      .toBe(true);
    await recorder.evaluateInWatched(
      "sidepanel.html",
      `document.querySelector(".all-terms button")?.click()`,
    );

    const panel = await launched.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?concept=sciatica`);
    await expect(panel.getByRole("heading", { level: 2, name: "Sciatica" })).toBeVisible();
    await panel.locator(".all-terms > summary").click();
    for (const button of (await panel.locator(".all-terms button").all()).slice(0, 5)) await button.click();
    await panel.close();

    const options = await launched.context.newPage();
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    const toggle = options.getByLabel("Highlight terms on pages");
    await toggle.uncheck();
    await toggle.check();
    await options.close();

    // The Explain page: a pasted report, its notes, and a PDF read with PDF.js and its worker.
    const explain = await launched.context.newPage();
    await explain.goto(explainUrl(lens));
    await explainOnPage(explain, readReport("mri-lumbar-l45-extrusion.txt").text);
    await explain.getByRole("button", { name: "Add to my appointment notes" }).click();
    await explain.getByLabel("Choose a PDF file").setInputFiles({
      name: "report.pdf",
      mimeType: "application/pdf",
      buffer: tinyPdf(["MRI: L4-5 left paracentral disc extrusion. Right sided sciatica."]),
    });
    await expect(explain.getByTestId("pdf-status")).toHaveText("Read report.pdf.");
    await explain.close();
    await page.waitForTimeout(500);

    // The recorder was on: it saw the pages, the extension pages' own files, and the real side panel.
    const seen = recorder.requests;
    for (const path of SCANNED)
      expect(
        seen.some((r) => r.url.endsWith(path)),
        path,
      ).toBe(true);
    expect(
      seen.some((r) => r.url.startsWith(lens.server.otherOrigin)),
      "cross-origin frames",
    ).toBe(true);
    const tabId = await tabIdOf(lens, page);
    expect(seen.some((r) => r.via === "playwright" && r.url.endsWith(`/popup.html?tabId=${tabId}`))).toBe(
      true,
    );
    expect(seen.some((r) => r.via === "devtools" && r.url.endsWith("/sidepanel.html"))).toBe(true);
    expect(seen.some((r) => r.url.endsWith("/explain.html"))).toBe(true);
    expect(
      seen.some((r) => /\/assets\/pdf-worker-[\w-]+\.js$/.test(r.url)),
      "the PDF worker's script",
    ).toBe(true);
    expect(
      seen.some((r) => r.via === "devtools" && /\/chunks\/[^/]+\.js$/.test(r.url)),
      "panel scripts",
    ).toBe(true);
    expect(unexpected(recorder, lens)).toEqual([]);
  } finally {
    await recorder.stop();
    await launched.context.close();
  }
});

test("control: the recorder sees a request from each kind of sender, and the check rejects them", async ({
  server,
}) => {
  test.setTimeout(90_000);
  const { lens, recorder, launched } = await launchRecorded(server);
  try {
    const page = await launched.context.newPage();
    await page.goto(`${server.url}/hostile/frames-cross-origin.html`);
    await waitForFindings(lens, page);
    // A page, and a cross-origin frame inside it.
    await page.evaluate(() => fetch("http://control-page.invalid/").catch(() => undefined));
    const frame = page.frames().find((f) => f.url().startsWith(server.otherOrigin))!;
    await frame.evaluate(() => fetch("http://control-frame.invalid/").catch(() => undefined));
    // The service worker: our own file is allowed by our policy (and recorded); a remote one is refused
    // by the policy before any request exists, which is the barrier this suite relies on.
    await lens.worker.evaluate(() => fetch(chrome.runtime.getURL("manifest.json")).then((r) => r.status));
    const refused = await lens.worker.evaluate(() =>
      fetch("http://control-worker.invalid/").then(
        () => "sent",
        (e: Error) => e.message,
      ),
    );
    expect(refused).not.toBe("sent");
    // An extension page in a tab, and the real side panel.
    const popup = await openPopup(lens, page);
    await popup.evaluate(() => void (new Image().src = "/icon/16.png?control-popup"));
    await popup.getByRole("button", { name: "Open the side panel" }).click();
    await expect
      .poll(() => recorder.watchExtensionTargets(lens.extensionId))
      .toContainEqual(expect.stringContaining("sidepanel.html"));
    await page.waitForTimeout(500);
    await recorder.evaluateInWatched("sidepanel.html", `new Image().src = "/icon/32.png?control-panel"`);
    // A tab the extension opens.
    await lens.worker.evaluate(() => chrome.tabs.create({ url: "http://control-tab.invalid/" }));
    await page.waitForTimeout(1500);

    const urls = recorder.requests.map((r) => r.url);
    for (const control of [
      "http://control-page.invalid/",
      "http://control-frame.invalid/",
      `chrome-extension://${lens.extensionId}/manifest.json`,
      `chrome-extension://${lens.extensionId}/icon/16.png?control-popup`,
      `chrome-extension://${lens.extensionId}/icon/32.png?control-panel`,
      "http://control-tab.invalid/",
    ])
      expect(urls, control).toContain(control);
    expect(recorder.requests.find((r) => r.url.endsWith("manifest.json"))?.from).toBe("service worker");
    expect(recorder.requests.find((r) => r.url.includes("control-panel"))?.via).toBe("devtools");
    // The check fails on every remote control request.
    const rejected = new Set(unexpected(recorder, lens).map((r) => r.url));
    expect([...rejected].filter((u) => u.includes("control-")).sort()).toEqual(
      ["http://control-frame.invalid/", "http://control-page.invalid/", "http://control-tab.invalid/"].sort(),
    );
  } finally {
    await recorder.stop();
    await launched.context.close();
  }
});

test("a web page cannot message the extension, forge its events or reach its state", async ({
  lens,
  page,
}) => {
  await page.goto(`${lens.server.url}/demo/forum.html`);
  const before = await waitForFindings(lens, page);
  const tabId = await tabIdOf(lens, page);
  const attempts = await page.evaluate(async (extensionId) => {
    const out: string[] = [];
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } })
      .chrome?.runtime;
    out.push(`runtime messaging: ${typeof runtime?.sendMessage}/${typeof runtime?.connect}`);
    // Envelopes of our own protocol, posted and dispatched every way a page can.
    const forged = {
      type: "findings/report",
      payload: {
        host: "evil.example",
        status: "done",
        concepts: [{ id: "spinal-tumour", count: 99, category: "cause" }],
      },
    };
    window.postMessage(forged, "*");
    window.postMessage(JSON.stringify(forged), "*");
    for (const name of ["wxt:content-script-started", `${extensionId}:scanner:wxt:content-script-started`]) {
      const detail = { contentScriptName: "scanner", messageId: "page" };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, "*");
    }
    try {
      await fetch(`chrome-extension://${extensionId}/manifest.json`);
      out.push("read our files: yes");
    } catch {
      out.push("read our files: no");
    }
    return out;
  }, lens.extensionId);
  expect(attempts).toEqual(["runtime messaging: undefined/undefined", "read our files: no"]);

  // The scanner is still running (the forged "stop" event did nothing): a new post is found.
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Later: the surgeon suggested a discectomy.";
    document.body.append(p);
  });
  await expect.poll(async () => (await waitForFindings(lens, page, 200)).has("discectomy")).toBe(true);
  // Nothing the page posted reached the tab's state.
  const frames = await framesOf(lens, tabId);
  expect(Object.values(frames).some((f) => f.host === "evil.example")).toBe(false);
  const after = await waitForFindings(lens, page, 100);
  expect(after.has("spinal-tumour")).toBe(before.has("spinal-tumour"));
});
