import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";

/**
 * The concept the side panel should show; the panel watches it, so a click elsewhere updates an open panel.
 * `at` makes every request a change, so asking again for the concept already shown still brings it forward.
 */
export interface PanelRequest {
  readonly id: string;
  readonly at: number;
}

export const panelConceptItem = storage.defineItem<PanelRequest | null>("session:panel-concept", {
  fallback: null,
});

/** A stored request as the panel reads it: anything else (an old or damaged value) is no request. */
export const requestedId = (value: unknown): string | null => {
  const id = (value as Partial<PanelRequest> | null)?.id;
  return typeof id === "string" ? id : null;
};

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
  const remembered = conceptId
    ? panelConceptItem.setValue({ id: conceptId, at: Date.now() })
    : Promise.resolve();
  return Promise.all([opening, remembered]).then(() => undefined);
}
