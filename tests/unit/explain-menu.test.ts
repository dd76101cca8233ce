import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  EXPLAIN_MENU_ID,
  explainSelection,
  takePendingText,
} from "../../entrypoints/background/explain-menu";

beforeEach(() => fakeBrowser.reset());

/** Chooses the menu item on `text`; returns the token in the address of the page it opened. */
async function choose(
  text: string | undefined,
  menuItemId: string = EXPLAIN_MENU_ID,
): Promise<string | null> {
  const create = vi.spyOn(fakeBrowser.tabs, "create");
  await explainSelection({ menuItemId, selectionText: text, editable: false, pageUrl: "https://a.example/" });
  const url = create.mock.calls[0]?.[0].url;
  create.mockRestore();
  return url ? new URL(url, "chrome-extension://id/").searchParams.get("selection") : null;
}

describe("the context menu's hand-over", () => {
  it("opens the Explain page with a token that gives the selection once, then nothing", async () => {
    const token = await choose("L4-5 disc extrusion, left.");
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(takePendingText(token!)).toEqual({ text: "L4-5 disc extrusion, left." });
    expect(takePendingText(token!)).toEqual({ text: null });
  });

  it("forgets a selection nobody asked for after a minute", async () => {
    vi.useFakeTimers();
    try {
      const token = await choose("sciatica");
      vi.advanceTimersByTime(61_000);
      expect(takePendingText(token!)).toEqual({ text: null });
    } finally {
      vi.useRealTimers();
    }
  });

  it("ignores other menu items, and gives nothing for an empty selection", async () => {
    expect(await choose("sciatica", "something-else")).toBeNull();
    const token = await choose("   ");
    expect(takePendingText(token!)).toEqual({ text: null });
  });
});
