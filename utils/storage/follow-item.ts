import type { ValidatedItem } from "./validated-item";

/**
 * Calls `onValue` with the stored value, then with every change (`changed` set). The first read and the change events
 * arrive by different channels, so a read answered after a change may carry the value from before it:
 * once a change has been seen, a late read is dropped instead of putting the old value back.
 */
export function followItem<T>(
  item: Pick<ValidatedItem<T>, "getValue" | "watch">,
  onValue: (value: T, changed: boolean) => void,
): () => void {
  let live = true;
  let changed = false;
  const unwatch = item.watch((value) => {
    changed = true;
    if (live) onValue(value, true);
  });
  void item.getValue().then((value) => {
    if (live && !changed) onValue(value, false);
  });
  return () => {
    live = false;
    unwatch();
  };
}
