import type { Browser } from "wxt/browser";
import { conceptById } from "../../utils/knowledge";
import { updateSettings } from "../../utils/storage/settings";
import { hiddenOn } from "../../utils/storage/settings-rules";

/** The host name of the page a message came from, as that page's own script sees it ("" for none). */
export function senderHost(sender: Browser.runtime.MessageSender): string {
  try {
    return new URL(sender.url ?? "").hostname;
  } catch {
    return "";
  }
}

/** "Not this meaning here": the concept is no longer found on this site (undone from the options page). */
export async function hideMeaning(host: string, conceptId: string): Promise<{ ok: boolean }> {
  if (!host || !conceptById(conceptId)) return { ok: false };
  await updateSettings((settings) => {
    const hidden = hiddenOn(settings, host);
    if (hidden.includes(conceptId)) return settings;
    return { ...settings, hiddenMeanings: { ...settings.hiddenMeanings, [host]: [...hidden, conceptId] } };
  });
  return { ok: true };
}
