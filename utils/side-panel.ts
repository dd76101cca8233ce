import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";

/** The concept the side panel should show; the panel watches it, so a click elsewhere updates an open panel. */
export const panelConceptItem = storage.defineItem<string | null>("session:panel-concept", {
  fallback: null,
});

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome, Edge) or sidebar (Firefox). Must run inside the click handler that asked
 * for it: browsers only open panels in response to a user gesture.
 */
export function openSidePanel(tabId: number | undefined, conceptId?: string): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  const opening = api.sidePanel
    ? api.sidePanel.open(tabId !== undefined ? { tabId } : {})
    : api.sidebarAction
      ? api.sidebarAction.open()
      : Promise.reject(new Error("This browser has no side panel."));
  const remembered = conceptId ? panelConceptItem.setValue(conceptId) : Promise.resolve();
  return Promise.all([opening, remembered]).then(() => undefined);
}
