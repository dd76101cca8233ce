import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "../../entrypoints/scanner.content/page-context";
import {
  extensionAlive,
  readStart,
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
    await expect(readStart()).rejects.toThrow(/invalidated/);
  });

  it("ends its listeners quietly even when removing them throws", () => {
    const controller = new AbortController();
    watchSettings(() => undefined, controller.signal);
    invalidate();
    expect(() => controller.abort()).not.toThrow();
  });
});

describe("in place of WXT's content-script context", () => {
  // The real one, by file path: the package name is aliased to ours in this build.
  const wxtModule = "../../node_modules/wxt/dist/utils/content-script-context.mjs";
  /** Methods of WXT's class that exist only to announce our start to the page, which is what we drop. */
  const ANNOUNCING = ["stopOldScripts", "listenForNewerScripts", "verifyScriptStartedEvent"];
  const members = (proto: object) =>
    Object.getOwnPropertyNames(proto).filter((name) => name !== "constructor" && !name.startsWith("_"));

  it("has every public member of WXT's, so WXT's UI helpers work with it", async () => {
    const wxt = (await import(/* @vite-ignore */ wxtModule)) as {
      ContentScriptContext: { prototype: object };
    };
    expect(members(wxt.ContentScriptContext.prototype)).toContain("stopOldScripts"); // theirs, not ours
    expect(members(ContentScriptContext.prototype)).not.toContain("stopOldScripts");
    const theirs = members(wxt.ContentScriptContext.prototype).filter((m) => !ANNOUNCING.includes(m));
    expect(theirs.length).toBeGreaterThan(8);
    expect(members(ContentScriptContext.prototype)).toEqual(expect.arrayContaining(theirs));
  });

  it("ends its timers and listeners with it", () => {
    vi.useFakeTimers();
    try {
      const ctx = new ContentScriptContext("scanner");
      const tick = vi.fn();
      const removed = vi.fn();
      ctx.setInterval(tick, 100);
      ctx.onInvalidated(removed);
      vi.advanceTimersByTime(250);
      expect(tick).toHaveBeenCalledTimes(2);
      invalidate();
      vi.advanceTimersByTime(250); // the next tick finds the extension gone, ends the context, and stops
      expect(ctx.signal.aborted).toBe(true);
      expect(removed).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1000);
      expect(tick).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
