import { useEffect, useState } from "preact/hooks";
import { DEFAULT_SETTINGS, settingsItem, type Settings } from "../../utils/storage/settings";

/** The user's settings, live: a change made in another view shows here at once. */
export function useSettings(): [Settings, (next: Settings) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  return [settings, (next) => void settingsItem.setValue(next)];
}
