import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "../../entrypoints/scanner.content/page-context";
import {
  extensionAlive,
  readSettings,
  sendReport,
  watchSettings,
} from "../../entrypoints/scanner.content/extension-api";

// What the page scanner sees when the extension is reloaded or removed under an open page: its runtime id
// disappears and every extension API throws. The scanner must notice, end, and never throw into the page.

const ID = fakeBrowser.runtime.id;
const report = { host: "a.example", status: "done" as const, concepts: [] };

function invalidate(): void {
  (fakeBrowser.runtime as { id?: string }).id = undefined;
  const dead = () => {
    throw new Error("Extension context invalidated.");
  };
  vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(dead);
  vi.spyOn(fakeBrowser.storage.local, "get").mockImplementation(dead);
  vi.spyOn(fakeBrowser.storage.onChanged, "removeListener").mockImplementation(dead);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  (fakeBrowser.runtime as { id?: string }).id = ID;
  vi.restoreAllMocks();
});

describe("the page scanner's lifetime", () => {
  it("stays valid while the extension is there", () => {
    const ctx = new ContentScriptContext("scanner");
    expect(extensionAlive()).toBe(true);
    expect(ctx.isValid).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
  });

  it("ends (its signal aborts) once the extension is gone", () => {
    const ctx = new ContentScriptContext("scanner");
    const ended = vi.fn();
    ctx.signal.addEventListener("abort", ended);
    invalidate();
    expect(extensionAlive()).toBe(false);
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it("turns a dead context's throwing calls into rejections the scanner already handles", async () => {
    invalidate();
    let sent: Promise<unknown> | undefined;
    expect(() => (sent = sendReport(report))).not.toThrow();
    await expect(sent).rejects.toThrow(/invalidated/);
    await expect(readSettings()).rejects.toThrow(/invalidated/);
  });

  it("ends its listeners quietly even when removing them throws", () => {
    const controller = new AbortController();
    watchSettings(() => undefined, controller.signal);
    invalidate();
    expect(() => controller.abort()).not.toThrow();
  });
});
