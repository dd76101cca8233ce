import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  BACKGROUND_SENDERS,
  type BackgroundHandlers,
  type BackgroundMessageType,
} from "../../utils/protocol/background";
import { senderKind, sentBy, type SenderInfo } from "../../utils/protocol/senders";

// Each test loads the messaging modules afresh, so "logged once" starts from nothing every time.
let handleMessages: typeof import("../../utils/messaging").handleBackgroundMessages;
let warn: ReturnType<typeof vi.spyOn>;

const ID = fakeBrowser.runtime.id;
const BASE = `chrome-extension://${ID}/`;
const contentScript: SenderInfo = {
  id: ID,
  url: "https://forum.example/thread/1",
  tab: { id: 4 },
  frameId: 0,
};
const popup: SenderInfo = { id: ID, url: `${BASE}popup.html`, origin: BASE.slice(0, -1) };
const popupInTab: SenderInfo = { ...popup, tab: { id: 9 }, frameId: 0 };
const otherExtension: SenderInfo = {
  id: "abcdefghijklmnopabcdefghijklmnop",
  url: "https://x.example/",
  tab: { id: 4 },
  frameId: 0,
};
const webPage: SenderInfo = {
  url: "https://evil.example/",
  origin: "https://evil.example",
  tab: { id: 4 },
  frameId: 0,
};
const noTab: SenderInfo = { id: ID, url: "https://forum.example/" };

const report = {
  host: "forum.example",
  status: "done",
  concepts: [{ id: "sciatica", count: 2, category: "condition" }],
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  ({ handleBackgroundMessages: handleMessages } = await import("../../utils/messaging"));
  warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** Every handler the background must have; the test's own ones replace these (which fail if called). */
function handlers(own: Partial<BackgroundHandlers>): BackgroundHandlers {
  const unexpected = () => {
    throw new Error("a handler the test did not expect was called");
  };
  const types = Object.keys(BACKGROUND_SENDERS) as BackgroundMessageType[];
  return {
    ...(Object.fromEntries(types.map((t) => [t, unexpected])) as unknown as BackgroundHandlers),
    ...own,
  };
}

/** Delivers a message as the browser would, and returns what the listeners answered. */
const deliver = async (message: unknown, sender: SenderInfo) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender as Browser.runtime.MessageSender)).find(
    (r) => r !== undefined,
  );

describe("who sent a message", () => {
  const self = { id: ID, base: BASE };
  it.each<[string, SenderInfo, ReturnType<typeof senderKind>]>([
    ["our content script in a tab's frame", contentScript, "content-script"],
    [
      "our content script in an about:blank frame",
      { ...contentScript, url: "about:blank", frameId: 3 },
      "content-script",
    ],
    ["our popup", popup, "extension-page"],
    ["our popup opened in a tab", popupInTab, "extension-page"],
    ["our background (origin only)", { id: ID, origin: BASE.slice(0, -1) }, "extension-page"],
    ["another extension", otherExtension, null],
    ["a web page (no extension id)", webPage, null],
    ["our id but no tab and no extension address", noTab, null],
    ["a tab with a negative id (not a real tab)", { ...contentScript, tab: { id: -1 } }, null],
    ["a look-alike origin", { id: ID, url: `chrome-extension://${ID}.evil.example/x` }, null],
  ])("%s", (_, sender, kind) => {
    expect(senderKind(sender, self)).toBe(kind);
  });

  it("lets a message name more than one kind of sender, and still no one else", () => {
    const both = ["content-script", "extension-page"] as const;
    expect(sentBy(contentScript, self, both)).toBe(true);
    expect(sentBy(popup, self, both)).toBe(true);
    expect(sentBy(webPage, self, both)).toBe(false);
    expect(sentBy(otherExtension, self, both)).toBe(false);
    expect(sentBy(popup, self, ["content-script"])).toBe(false);
  });

  it("trusts no one when our own id is unknown (a dead extension context)", () => {
    expect(senderKind(contentScript, { id: "", base: BASE })).toBeNull();
  });
});

