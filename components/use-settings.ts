import { useEffect, useState } from "preact/hooks";
import { followItem } from "../utils/storage/follow-item";
import { DEFAULT_SETTINGS, settingsItem, updateSettings, type Settings } from "../utils/storage/settings";

/**
 * The user's settings, live: a change made in another view (or by the page's card) shows here at once.
 * `change` edits the latest stored value, so two views editing at once keep both edits.
 */
export function useSettings(): [Settings, (change: (current: Settings) => Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => followItem(settingsItem, setSettings), []);
  return [settings, (change) => void updateSettings(change)];
}
