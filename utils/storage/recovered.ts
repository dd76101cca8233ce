import { browser } from "wxt/browser";
import { storage, type StorageItemKey } from "wxt/utils/storage";
import { RECOVERY_PREFIX } from "./validated-item";

// Stored values that could not be read are kept under "recovered:<item>:<time>". The panel lists them,
// so the user is told, can download them, and can delete them when done.

export interface Recovered {
  readonly key: StorageItemKey;
  /** The item the value was read from: "appointment", "progress-log"… */
  readonly item: string;
  /** When it was set aside (ms since 1970). */
  readonly at: number;
}

const AREA_PREFIX = RECOVERY_PREFIX.replace(/^local:/, "");

const ITEM_NAMES: Record<string, string> = {
  "red-flag-answers": "your red-flag answers",
  appointment: "your appointment notes",
  "progress-log": "your progress log",
  settings: "your settings",
};

export const recoveredName = (item: string): string => ITEM_NAMES[item] ?? item;

export function parseRecoveredKey(areaKey: string): Recovered | null {
  if (!areaKey.startsWith(AREA_PREFIX)) return null;
  const match = /^(.+):(\d+)$/.exec(areaKey.slice(AREA_PREFIX.length));
  if (!match) return null;
  return { key: `local:${areaKey}` as StorageItemKey, item: match[1], at: Number(match[2]) };
}

export async function listRecovered(): Promise<Recovered[]> {
  const local = browser.storage.local as typeof browser.storage.local & { getKeys?: () => Promise<string[]> };
  const keys = local.getKeys ? await local.getKeys() : Object.keys(await local.get(null));
  return keys
    .map(parseRecoveredKey)
    .filter((r): r is Recovered => r !== null)
    .sort((a, b) => a.at - b.at);
}

/** Calls back with the current list whenever a value is set aside or deleted. */
export function watchRecovered(callback: (list: Recovered[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && Object.keys(changes).some((key) => key.startsWith(AREA_PREFIX)))
      void listRecovered().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const readRecovered = (key: StorageItemKey): Promise<unknown> => storage.getItem(key);

export const discardRecovered = (keys: readonly StorageItemKey[]): Promise<void> =>
  storage.removeItems([...keys]);
