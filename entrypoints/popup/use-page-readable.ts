import { useEffect, useState } from "preact/hooks";
import { sendToTab } from "../../utils/messaging";

const ASK_AFTER_MS = 400;

/**
 * False when the page in the tab does not answer our content script's status message: browsers do not
 * let extensions into their settings pages, extension stores or built-in PDF viewer.
 */
export function usePageReadable(tabId: number | undefined, reported: boolean): boolean {
  const [readable, setReadable] = useState(true);
  useEffect(() => {
    if (tabId === undefined || reported) return undefined;
    const timer = setTimeout(() => {
      sendToTab(tabId, "page/status", {}).then(
        () => setReadable(true),
        () => setReadable(false),
      );
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [tabId, reported]);
  return readable || reported;
}
