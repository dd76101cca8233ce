import type { Page } from "@playwright/test";
import type { HostileExpectations } from "./expected";

// What "the page behaves the same with and without the extension" is measured by: the DOM (with open,
// closed-but-exposed and nested shadow roots, form values), every frame's, after the page settles; its
// errors; and what typing and mouse selection do.

/**
 * Serialises one frame's document as the page sees it. Closed shadow roots are included where the page
 * exposes them for the test (window.__closedRoots). Runs in the page's own world.
 */
export const SERIALIZE = `(() => {
  const out = [];
  const label = (el) => el.localName + (el.id ? "#" + el.id : "");
  const visit = (root, where) => {
    out.push(where + " " + (root.documentElement ? root.documentElement.outerHTML : root.innerHTML));
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) visit(el.shadowRoot, where + ">" + label(el));
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
        out.push("value " + label(el) + "=" + JSON.stringify(el.value) + (el.checked ? " checked" : ""));
    }
  };
  visit(document, "document");
  for (const [name, root] of Object.entries(window.__closedRoots || {})) visit(root, "closed " + name);
  if (typeof window.__pageState === "function") out.push("state " + window.__pageState());
  out.push("title " + document.title, "url " + location.pathname + location.search + location.hash);
  out.push("scroll " + Math.round(scrollX) + "," + Math.round(scrollY));
  const active = document.activeElement;
  out.push("focus " + (active ? label(active) : "none"));
  return out.join("\\n");
})()`;

/** Every frame's serialisation, keyed by a stable description of the frame, sorted. */
export async function snapshot(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const out: string[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const url = frame
      .url()
      .replace(origin, "")
      .replace(/localhost:\d+/, "localhost");
    try {
      out.push(`[frame ${url} ${frame.name()}]\n${(await frame.evaluate(SERIALIZE)) as string}`);
    } catch (error) {
      out.push(`[frame ${url} ${frame.name()}] unreadable: ${String(error).split("\n")[0]}`);
    }
  }
  return out.sort();
}

/** Collects the page's errors (uncaught exceptions in any world, console errors) from now on. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  const clean = (text: string) =>
    text
      .replace(/https?:\/\/(127\.0\.0\.1|localhost):\d+/g, "SERVER")
      .replace(/chrome-extension:\/\/\w+/g, "EXTENSION")
      .replace(/:\d+:\d+/g, "");
  page.on("pageerror", (error) => errors.push(`uncaught: ${clean(error.message)}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${clean(message.text())}`);
    // Anything we say in a page's console means something went wrong (we never log in normal use).
    else if (message.text().includes("Sciatica Lens"))
      errors.push(`${message.type()}: ${clean(message.text())}`);
  });
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.type()} ${clean(dialog.message())}`);
    void dialog.dismiss();
  });
  return errors;
}

export const TYPED = " typed: my sciatica, piriformis syndrome <b>not bold</b> & more";

export interface Interaction {
  typed: Record<string, string>;
  selected: Record<string, string>;
}

/** Types into each declared field and editor, and selects each declared element's text with the mouse. */
export async function interact(page: Page, expected: HostileExpectations): Promise<Interaction> {
  const result: Interaction = { typed: {}, selected: {} };
  for (const selector of expected.type ?? []) {
    const field = page.locator(selector).first();
    await field.scrollIntoViewIfNeeded({ timeout: 5000 });
    await field.click({ timeout: 5000 });
    await page.keyboard.press("End");
    await page.keyboard.type(TYPED, { delay: 0 });
    result.typed[selector] = await field.evaluate((el) =>
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
        ? `${el.value} @${el.selectionStart}`
        : `${el.innerHTML} @${String(getSelection()?.focusOffset)}`,
    );
  }
  for (const selector of expected.select ?? []) {
    const target = page.locator(selector).first();
    await target.scrollIntoViewIfNeeded({ timeout: 5000 });
    await target.click({ clickCount: 3, position: { x: 3, y: 5 }, timeout: 5000 });
    result.selected[selector] = await page.evaluate(() => getSelection()?.toString() ?? "");
    await target.dblclick({ position: { x: 3, y: 5 }, timeout: 5000 });
    result.selected[`${selector} (word)`] = await page.evaluate(() => getSelection()?.toString() ?? "");
  }
  return result;
}

/** Where two serialisations first differ, with a little context (they may be megabytes long). */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const context = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 120));
  return `at ${i} of ${a.length}/${b.length}:\n  without: ${context(a)}\n  with:    ${context(b)}`;
}
