import { isRegion } from "../../content/emergency";
import { CATEGORIES, CONCEPT_ID_PATTERN, type Category } from "../../content/ids";
import { CARD_TRIGGERS, HIGHLIGHT_STYLES } from "./settings-choices";
import type { Settings } from "./settings-schema";
import { SENSITIVE_SITES } from "./sensitive-sites";

// What the settings mean, with no validation library: the page scanner bundles this file, and reads the
// stored value leniently. The schema (settings-schema.ts) is what every write is checked against.

export const SETTINGS_KEY = "settings";
export { SENSITIVE_SITES };

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  pausedSites: [...SENSITIVE_SITES],
  categories: [...CATEGORIES],
  highlightStyle: "underline",
  cardTrigger: "click",
  hiddenMeanings: {},
  region: null,
};

/** Whether a paused-site entry covers `host`: "bank.example" covers it and its subdomains; "mychart.*" covers "mychart.<any domain>". */
export function siteMatches(site: string, host: string): boolean {
  if (site.endsWith(".*")) return `.${host}`.includes(`.${site.slice(0, -1)}`);
  return host === site || host.endsWith(`.${site}`);
}

export function isPaused(settings: Settings, host: string): boolean {
  return host !== "" && settings.pausedSites.some((site) => siteMatches(site, host));
}

/** Warning signs are always highlighted: they are what a reader must not miss. */
export const isCategoryShown = (settings: Settings, category: Category): boolean =>
  category === "red-flag" || settings.categories.includes(category);

export const hiddenOn = (settings: Settings, host: string): readonly string[] =>
  (host !== "" && Object.hasOwn(settings.hiddenMeanings, host) && settings.hiddenMeanings[host]) || [];

/**
 * v1 ({highlights, pausedSites}) to v2. The sensitive-site defaults are merged in for existing users too:
 * v1 had no defaults a user could have removed, and a pause is the cautious side (undone in one click).
 */
export function migrateSettingsV1(old: unknown): unknown {
  const v1 = old as { highlights?: unknown; pausedSites?: unknown } | null;
  if (typeof v1 !== "object" || v1 === null || !Array.isArray(v1.pausedSites)) return old;
  // Already v2: a value written while its version mark was missing (after storage was cleared).
  if ("categories" in v1) return old;
  return {
    ...DEFAULT_SETTINGS,
    highlights: v1.highlights,
    pausedSites: [...new Set([...v1.pausedSites, ...SENSITIVE_SITES])],
  };
}

/** v2 to v3: the region is asked for once (the side panel's first run); until then it is not chosen. */
export function migrateSettingsV2(old: unknown): unknown {
  const v2 = old as Record<string, unknown> | null;
  if (typeof v2 !== "object" || v2 === null || "region" in v2) return old;
  return { ...v2, region: null };
}

const strings = (value: unknown, valid: (s: string) => boolean = (s) => s.length <= 255): string[] | null =>
  Array.isArray(value) && value.every((s) => typeof s === "string" && valid(s)) ? value : null;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * The stored value as the page scanner uses it: each setting that is valid is kept, anything else is
 * its default. A v1 or v2 value (a page may load before an extension view has run the migration) is read as
 * its migration would turn it.
 */
export function readSettingsLoosely(stored: unknown): Settings {
  const value = (migrateSettingsV2(migrateSettingsV1(stored)) ?? {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const hidden = value.hiddenMeanings;
  const d = DEFAULT_SETTINGS;
  return {
    highlights: typeof value.highlights === "boolean" ? value.highlights : d.highlights,
    pausedSites: strings(value.pausedSites) ?? d.pausedSites,
    categories:
      (strings(value.categories, (c) => CATEGORIES.includes(c as Category)) as Category[]) ?? d.categories,
    highlightStyle: oneOf(value.highlightStyle, HIGHLIGHT_STYLES, d.highlightStyle),
    cardTrigger: oneOf(value.cardTrigger, CARD_TRIGGERS, d.cardTrigger),
    hiddenMeanings:
      typeof hidden === "object" && hidden !== null && !Array.isArray(hidden)
        ? Object.fromEntries(
            Object.entries(hidden).filter(
              ([host, ids]) => host.length <= 255 && strings(ids, (id) => CONCEPT_ID_PATTERN.test(id)),
            ),
          )
        : d.hiddenMeanings,
    region: isRegion(value.region) ? value.region : d.region,
  };
}
