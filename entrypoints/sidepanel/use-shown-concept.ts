import { useEffect, useRef, useState } from "preact/hooks";
import { followItem } from "../../utils/storage/follow-item";
import { panelConceptItem, requestedId } from "../../utils/side-panel";

/**
 * The concept to explain: `?concept=id` when given, otherwise the one last asked for from the popup or
 * page. `onAsked` hears when a view asks for one while the panel is open, so the panel can show it.
 */
export function useShownConcept(onAsked: () => void): [string | null, (id: string) => void] {
  const fromUrl = new URLSearchParams(location.search).get("concept");
  const [id, setId] = useState<string | null>(fromUrl);
  const asked = useRef(onAsked);
  asked.current = onAsked;
  useEffect(
    () =>
      followItem(panelConceptItem, (value, changed) => {
        const requested = requestedId(value);
        // A concept named in the URL wins over the one stored before the panel opened.
        if (!requested || (!changed && fromUrl)) return;
        setId(requested);
        if (changed) asked.current();
      }),
    [fromUrl],
  );
  return [id, (next) => void panelConceptItem.setValue({ id: next, at: Date.now() }).then(() => setId(next))];
}
