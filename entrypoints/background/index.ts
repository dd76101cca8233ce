import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { regionOrGuess } from "../../content/emergency";
import { handleBackgroundMessages } from "../../utils/messaging";
import { settingsItem } from "../../utils/storage/settings";
import { clearBadge, showBadge } from "./badge";
import { addTermToNotes } from "./notes";
import { cardContent } from "./card-content";
import { runCommand } from "./commands";
import { hideMeaning, senderHost } from "./hidden-meanings";
import { openPanelFromPage } from "./panel-from-page";
import { clearTab, saveFrameReport } from "./tab-store";
import { currentVocabulary, storeVocabulary } from "./vocabulary";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void storeVocabulary();
    // Reading the settings runs their migrations (to v3) now, not when a view first opens.
    void settingsItem.getValue();
  });
  browser.runtime.onStartup.addListener(() => void storeVocabulary());

  handleBackgroundMessages({
    "vocabulary/get": () => currentVocabulary(),
    "findings/report": async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || sender.frameId === undefined) return { ok: true };
      const summary = await saveFrameReport(tabId, sender.frameId, report);
      await showBadge(tabId, summary);
      return { ok: true };
    },
    "notes/add-term": addTermToNotes,
    "concept/card": async ({ id }) =>
      cardContent(id, regionOrGuess((await settingsItem.getValue()).region, navigator.language)),
    // Called in the same task as the message from the user's click: the browser allows the panel then.
    "panel/open": ({ conceptId }, sender) => openPanelFromPage(sender.tab?.id, conceptId),
    "meaning/hide": ({ conceptId }, sender) => hideMeaning(senderHost(sender), conceptId),
  });

  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Browser shortcuts cannot be pressed by automation; the service worker's console and the e2e tests run
  // the same handler through this.
  (globalThis as { sciaticaLens?: object }).sciaticaLens = { runCommand };

  // A new page in the tab: the old page's findings and badge go at once. (Without the "tabs" permission
  // the event does not say which address is loading, and it need not: any load starts afresh.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "loading") {
      void clearTab(tabId).then(() => clearBadge(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
});
