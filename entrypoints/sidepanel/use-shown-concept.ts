import { useEffect, useRef, useState } from "preact/hooks";
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
  useEffect(() => {
    if (!fromUrl)
      void panelConceptItem.getValue().then((value) => {
        const requested = requestedId(value);
        if (requested) setId(requested);
      });
    return panelConceptItem.watch((value) => {
      const requested = requestedId(value);
      if (!requested) return;
      setId(requested);
      asked.current();
    });
  }, [fromUrl]);
  return [id, (next) => void panelConceptItem.setValue({ id: next, at: Date.now() }).then(() => setId(next))];
}
