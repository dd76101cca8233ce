import * as v from "valibot";
import { defineValidatedItem } from "./validated-item";

export const SettingsSchema = v.strictObject({
  /** Highlights shown on pages (the popup and panel still list findings when off). */
  highlights: v.boolean(),
  /** Host names where Sciatica Lens does not scan at all. */
  pausedSites: v.array(v.pipe(v.string(), v.maxLength(255))),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, pausedSites: [] };

export const settingsItem = defineValidatedItem("local:settings", SettingsSchema, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export function isPaused(settings: Settings, host: string): boolean {
  return host !== "" && settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
