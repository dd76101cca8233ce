import { SETTINGS_KEY, SettingsSchema } from "./settings-schema";
import { DEFAULT_SETTINGS } from "./settings-schema";
import { defineValidatedItem } from "./validated-item";

export { DEFAULT_SETTINGS, isPaused, SettingsSchema, type Settings } from "./settings-schema";

export const settingsItem = defineValidatedItem(`local:${SETTINGS_KEY}`, SettingsSchema, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
