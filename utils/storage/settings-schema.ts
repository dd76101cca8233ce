import * as v from "valibot";

export const SETTINGS_KEY = "settings";

export const SettingsSchema = v.strictObject({
  /** Highlights shown on pages (the popup and panel still list findings when off). */
  highlights: v.boolean(),
  /** Host names where Sciatica Lens does not scan at all. */
  pausedSites: v.array(v.pipe(v.string(), v.maxLength(255))),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, pausedSites: [] };

export function isPaused(settings: Settings, host: string): boolean {
  return host !== "" && settings.pausedSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** A stored value as the page scanner sees it: valid settings, or the defaults. */
export function settingsOrDefaults(value: unknown): Settings {
  const result = v.safeParse(SettingsSchema, value);
  return result.success ? result.output : DEFAULT_SETTINGS;
}
