import { useEffect, useState } from "preact/hooks";
import { sendToBackground } from "../../utils/messaging";

/**
 * Opened by the context menu ("?selection=<token>"): asks the background once for the selected text, then
 * takes the token out of the address, so a reload or a bookmark asks for nothing. Returns a note for the
 * user when the text did not arrive.
 */
export function usePendingSelection(onText: (text: string) => void): string {
  const [note, setNote] = useState("");
  useEffect(() => {
    const token = new URLSearchParams(location.search).get("selection");
    if (!token) return;
    history.replaceState(null, "", location.pathname);
    sendToBackground("explain/pending", { token })
      .catch(() => ({ text: null }))
      .then(({ text }) => {
        if (text) onText(text);
        else
          setNote(
            'The selected text did not reach this page. Select it again and choose "Explain with Sciatica Lens", or paste it here.',
          );
      });
    // Once, when the page opens.
  }, []);
  return note;
}
