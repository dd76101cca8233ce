import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { regionOrGuess } from "../../content/emergency";
import { handleBackgroundMessages } from "../../utils/messaging";
import { settingsItem } from "../../utils/storage/settings";
import { clearBadge, showBadge } from "./badge";
import { addTermToNotes } from "./notes";
import { cardContent } from "../../utils/card-content";
import { runCommand } from "./commands";
import { hideMeaning, senderHost } from "./hidden-meanings";
import { openPanelFromPage } from "./panel-from-page";
import { clearTab, saveFrameReport } from "./tab-store";
import { createExplainMenu, explainSelection, takePendingText } from "./explain-menu";
import { currentGate, currentVocabulary, storeVocabulary } from "./vocabulary";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void storeVocabulary();
    // Reading the settings runs their migrations (to v3) now, not when a view first opens.
    void settingsItem.getValue();
    createExplainMenu();
  });
  browser.runtime.onStartup.addListener(() => void storeVocabulary());

  handleBackgroundMessages({
    "vocabulary/get": () => currentVocabulary(),
    "gate/get": () => currentGate(),
    "findings/report": async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || sender.frameId === undefined) return { ok: true };
      const summary = await saveFrameReport(tabId, sender.frameId, report);
      await showBadge(tabId, summary);
      return { ok: true };
    },
    "notes/add-term": addTermToNotes,
    // One term after the other: each is one small write of the notes item, as for a single term.
    "notes/add-terms": async ({ conceptIds, title, url }) => {
      for (const conceptId of conceptIds) await addTermToNotes({ conceptId, title, url });
      return { ok: true };
    },
    "explain/pending": ({ token }) => takePendingText(token),
    "concept/card": async ({ id }) =>
      cardContent(id, regionOrGuess((await settingsItem.getValue()).region, navigator.language)),
    // Called in the same task as the message from the user's click: the browser allows the panel then.
    "panel/open": ({ conceptId }, sender) => openPanelFromPage(sender.tab?.id, conceptId),
    "meaning/hide": ({ conceptId }, sender) => hideMeaning(senderHost(sender), conceptId),
  });

  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info) => void explainSelection(info));
  // Browser shortcuts and context menus cannot be used by automation; the service worker's console and the
  // e2e tests run the same handlers through this.
  (globalThis as { sciaticaLens?: object }).sciaticaLens = { runCommand, explainSelection };

  // A new page in the tab: the old page's findings and badge go at once. (Without the "tabs" permission
  // the event does not say which address is loading, and it need not: any load starts afresh.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === "loading") {
      void clearTab(tabId).then(() => clearBadge(tabId));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
});