describe("the background's message handling", () => {
  it("acts on a content script's report, and answers", async () => {
    const onReport = vi.fn(() => ({ ok: true as const }));
    handleMessages(handlers({ "findings/report": onReport }));
    expect(await deliver({ type: "findings/report", payload: report }, contentScript)).toEqual({ ok: true });
    expect(onReport).toHaveBeenCalledWith(report, contentScript);
  });

  it.each([
    ["an extension page", popup],
    ["another extension", otherExtension],
    ["a web page", webPage],
    ["a sender with no tab", noTab],
  ])("ignores a report from %s, and says so once", async (_, sender) => {
    const onReport = vi.fn(() => ({ ok: true as const }));
    handleMessages(handlers({ "findings/report": onReport }));
    expect(await deliver({ type: "findings/report", payload: report }, sender)).toBeUndefined();
    expect(await deliver({ type: "findings/report", payload: report }, sender)).toBeUndefined();
    expect(onReport).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('"findings/report" message from');
  });

  it("takes each request only from the senders it names", async () => {
    const onAdd = vi.fn(() => ({ ok: true as const }));
    const onOpen = vi.fn(() => ({ opened: true }));
    handleMessages(handlers({ "notes/add-term": onAdd, "panel/open": onOpen }));
    const term = { type: "notes/add-term", payload: { conceptId: "sciatica", title: "", url: "" } };
    for (const sender of [contentScript, popup, popupInTab])
      expect(await deliver(term, sender)).toEqual({ ok: true });
    expect(await deliver(term, webPage)).toBeUndefined();
    // Only the in-page card opens the panel through the background; our pages open it themselves.
    expect(await deliver({ type: "panel/open", payload: { conceptId: "sciatica" } }, popup)).toBeUndefined();
    expect(onOpen).not.toHaveBeenCalled();
    expect(await deliver({ type: "panel/open", payload: { conceptId: "sciatica" } }, contentScript)).toEqual({
      opened: true,
    });
    expect(onAdd).toHaveBeenCalledTimes(3);
  });

  it("takes no message meant for a tab", async () => {
    handleMessages(handlers({}));
    expect(await deliver({ type: "page/status", payload: {} }, popup)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["an unknown type", { type: "storage/clear", payload: {} }],
    ["a malformed payload", { type: "findings/report", payload: { ...report, text: "the page's words" } }],
    [
      "a count that is not a count",
      {
        type: "findings/report",
        payload: { ...report, concepts: [{ id: "sciatica", count: 0, category: "condition" }] },
      },
    ],
    ["a string", "findings/report"],
    ["null", null],
  ])("ignores %s from our own content script, and says so once", async (_, message) => {
    const onReport = vi.fn(() => ({ ok: true as const }));
    handleMessages(handlers({ "findings/report": onReport }));
    for (let i = 0; i < 3; i++) expect(await deliver(message, contentScript)).toBeUndefined();
    expect(onReport).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("stops listening when its signal aborts", async () => {
    const controller = new AbortController();
    const onReport = vi.fn(() => ({ ok: true as const }));
    handleMessages(handlers({ "findings/report": onReport }), controller.signal);
    expect(await deliver({ type: "findings/report", payload: report }, contentScript)).toEqual({ ok: true });
    controller.abort();
    expect(await deliver({ type: "findings/report", payload: report }, contentScript)).toBeUndefined();
    expect(onReport).toHaveBeenCalledTimes(1);
  });
});

describe("the page scanner's message handling", () => {
  let onTabMessage: typeof import("../../entrypoints/scanner.content/extension-api").onTabMessage;
  const handlers = {
    "page/reveal": vi.fn(() => ({ found: true, index: 0, total: 1 })),
    "page/status": vi.fn(() => ({ host: "forum.example", status: "done" as const })),
    "page/about": vi.fn(() => ({ title: "A thread", url: "https://f.example/t/1" })),
    "page/toggle-highlights": vi.fn(() => ({ visible: false })),
    "page/next-term": vi.fn(() => ({ found: true })),
    "page/explain-selection": vi.fn(() => ({ opened: false })),
  };
  /** Delivers as the browser does to a content script: the answer goes to sendResponse. */
  const ask = async (message: unknown, sender: SenderInfo) => {
    let answer: unknown;
    // Content scripts answer through sendResponse, the listener's third argument.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    await trigger(message, sender, (response: unknown) => (answer = response));
    return answer;
  };

  beforeEach(async () => {
    ({ onTabMessage } = await import("../../entrypoints/scanner.content/extension-api"));
    Object.values(handlers).forEach((h) => h.mockClear());
    onTabMessage(handlers, new AbortController().signal);
  });

  it("answers our popup", async () => {
    expect(await ask({ type: "page/reveal", payload: { id: "sciatica" } }, popup)).toEqual({
      found: true,
      index: 0,
      total: 1,
    });
    expect(handlers["page/reveal"]).toHaveBeenCalledWith({ id: "sciatica" });
  });

  it.each([
    ["another content script", contentScript],
    ["another extension", { ...popup, id: "abcdefghijklmnopabcdefghijklmnop" }],
    ["a web page", webPage],
  ])("ignores %s, and says so once", async (_, sender) => {
    expect(await ask({ type: "page/toggle-highlights", payload: {} }, sender)).toBeUndefined();
    expect(await ask({ type: "page/toggle-highlights", payload: {} }, sender)).toBeUndefined();
    expect(handlers["page/toggle-highlights"]).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["an unknown type", { type: "page/read-text", payload: {} }],
    ["a malformed payload", { type: "page/reveal", payload: { id: "<img src=x onerror=alert(1)>" } }],
    ["extra fields", { type: "page/toggle-highlights", payload: { visible: true } }],
  ])("ignores %s even from our popup, and says so once", async (_, message) => {
    expect(await ask(message, popup)).toBeUndefined();
    expect(await ask(message, popup)).toBeUndefined();
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
