import { browser } from "wxt/browser";
import type { BackgroundResponse } from "../../utils/protocol/background";
import { openSidePanel } from "../../utils/side-panel";

type SidebarState = { sidebarAction?: { isOpen(details: object): Promise<boolean> } };

/** The user's current key for opening the panel (they can change it), or null when none is set. */
async function panelShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === "open-side-panel")?.shortcut || null;
}

/**
 * The card's "More". Chrome and Edge let the background open the side panel from the click's message.
 * Firefox does not count a content script's message as a user action, so there sidebarAction.open()
 * rejects: the concept is still remembered (an open sidebar shows it at once, a closed one when the user
 * opens it), and the card is told what the user can do instead.
 */
export async function openPanelFromPage(
  tabId: number | undefined,
  conceptId: string,
): Promise<BackgroundResponse<"panel/open">> {
  // Started before anything is awaited: the browser allows it only while the click's gesture lasts.
  const opening = openSidePanel(tabId, conceptId);
  try {
    await opening;
    return { opened: true };
  } catch {
    const sidebar = (browser as unknown as SidebarState).sidebarAction;
    if (sidebar && (await sidebar.isOpen({}).catch(() => false))) return { opened: true };
    const keys = await panelShortcut();
    return {
      opened: false,
      instead: keys
        ? `Press ${keys} to open the side panel: it will show this term.`
        : "Open the side panel from the Sciatica Lens toolbar button: it will show this term.",
    };
  }
}
