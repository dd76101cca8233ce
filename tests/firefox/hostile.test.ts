import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { StaticServer } from "../../scripts/lib/static-server";
import { firstDifference, SERIALIZE, TYPED } from "../e2e/hostile/compare";
import { expectationsOf, type HostileExpectations } from "../e2e/hostile/expected";
import { FIXTURES, startLens, startServer, waitForFindings, type Lens } from "./harness";

// The hostile pages most likely to differ in Firefox (frames, shadow roots, editors, CSP, SPA navigation,
// page scripts that rewrite the document or clear the highlight registry), each loaded in a Firefox
// without the extension and in one with it, compared as tests/e2e/hostile.spec.ts compares them.

const PAGES = [
  "frames",
  "frames-cross-origin",
  "shadow-roots",
  "shadow-late",
  "rich-editor",
  "inputs-and-textareas",
  "csp-trusted-types",
  "spa-router",
  "document-rewrite",
  "highlights-clear",
];

let server: StaticServer;
let lens: Lens;
let plain: Lens;
beforeAll(async () => {
  server = await startServer();
  [lens, plain] = await Promise.all([startLens(server), startLens(server, { withExtension: false })]);
});
afterAll(async () => {
  await Promise.all([lens?.close(), plain?.close()]);
  await server?.close();
});

/** Every frame's serialisation (the page's own world), keyed by frame address, sorted. */
async function snapshot(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const out: string[] = [];
  for (const frame of page.frames()) {
    if (frame.detached) continue;
    const url = frame
      .url()
      .replace(origin, "")
      .replace(/localhost:\d+/, "localhost");
    const text = await frame
      .evaluate(SERIALIZE)
      .catch((e: unknown) => `unreadable: ${String(e).split("\n")[0]}`);
    out.push(`[frame ${url}]\n${String(text)}`);
  }
  return out.sort();
}

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  const clean = (text: string) =>
    text.replace(/https?:\/\/(127\.0\.0\.1|localhost):\d+/g, "SERVER").replace(/:\d+:\d+/g, "");
  page.on(
    "pageerror",
    (error) => void errors.push(`uncaught: ${clean(String((error as Error).message ?? error))}`),
  );
  page.on("console", (m) => {
    if (m.type() === "error" || m.text().includes("Sciatica Lens"))
      errors.push(`${m.type()}: ${clean(m.text())}`);
  });
  return errors;
}

/** Types into each declared field and editor; what it then holds. */
async function typeInto(page: Page, expected: HostileExpectations): Promise<Record<string, string>> {
  const typed: Record<string, string> = {};
  for (const selector of expected.type ?? []) {
    // Playwright's CSS (the fixtures' dialect) sees into open shadow roots; puppeteer's needs pierce/.
    const field = ((await page.$(selector)) ?? (await page.$(`pierce/${selector}`)))!;
    await field.scrollIntoView();
    await field.click();
    await page.keyboard.press("End");
    await page.keyboard.type(TYPED);
    typed[selector] = await field.evaluate((el) =>
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
        ? `${el.value} @${el.selectionStart}`
        : `${el.innerHTML} @${String(getSelection()?.focusOffset)}`,
    );
  }
  return typed;
}

async function visit(browser: Lens, name: string, expected: HostileExpectations, withExtension: boolean) {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  await page.goto(`${server.url}/hostile/${name}.html`, { waitUntil: "load", timeout: 60_000 });
  if (expected.settle) await page.waitForFunction("window.__settled === true", { timeout: 30_000 });
  let found = new Map<string, number>();
  if (withExtension) {
    await expect
      .poll(
        async () => {
          found = await waitForFindings(browser, page, 150);
          return expected.must.filter((id) => !found.has(id));
        },
        { timeout: 25_000 },
      )
      .toEqual([]);
    found = await waitForFindings(browser, page, (expected.waitMs ?? 0) > 0 ? 300 : 150);
  } else await new Promise((resolve) => setTimeout(resolve, 400 + (expected.waitMs ?? 0)));
  const settled = await snapshot(page);
  const typed = await typeInto(page, expected);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const afterTyping = await snapshot(page);
  await page.close();
  return { errors, settled, typed, afterTyping, found };
}

for (const name of PAGES) {
  test(`${name}: the page behaves the same in Firefox, and the extension finds its terms`, async () => {
    const expected = expectationsOf(readFileSync(join(FIXTURES, "hostile", `${name}.html`), "utf8"), name);
    // Two browsers, one page each: both visits at once.
    const [without, withLens] = await Promise.all([
      visit(plain, name, expected, false),
      visit(lens, name, expected, true),
    ]);
    const left = [...without.errors];
    const newErrors = withLens.errors.filter((e) =>
      left.includes(e) ? (left.splice(left.indexOf(e), 1), false) : true,
    );
    expect(newErrors, "errors only with the extension").toEqual([]);
    expect(
      [...withLens.found.keys()].filter((id) => expected.mustNot.includes(id)),
      "wrongly found",
    ).toEqual([]);
    const dom = (a: string[], b: string[]) =>
      a.join("\n") === b.join("\n") ? "same" : firstDifference(a.join("\n"), b.join("\n"));
    expect(dom(without.settled, withLens.settled), "the DOM after settling").toBe("same");
    expect(withLens.typed, "what typing did").toEqual(without.typed);
    expect(dom(without.afterTyping, withLens.afterTyping), "the DOM after typing").toBe("same");
  });
}
