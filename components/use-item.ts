import { useCallback, useEffect, useState } from "preact/hooks";
import { followItem } from "../utils/storage/follow-item";
import type { ValidatedItem } from "../utils/storage/validated-item";

/**
 * A stored item, live: a change from any view (popup, panel, background) shows here. Null until the
 * first read, so a form is never shown with defaults that could overwrite what was saved.
 */
export function useItem<T>(item: ValidatedItem<T>): [T | null, (change: (current: T) => T) => Promise<void>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => followItem(item, (stored) => setValue(() => stored)), [item]);
  const update = useCallback(
    (change: (current: T) => T) =>
      item.update(change).then(
        () => undefined,
        (error: unknown) => console.warn("Sciatica Lens could not save a change.", error),
      ),
    [item],
  );
  return [value, update];
}
