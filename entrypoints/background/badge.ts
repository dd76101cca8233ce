import { browser } from "wxt/browser";
import type { TabSummary } from "../../utils/storage/tab-state";

// White text on both badge colours is over 6:1. The plain one is a dark slate rather than blue, so it
// stands apart from the blue icon tile beneath it.
const RED = "#b91c1c";
const SLATE = "#374151";
const WHITE = "#ffffff";

/** The badge shows how many concepts the tab's page has; red when one of them is a red flag. */
export async function showBadge(tabId: number, summary: TabSummary): Promise<void> {
  const count = summary.concepts.length;
  const redFlag = summary.concepts.some((c) => c.category === "red-flag");
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" });
    if (count > 0) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: redFlag ? RED : SLATE });
      // Older browsers pick the badge text colour themselves.
      await browser.action.setBadgeTextColor?.({ tabId, color: WHITE });
    }
    await browser.action.setTitle({
      tabId,
      title:
        count > 0
          ? `Sciatica Lens: ${count} term${count === 1 ? "" : "s"} explained on this page`
          : "Sciatica Lens",
    });
  } catch {
    // The tab closed while we were updating it.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: "" });
    await browser.action.setTitle({ tabId, title: "Sciatica Lens" });
  } catch {
    // The tab is gone.
  }
}
