import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { handleMessages } from "../../utils/messaging";
import { clearBadge, showBadge } from "./badge";
import { addTermToNotes } from "./notes";
import { clearTab, saveFrameReport } from "./tab-store";
import { currentVocabulary, storeVocabulary } from "./vocabulary";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void storeVocabulary());
  browser.runtime.onStartup.addListener(() => void storeVocabulary());

  handleMessages({
    "vocabulary/get": () => currentVocabulary(),
    "findings/report": async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || sender.frameId === undefined) return { ok: true };
      const summary = await saveFrameReport(tabId, sender.frameId, report);
      await showBadge(tabId, summary);
      return { ok: true };
    },
    "notes/add-term": addTermToNotes,
  });

  // A new page in the tab: the old page's findings and badge go at once. (Without the "tabs" permission
  // the event does not say which address is loading, and it need not: any load starts afresh.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "loading") {
      void clearTab(tabId).then(() => clearBadge(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
});
