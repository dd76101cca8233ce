import { DEFAULT_SETTINGS, SETTINGS_KEY, migrateSettingsV1, migrateSettingsV2 } from "./settings-rules";
import { SettingsSchema, type Settings } from "./settings-schema";
import { defineValidatedItem } from "./validated-item";

export { DEFAULT_SETTINGS, isPaused, SENSITIVE_SITES, siteMatches } from "./settings-rules";
export { SettingsSchema, type Settings } from "./settings-schema";

export const settingsItem = defineValidatedItem(`local:${SETTINGS_KEY}`, SettingsSchema, {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: migrateSettingsV1, 3: migrateSettingsV2 },
});

/**
 * Changes the stored settings from their latest value under the item's lock, so views and the background
 * editing at the same time do not undo each other's changes.
 */
export const updateSettings = (change: (current: Settings) => Settings): Promise<Settings> =>
  settingsItem.update(change);
